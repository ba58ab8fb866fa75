import type { WresInput } from '../../domain/wres';
import { csvBlob, tableToCsv } from '../../lib/files/csv-format';
import { downloadBlob } from '../../lib/files/download';
import { XLSX_MIME, tablesToXlsx } from '../../lib/files/xlsx-format';
import { blankTemplateCsvText, blankTemplateXlsxBytes, surveyTemplateTable } from '../../lib/files/wres-year-file';

/** The templates the import page offers, each saved as a file on this device. */
export interface TemplateDownloads {
  readonly blankCsv: () => void;
  readonly blankXlsx: () => void;
  readonly surveyCsv: () => void;
  readonly surveyXlsx: () => void;
}

const xlsxBlob = (bytes: ArrayBuffer) => new Blob([bytes], { type: XLSX_MIME });

/** The file name of the Staff Survey template, naming the year it is set for. */
const surveyFileName = (newest: WresInput | undefined): string => `staff-survey${newest === undefined ? '' : `-${newest.organisation.odsCode}-${newest.year}`}`;

/** The blank template, and the Staff Survey template set for `newest` (the newest stored year), as CSV or XLSX. */
export function templateDownloads(newest: WresInput | undefined): TemplateDownloads {
  const survey = surveyFileName(newest);
  return {
    blankCsv: () => downloadBlob(csvBlob(blankTemplateCsvText()), 'wres-template.csv'),
    blankXlsx: () => void blankTemplateXlsxBytes().then((bytes) => downloadBlob(xlsxBlob(bytes), 'wres-template.xlsx')),
    surveyCsv: () => downloadBlob(csvBlob(tableToCsv(surveyTemplateTable(newest))), `${survey}.csv`),
    surveyXlsx: () => void tablesToXlsx([surveyTemplateTable(newest)]).then((bytes) => downloadBlob(xlsxBlob(bytes), `${survey}.xlsx`)),
  };
}
