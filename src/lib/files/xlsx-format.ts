import type { Cell as ExcelCell, CellValue, Workbook } from 'exceljs';
import { type ExportTable, neutraliseCell } from '../../domain/exports';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** exceljs is large, so it is loaded only when a workbook is written or read. */
async function newWorkbook(): Promise<Workbook> {
  const module = await import('exceljs');
  // The browser build is UMD, and Node's is CommonJS: the classes may sit under `default`.
  const loaded: { Workbook?: typeof Workbook; default?: { Workbook: typeof Workbook } } = module;
  const WorkbookClass = loaded.Workbook ?? loaded.default?.Workbook;
  if (WorkbookClass === undefined) throw new Error('The spreadsheet library did not load.');
  return new WorkbookClass();
}

/** Excel allows 31 characters in a sheet name, and none of \ / ? * [ ] : */
function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 28).trim()} ${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Writes tables as the sheets of one workbook, in order. Every cell is neutralised against formula
 * injection and written as a value (a number stays a number; text is text, never a formula). The
 * header row is bold and frozen, and columns are sized to their content.
 */
export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<ArrayBuffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Race Equality Plan';
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of table.rows) sheet.addRow(row.map((cell) => neutraliseCell(cell)));
    sheet.getRow(1).font = { bold: true };
    const widths: number[] = [];
    for (const row of table.rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 8, Math.min(60, String(cell ?? '').length + 2))));
    widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  }
  return workbook.xlsx.writeBuffer();
}

/** A cell's value as text: numbers written out in full, formulas by their cached result, rich text joined. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result ?? null);
  if ('text' in value) return String(value.text);
  return '';
}

/**
 * Reads the first sheet of a workbook into rows of text cells, keeping each row's number (1-based,
 * as Excel shows it) so problems can name it. Empty rows are left out. Throws an Error saying the
 * file is not a workbook when exceljs cannot open it.
 */
export async function readXlsxRows(bytes: ArrayBuffer): Promise<{ readonly row: number; readonly cells: string[] }[]> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new Error('The file could not be opened as an Excel workbook (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return [];
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell: ExcelCell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}
