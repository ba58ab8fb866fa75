import { useMemo, useRef, useState, type RefObject } from 'react';
import { usePlanData } from '../../app/plan-data';
import {
  type CoverSheet,
  type CoverSheetDraft,
  type CoverSheetErrors,
  type CoverSheetField,
  EMPTY_COVER_SHEET,
  checkCoverSheet,
} from '../../domain/board-paper';
import type { IsoDate } from '../../domain/shared';
import { type Operation, useOperation } from '../../components/use-operation';
import { downloadBlob } from '../../lib/files/download';
import { messageOf } from '../../storage/ports';
import { drawChart } from './board-paper-chart';
import { boardPaperModel, chartSeries } from './board-paper-data';
import { DOCX_MIME, boardPaperDocx } from './board-paper-docx';
import type { PaperChart } from './board-paper-model';
import { exportFileName } from './report-files';
import { wresYearsNewestFirst } from './report-data';

export interface BoardPaperState {
  draft: CoverSheetDraft;
  today: IsoDate;
  year: number | undefined;
  /** Shown once Make was chosen, each on its own field. */
  errors: CoverSheetErrors;
  problemCount: number;
  fileName: string;
  formRef: RefObject<HTMLFormElement | null>;
  set: (field: CoverSheetField, value: string) => void;
  submit: (event: { preventDefault(): void }) => void;
  make: Operation<[CoverSheet], string>;
}

/**
 * The board paper page's state: the cover sheet as typed, checked by the domain's rules once
 * "Make the board paper" is chosen (focus then goes to the first field with a message), and the
 * making of the Word file: the charts drawn, the document laid out, and the file downloaded.
 */
export function useBoardPaper(): BoardPaperState {
  const { snapshot, today } = usePlanData();
  const year = useMemo(() => wresYearsNewestFirst(snapshot)[0]?.year, [snapshot]);
  const ods = wresYearsNewestFirst(snapshot)[0]?.organisation.odsCode ?? snapshot?.settings.odsCode;
  const fileName = exportFileName(['board-paper', ods, year], 'docx');
  const [draft, setDraft] = useState<CoverSheetDraft>(EMPTY_COVER_SHEET);
  const [submitted, setSubmitted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const check = checkCoverSheet(draft, today);
  const errors = submitted && !check.ok ? check.errors : {};
  const make = useOperation(async (cover: CoverSheet): Promise<string> => {
    const charts = (await Promise.all(chartSeries(snapshot).map((series) => drawChart(series)))).filter((chart): chart is PaperChart => chart !== undefined);
    const bytes = await boardPaperDocx({ ...boardPaperModel(snapshot, year, today, cover), charts });
    downloadBlob(new Blob([bytes], { type: DOCX_MIME }), fileName);
    return fileName;
  }, messageOf);
  return {
    draft,
    today,
    year,
    errors,
    problemCount: Object.keys(errors).length,
    fileName,
    formRef,
    set: (field, value) => setDraft((current) => ({ ...current, [field]: value })),
    submit: (event) => {
      event.preventDefault();
      setSubmitted(true);
      if (check.ok) {
        if (!make.busy) void make.run(check.value);
        return;
      }
      // After a refused try, the first field with a message takes focus, so its message is read out.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    },
    make,
  };
}
