/** One cell of an exported table: text, a number, or nothing (an empty cell). */
export type Cell = string | number | null;

/** A table ready to write as a CSV file or a workbook sheet: `rows[0]` is the header row. */
export interface ExportTable {
  /** The sheet name (at most 31 characters, as Excel allows) and the basis of a CSV file's name. */
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** The first characters that make a spreadsheet read a text cell as a formula (or a DDE command). */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Neutralises a cell against formula (CSV) injection, as OWASP recommends: text that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote `'` in front, so Excel,
 * LibreOffice and Google Sheets show it as text instead of running it. An action titled
 * `=HYPERLINK("http://x","y")` is exported as `'=HYPERLINK("http://x","y")`.
 *
 * Only strings are touched. Numbers stay numbers, including negative ones: a number is written by
 * this app (a JavaScript number, so only digits, `-`, `.` and `e`), never by a user, and a
 * spreadsheet reads `-3` as the number −3, not as a formula; quoting it would turn a figure into
 * text that no longer sums. Empty cells (null) and the empty string stay as they are. Text that
 * already starts with `'` is left alone, so neutralising twice changes nothing.
 */
export function neutraliseCell(value: Cell): Cell {
  if (typeof value !== 'string' || value === '') return value;
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/** {@link neutraliseCell} over every cell of a table, keeping its name. */
export function neutraliseTable(table: ExportTable): ExportTable {
  return { name: table.name, rows: table.rows.map((row) => row.map(neutraliseCell)) };
}

/**
 * Undoes {@link neutraliseCell} for a value read back from a file this app wrote: a leading `'`
 * followed by a formula trigger is dropped, so a name such as `=Trust` survives a round trip.
 * Any other text is returned unchanged (a quote before an ordinary letter is the user's own).
 */
export function restoreNeutralisedText(value: string): string {
  return value.startsWith("'") && FORMULA_TRIGGERS.has(value.charAt(1)) ? value.slice(1) : value;
}
