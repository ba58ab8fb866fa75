import { useMemo, useState } from 'react';
import type { SuppressionRule } from '../../domain/exports';
import type { WresInput } from '../../domain/wres';
import { useOperation, type Operation } from '../../components/use-operation';
import { blankTemplateCsvText, blankTemplateXlsxBytes, yearToXlsxBytes } from '../../lib/files/wres-year-file';
import { csvBlob } from '../../lib/files/csv-format';
import { downloadBlob } from '../../lib/files/download';
import { messageOf, type PlanSnapshot } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { actionsTable, boardReportTables, eds2022ReportOf, edsReviewToShow, publicationTables, suppressionRule, wresYearsNewestFirst } from './report-data';
import { downloadCsv, downloadXlsx, downloadXlsxBytes, exportFileName } from './report-files';

/** One file the page offers: its button's label, the file's name, and how it is made (none: not available). */
export interface ReportFile {
  label: string;
  fileName: string;
  make: (() => void | Promise<void>) | undefined;
}

/** Everything the reports page shows and does. */
export interface ReportsHomeState {
  /** The stored WRES years, newest first; the reports are of the chosen one. */
  years: WresInput[];
  year: number | undefined;
  chooseYear: (year: number) => void;
  /** What the publication pack hides, in words, by the rule chosen in Settings. */
  ruleWords: string;
  boardLink: string;
  boardFile: ReportFile;
  publicationFiles: ReportFile[];
  /** The EDS 2022 report and what it holds (or why it waits), when the plan follows EDS 2022. */
  edsReport: { file: ReportFile; about: string } | undefined;
  actionsFile: ReportFile;
  wresFiles: ReportFile[];
  /** Makes a file and resolves to its name. */
  download: Operation<[ReportFile], string>;
  /** The file last asked for: the one being made, or the one that failed. */
  asked: ReportFile | undefined;
  downloadFile: (file: ReportFile) => void;
}

/** Which counts a threshold hides, in words: "Counts from 1 to 4", "Counts of 1", "No counts". */
export function smallCountsWords(threshold: number): string {
  if (threshold <= 1) return 'No counts';
  return threshold === 2 ? 'Counts of 1' : `Counts from 1 to ${threshold - 1}`;
}

/** The publication pack's suppression rule, in the words the page says it with. */
export function ruleWordsOf(rule: SuppressionRule): string {
  return rule.method === 'nhs-digital-2018'
    ? "By NHS Digital's 2018 rule (chosen in Settings): counts from 1 to 7 show as *, and other counts are rounded to the nearest 5."
    : `${smallCountsWords(rule.threshold)} (below the threshold of ${rule.threshold} in Settings) show as *.`;
}

/**
 * The EDS 2022 report's file, when the plan follows EDS 2022: it is made from the agreed review
 * only, so while none is agreed the button waits and the page says why.
 */
function edsReportFile(snapshot: PlanSnapshot | undefined, ods: string | undefined): ReportsHomeState['edsReport'] {
  const tables = eds2022ReportOf(snapshot);
  if (tables === undefined) return undefined;
  const shown = edsReviewToShow(snapshot).shown;
  const fileName = exportFileName(['eds2022-report', ods, shown?.year], 'xlsx');
  const file: ReportFile = { label: 'EDS 2022 report (XLSX)', fileName, make: tables.length === 0 ? undefined : () => downloadXlsx(tables, fileName) };
  const about =
    shown === undefined
      ? 'No EDS 2022 review is agreed yet, so there is no report to download: it is made from the agreed review only, never from a draft. Agree the review on the EDS page first.'
      : `The agreed EDS 2022 review of ${shown.year} in the layout of NHS England's report template: services reviewed, partners, each domain's score and rating, and every outcome with its evidence.`;
  return { file, about };
}

const makeFile = async (file: ReportFile): Promise<string> => {
  await file.make?.();
  return file.fileName;
};

/**
 * The reports page's state: the chosen WRES year (the newest until another is chosen), every file
 * the page offers for it, and making one at a time.
 */
export function useReportsHome(): ReportsHomeState {
  const { snapshot, today } = usePlanData();
  const years = useMemo(() => wresYearsNewestFirst(snapshot), [snapshot]);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const year = chosen !== undefined && years.some((input) => input.year === chosen) ? chosen : years[0]?.year;
  const current = years.find((input) => input.year === year);
  const ods = current?.organisation.odsCode ?? snapshot?.settings.odsCode;
  // Choosing what to hide recalculates the indicators many times over: once per plan and year, not per render.
  const publication = useMemo(() => publicationTables(snapshot, year), [snapshot, year]);
  const download = useOperation(makeFile, messageOf);
  const [asked, setAsked] = useState<ReportFile | undefined>(undefined);
  const downloadFile = (file: ReportFile): void => {
    // One file at a time: the message says which file it is about.
    if (download.busy) return;
    setAsked(file);
    void download.run(file);
  };

  const boardName = exportFileName(['board-report', ods, year], 'xlsx');
  const wresCsv = exportFileName(['publication-wres', ods, year], 'csv');
  const planCsv = exportFileName(['publication-action-plan', ods], 'csv');
  const packXlsx = exportFileName(['publication-pack', ods, year], 'xlsx');
  const actionsCsv = exportFileName(['actions', ods, today], 'csv');
  const yearXlsx = exportFileName(['wres', ods, year], 'xlsx');
  const { wres, actionPlan, edsReport } = publication;
  return {
    years,
    year,
    chooseYear: setChosen,
    ruleWords: ruleWordsOf(suppressionRule(snapshot?.settings ?? {})),
    boardLink: year === undefined ? '/board' : `/board/${year}`,
    boardFile: { label: 'Board report (XLSX)', fileName: boardName, make: () => downloadXlsx(boardReportTables(snapshot, year, today), boardName) },
    publicationFiles: [
      { label: 'WRES data (CSV)', fileName: wresCsv, make: wres === undefined ? undefined : () => downloadCsv(wres, wresCsv) },
      { label: 'Action plan (CSV)', fileName: planCsv, make: () => downloadCsv(actionPlan, planCsv) },
      {
        label: 'Publication pack (XLSX)',
        fileName: packXlsx,
        make: () => downloadXlsx([...(wres === undefined ? [] : [wres]), actionPlan, ...edsReport], packXlsx),
      },
    ],
    edsReport: edsReportFile(snapshot, ods),
    actionsFile: { label: 'Actions (CSV)', fileName: actionsCsv, make: () => downloadCsv(actionsTable(snapshot, today), actionsCsv) },
    wresFiles: [
      {
        label: year === undefined ? 'WRES year data (XLSX)' : `WRES ${year} data (XLSX)`,
        fileName: yearXlsx,
        make: current === undefined ? undefined : async () => downloadXlsxBytes(await yearToXlsxBytes(current), yearXlsx),
      },
      { label: 'Blank template (CSV)', fileName: 'wres-template.csv', make: () => downloadBlob(csvBlob(blankTemplateCsvText()), 'wres-template.csv') },
      {
        label: 'Blank template (XLSX)',
        fileName: 'wres-template.xlsx',
        make: async () => downloadXlsxBytes(await blankTemplateXlsxBytes(), 'wres-template.xlsx'),
      },
    ],
    download,
    asked,
    downloadFile,
  };
}
