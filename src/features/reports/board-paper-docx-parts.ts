import type { Paragraph, Table, TableCell } from 'docx';
import type { PaperChart, PaperSection, PaperTable, Rag } from './board-paper-model';

/** The docx library's exports, loaded on first use (see `boardPaperDocx`). */
export type Docx = typeof import('docx');

/** Pale fills, so black text on them keeps a contrast above 7:1; the cell says the colour in words too. */
const RAG_FILL: Readonly<Record<Rag, string>> = { red: 'F4C7C3', amber: 'FCE8B2', green: 'C9E7D3', blue: 'CFE2F3', grey: 'E7E6E6' };
const HEADER_FILL = 'D9E2F3';
const FONT_SIZE = 18; // half-points: 9 pt, so nine indicators fit a landscape page

function cell(d: Docx, text: string, options: { bold?: boolean; fill?: string; width?: number } = {}): TableCell {
  return new d.TableCell({
    children: text.split('\n').map((line) => new d.Paragraph({ children: [new d.TextRun({ text: line, bold: options.bold, size: FONT_SIZE })] })),
    shading: options.fill === undefined ? undefined : { fill: options.fill, type: d.ShadingType.CLEAR, color: 'auto' },
    width: options.width === undefined ? undefined : { size: options.width, type: d.WidthType.PERCENTAGE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** A table across the page's width, its header row repeated on every page it runs onto. */
function paperTable(d: Docx, table: PaperTable): Table {
  const header = new d.TableRow({ tableHeader: true, cantSplit: true, children: table.header.map((text) => cell(d, text, { bold: true, fill: HEADER_FILL })) });
  const rows = table.rows.map(
    (row) =>
      new d.TableRow({
        cantSplit: true,
        children: row.cells.map((text, i) => cell(d, text, { fill: i === table.ragColumn && row.rag !== undefined ? RAG_FILL[row.rag] : undefined })),
      }),
  );
  return new d.Table({ rows: [header, ...rows], width: { size: 100, type: d.WidthType.PERCENTAGE } });
}

/** Two columns, label and value: the NHS cover sheet. */
export function labelValueTable(d: Docx, rows: readonly (readonly [string, string])[]): Table {
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) =>
        new d.TableRow({ cantSplit: true, children: [cell(d, label, { bold: true, fill: HEADER_FILL, width: 30 }), cell(d, value, { width: 70 })] }),
    ),
  });
}

export function heading(d: Docx, text: string, level: 1 | 2 = 1): Paragraph {
  return new d.Paragraph({ text, heading: level === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
}

export function paragraph(d: Docx, text: string): Paragraph {
  return new d.Paragraph({ children: [new d.TextRun(text)], spacing: { after: 120 } });
}

/** A table's caption, above it, so a reader knows what it holds before reading it. */
function caption(d: Docx, text: string): Paragraph {
  return new d.Paragraph({ children: [new d.TextRun({ text, bold: true })], spacing: { before: 160, after: 80 }, keepNext: true });
}

/** A section's heading, its sentences, then each table under its caption. */
export function sectionParts(d: Docx, section: PaperSection): (Paragraph | Table)[] {
  return [
    heading(d, section.heading),
    ...section.paragraphs.map((text) => paragraph(d, text)),
    ...section.tables.flatMap((table) => [caption(d, table.caption), paperTable(d, table)]),
  ];
}

/** A chart as an inline picture with its alternative text, and its title under it. */
export function chartParts(d: Docx, chart: PaperChart): Paragraph[] {
  const image = new d.ImageRun({
    type: 'png',
    data: chart.png,
    transformation: { width: chart.width, height: chart.height },
    altText: { name: chart.title, title: chart.title, description: chart.altText },
  });
  return [
    new d.Paragraph({ children: [image], keepNext: true }),
    new d.Paragraph({ children: [new d.TextRun({ text: chart.title, italics: true, size: FONT_SIZE })] }),
  ];
}
