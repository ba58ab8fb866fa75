import { coverSheetRows } from '../../domain/board-paper';
import { formatUkDate } from '../../domain/shared';
import { type Docx, chartParts, heading, labelValueTable, paragraph, sectionParts } from './board-paper-docx-parts';
import type { BoardPaperModel } from './board-paper-model';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** docx is large, so it is loaded only when a paper is made; Node's CommonJS build may sit under `default`. */
async function loadDocx(): Promise<Docx> {
  const loaded: Docx & { default?: Docx } = await import('docx');
  return loaded.Document === undefined && loaded.default !== undefined ? loaded.default : loaded;
}

// A4 in twentieths of a point; docx turns it for a landscape section.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1000;

/**
 * Lays the board paper out as a Word document: portrait for the cover sheet and summary, a
 * landscape section for the wide tables (the indicators with their RAG shading, the charts, and
 * progress by indicator), then portrait again for the EDS summary and what changed since the
 * last board. Pure: the same model gives the same document, in the browser or in Node.
 */
export async function boardPaperDocx(model: BoardPaperModel): Promise<ArrayBuffer> {
  const d = await loadDocx();
  const page = (orientation: 'portrait' | 'landscape') => ({
    page: {
      size: { ...A4, orientation: orientation === 'portrait' ? d.PageOrientation.PORTRAIT : d.PageOrientation.LANDSCAPE },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    },
  });
  const document = new d.Document({
    creator: model.cover.author,
    title: model.cover.title,
    description: `${model.organisation}: ${model.cover.meeting}, ${formatUkDate(model.cover.meetingDate)}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        properties: page('portrait'),
        children: [
          new d.Paragraph({ text: model.organisation, heading: d.HeadingLevel.TITLE }),
          heading(d, model.cover.title),
          labelValueTable(d, coverSheetRows(model.cover)),
          heading(d, 'Summary'),
          paragraph(d, model.summary),
          paragraph(d, `Prepared ${formatUkDate(model.preparedOn)}.`),
        ],
      },
      {
        properties: { ...page('landscape'), type: d.SectionType.NEXT_PAGE },
        children: [...sectionParts(d, model.indicators), ...model.charts.flatMap((chart) => chartParts(d, chart)), ...sectionParts(d, model.progress)],
      },
      {
        properties: { ...page('portrait'), type: d.SectionType.NEXT_PAGE },
        children: [...sectionParts(d, model.eds), ...sectionParts(d, model.changes)],
      },
    ],
  });
  return d.Packer.toArrayBuffer(document);
}
