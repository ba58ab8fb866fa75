import type { Cell as ExcelCell, CellValue, Workbook, Worksheet } from 'exceljs';
import { type Cell, type ExportTable, cellText as shownText, neutraliseCell } from '../../domain/exports';

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

/** How a workbook shows a date: the UK's day/month/year, whatever the reader's locale. */
const XLSX_DATE_FORMAT = 'dd/mm/yyyy';

/** Columns are as wide as their longest text (title row aside), between these (in characters). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** A cell as exceljs writes it: a date as a Date at UTC midnight (exceljs counts days in UTC), a formatted number by its value. */
function excelValue(cell: Cell): CellValue {
  if (cell === null || typeof cell !== 'object') return cell;
  return cell.kind === 'number' ? cell.value : new Date(`${cell.iso}T00:00:00.000Z`);
}

function excelFormat(cell: Cell): string | undefined {
  if (cell === null || typeof cell !== 'object') return undefined;
  return cell.kind === 'number' ? cell.format : XLSX_DATE_FORMAT;
}

/** One table as one sheet: the title row (when the table has a title), the header row, then the rows. */
function writeSheet(sheet: Worksheet, table: ExportTable): void {
  if (table.title !== undefined) {
    sheet.addRow([neutraliseCell(table.title)]);
    sheet.getRow(1).font = { bold: true, size: 14 };
  }
  const headerRow = table.title === undefined ? 1 : 2;
  // The title and the header stay in view as the reader scrolls down the rows.
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  for (const row of table.rows) {
    const safe = row.map((cell) => neutraliseCell(cell));
    const added = sheet.addRow(safe.map(excelValue));
    safe.forEach((cell, i) => {
      const format = excelFormat(cell);
      if (format !== undefined) added.getCell(i + 1).numFmt = format;
    });
  }
  sheet.getRow(headerRow).font = { bold: true };
  const widths: number[] = [];
  for (const row of table.rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? MIN_WIDTH, Math.min(MAX_WIDTH, shownText(cell).length + 2))));
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/**
 * Writes tables as the sheets of one workbook, one sheet per table, in order. Every text cell is
 * neutralised against formula injection and written as a value (text is text, never a formula);
 * numbers are numbers, with their number format when the cell has one (a percentage shows as
 * 12.9%), and dates are real dates shown dd/mm/yyyy, so a column sums and sorts as the reader
 * expects. A table's title goes in a bold row above the header; the title and header rows are
 * frozen, the header is bold, and columns are sized to their content (capped).
 */
export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<ArrayBuffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Race Equality Plan';
  const used = new Set<string>();
  for (const table of tables) writeSheet(workbook.addWorksheet(sheetName(table.name, used)), table);
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
