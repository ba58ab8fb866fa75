import { type IsoDate, formatUkDate } from '../shared/uk-date';

/**
 * How a number cell is shown, as an Excel number format. `0.0%` is a percentage: the cell holds
 * the fraction (0.129 shows as 12.9%), as Excel stores percentages, so it sums and sorts as one.
 * `0.0` and `0.00` are plain figures to 1 or 2 decimal places (percentage points, ratios); the
 * `+…;-…;…` formats are signed changes, so a rise shows its `+` and no change shows no sign.
 */
export type NumberFormat = '0.0%' | '0.0' | '0.00' | '+0.0;-0.0;0.0' | '+0.00;-0.00;0.00';

/** A figure with how it is shown: a spreadsheet keeps the number and applies the format. */
export interface NumberCell {
  readonly kind: 'number';
  readonly value: number;
  readonly format: NumberFormat;
}

/** A calendar date: a workbook holds a real date shown dd/mm/yyyy, so a column of them sorts by date. */
export interface DateCell {
  readonly kind: 'date';
  readonly iso: IsoDate;
}

/**
 * One cell of an exported table: text, a number (shown as it is), a formatted number, a date, or
 * nothing (an empty cell). Plain strings and numbers stay valid cells, so a table builder only
 * reaches for the typed cells where a spreadsheet must know more.
 */
export type Cell = PlainCell | NumberCell | DateCell;

/** Text, a number or nothing: the cells of a table whose figures need no format (e.g. the published WRES data). */
export type PlainCell = string | number | null;

/** A table ready to write as a CSV file or a workbook sheet: `rows[0]` is the header row. */
export interface ExportTable<C extends Cell = Cell> {
  /** The sheet name (at most 31 characters, as Excel allows) and the basis of a CSV file's name. */
  readonly name: string;
  /** A title row above the header in a workbook sheet, e.g. "Actions at 26/11/2026". A CSV file has none. */
  readonly title?: string;
  /** How a CSV file writes date cells: dd/mm/yyyy (the default), or ISO yyyy-mm-dd for a file meant for re-use. */
  readonly csvDates?: 'uk' | 'iso';
  readonly rows: readonly (readonly C[])[];
}

/** A date cell, or an empty cell for a date not set. */
export function dateCell(iso: IsoDate | undefined | null): DateCell | null {
  return iso === undefined || iso === null ? null : { kind: 'date', iso };
}

/** A number cell with a format, or an empty cell for a figure there is not. */
export function numberCell(value: number | null | undefined, format: NumberFormat): NumberCell | null {
  return value === undefined || value === null ? null : { kind: 'number', value, format };
}

/** A percentage given in percent (12.9 for 12.9%) as a `0.0%` cell holding the fraction (0.129). */
export function percentCell(percent: number | null | undefined): NumberCell | null {
  return numberCell(percent === undefined || percent === null ? percent : percent / 100, '0.0%');
}

const DECIMALS: Readonly<Record<NumberFormat, 1 | 2>> = {
  '0.0%': 1,
  '0.0': 1,
  '0.00': 2,
  '+0.0;-0.0;0.0': 1,
  '+0.00;-0.00;0.00': 2,
};

/**
 * A number cell as a reader sees it: its format's decimal places, `%` after a percentage, and for
 * a signed change `+` before a rise and a true minus sign (−) before a fall; a change that rounds
 * to zero has no sign. 0.129 as `0.0%` reads "12.9%"; −12.1 as `+0.0;-0.0;0.0` reads "−12.1".
 */
export function formatNumberCell(cell: NumberCell): string {
  const percent = cell.format === '0.0%';
  const shown = (percent ? cell.value * 100 : cell.value).toFixed(DECIMALS[cell.format]);
  const zero = Number(shown) === 0;
  const digits = zero ? shown.replace('-', '') : shown.replace('-', '−');
  const sign = cell.format.startsWith('+') && !zero && cell.value > 0 ? '+' : '';
  return `${sign}${digits}${percent ? '%' : ''}`;
}

/**
 * A cell's text as a page shows it (before neutralising is undone): formatted numbers with their
 * units and signs, dates dd/mm/yyyy, plain numbers as they are, an empty cell as "".
 */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return cell.kind === 'date' ? formatUkDate(cell.iso) : formatNumberCell(cell);
}

/** The first characters that make a spreadsheet read a text cell as a formula (or a DDE command). */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Neutralises a cell against formula (CSV) injection, as OWASP recommends: text that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote `'` in front, so Excel,
 * LibreOffice and Google Sheets show it as text instead of running it. An action titled
 * `=HYPERLINK("http://x","y")` is exported as `'=HYPERLINK("http://x","y")`.
 *
 * Only strings are touched. Numbers, formatted numbers and dates stay as they are, including
 * negative numbers: a number is written by this app (a JavaScript number, so only digits, `-`,
 * `.` and `e`), never by a user, and a spreadsheet reads `-3` as the number −3, not as a formula;
 * quoting it would turn a figure into text that no longer sums. Empty cells (null) and the empty
 * string stay as they are. Text that already starts with `'` is left alone, so neutralising twice
 * changes nothing.
 */
export function neutraliseCell(value: PlainCell): PlainCell;
export function neutraliseCell(value: Cell): Cell;
export function neutraliseCell(value: Cell): Cell {
  if (typeof value !== 'string' || value === '') return value;
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/** {@link neutraliseCell} over every cell of a table, keeping its name, title and CSV date style. */
export function neutraliseTable(table: ExportTable<PlainCell>): ExportTable<PlainCell>;
export function neutraliseTable(table: ExportTable): ExportTable;
export function neutraliseTable(table: ExportTable): ExportTable {
  return { ...table, rows: table.rows.map((row) => row.map((cell) => neutraliseCell(cell))) };
}

/**
 * Undoes {@link neutraliseCell} for a value read back from a file this app wrote: a leading `'`
 * followed by a formula trigger is dropped, so a name such as `=Trust` survives a round trip.
 * Any other text is returned unchanged (a quote before an ordinary letter is the user's own).
 */
export function restoreNeutralisedText(value: string): string {
  return value.startsWith("'") && FORMULA_TRIGGERS.has(value.charAt(1)) ? value.slice(1) : value;
}
