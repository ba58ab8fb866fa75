import { type ExportTable, blankTemplateRows, restoreNeutralisedText, templateTable, wresInputToTemplateRows } from '../../domain/exports';
import type { FieldError } from '../../domain/shared';
import { type FieldRow, type WresInput, fieldRowsToObject, parseWresInput } from '../../domain/wres';
// By its own path, not the domain's index: only the import and the templates need the words, so they stay out of the dashboard's first download.
import { type RowNamer, messageInWords, rowNamerOfFields, rowNamerOfInput } from '../../domain/wres/field-words';
import { parseCsvRows, tableToCsv } from './csv-format';
import { decodeText } from './decode-text';
import { readXlsxRows, tablesToXlsx } from './xlsx-format';

/** The largest file the import reads; anything bigger is refused before a byte is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** One problem with an imported file, placed by row and column where it has a place. */
export interface ImportProblem {
  /** The row in the file (1-based, as a spreadsheet numbers it), or null when the problem is a missing field or the whole file. */
  readonly row: number | null;
  /** The column's letter, as a spreadsheet shows it: the Value column for a value, the Field column for a field path. */
  readonly column: string | null;
  /** The field path, e.g. `indicator2.appointed.bme`: a technical detail, for whoever prepared the file. */
  readonly field: string | null;
  /** The problem in words, naming the indicator, group and column: "Indicator 2, Appointed, BME: 45 is more than …". */
  readonly message: string;
}

export type YearFileFormat = 'csv' | 'xlsx' | 'json';

export type YearFileResult =
  | { readonly ok: true; readonly input: WresInput; readonly format: YearFileFormat; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[]; readonly notes: readonly string[] };

/** What the import needs of a File, so tests can pass their own. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const TOP_LEVEL = /^(schemaVersion|organisation|year|indicator[1-9])([.[]|$)/;

const FORMATS: readonly YearFileFormat[] = ['csv', 'xlsx', 'json'];

function formatOf(name: string): YearFileFormat | null {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return FORMATS.find((format) => format === extension) ?? null;
}

function fileProblem(message: string): ImportProblem {
  return { row: null, column: null, field: null, message };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `indicator1.rows.0.band` and `indicator1.rows[0].band` are the same field; validation names it the second way. */
function normalisePath(field: string): string {
  return field.trim().replace(/\.(\d+)(?=\.|\[|$)/g, '[$1]');
}

interface NumberedRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A column's letter as a spreadsheet shows it: 0 → A, 25 → Z, 26 → AA. */
function columnLetter(index: number): string {
  const letter = String.fromCodePoint(65 + (index % 26));
  return index < 26 ? letter : `${columnLetter(Math.floor(index / 26) - 1)}${letter}`;
}

/**
 * Places validation errors on the rows that hold their fields (a missing field has no row), and
 * words them for a person: the field named as the template names it, the path kept as detail.
 */
function placeErrors(errors: readonly FieldError[], rows: readonly FieldRow[], column: string, lastOfField: boolean): ImportProblem[] {
  const rowName = rowNamerOfFields(rows);
  const rowsByPath = new Map<string, number[]>();
  for (const { field, line } of rows) {
    if (line === undefined) continue;
    const path = normalisePath(field);
    rowsByPath.set(path, [...(rowsByPath.get(path) ?? []), line]);
  }
  return errors.map((error) => {
    const exact = rowsByPath.get(error.path);
    const within = [...rowsByPath].find(([path]) => path.startsWith(`${error.path}.`) || path.startsWith(`${error.path}[`))?.[1];
    const lines = exact ?? within;
    const row = (lastOfField ? lines?.at(-1) : lines?.[0]) ?? null;
    return {
      row,
      column: lines === undefined ? null : column,
      field: error.path,
      message: messageInWords(error.message.replaceAll('(line ', '(row '), rowName),
    };
  });
}

/** Where the field paths and values are: the header's Field and Value columns, or A and B without a header; null when the header has no Value. */
function columnsOf(heading: readonly string[]): { field: number; value: number; hasHeader: boolean } | null {
  const names = heading.map((cell) => cell.trim().toLowerCase());
  const field = names.indexOf('field');
  if (field === -1) return TOP_LEVEL.test(heading[0]?.trim() ?? '') ? { field: 0, value: 1, hasHeader: false } : null;
  const value = names.indexOf('value');
  return value === -1 ? null : { field, value, hasHeader: true };
}

/**
 * Reads a year from rows of a field path and its value (from CSV or the first sheet of a
 * workbook). The first row may be a header naming a Field and a Value column, anywhere (the
 * template's is Item, Value, Field, Guidance; older files' field, value, guidance); without one,
 * the field is in column A and its value in B, and the first field must be a WRES field, else the
 * columns are wrong. Text that this app neutralised on export (`'=…`) is restored. Every problem
 * is returned in words with its row and column: a bad field path or a field given twice (duplicate
 * rows) in the Field column; a value that breaks a rule (text in a number cell, a negative count,
 * appointed above shortlisted…) in the Value column; a required field left out with no row.
 */
function rowsToYear(rows: readonly NumberedRow[]): { ok: true; input: WresInput } | { ok: false; problems: ImportProblem[] } {
  const first = rows[0];
  if (first === undefined) return { ok: false, problems: [fileProblem('The file is empty: there are no rows to read.')] };
  const heading = first.cells.map((cell) => cell.trim());
  const columns = columnsOf(heading);
  if (columns === null) {
    const found = heading
      .filter((cell) => cell !== '')
      .map((cell) => JSON.stringify(cell))
      .join(', ');
    return {
      ok: false,
      problems: [
        {
          row: first.row,
          column: null,
          field: null,
          message: `Row ${first.row} has the columns ${found}, but a WRES year file has a Field column and a Value column: one row per field, as in the template.`,
        },
      ],
    };
  }
  const data = columns.hasHeader ? rows.slice(1) : rows;
  if (data.every((row) => row.cells.every((cell) => cell.trim() === ''))) {
    return { ok: false, problems: [fileProblem('The file has a header but no fields: fill in the template and import it again.')] };
  }
  const fieldRows: FieldRow[] = data.map((row) => ({
    field: restoreNeutralisedText(row.cells[columns.field] ?? ''),
    value: restoreNeutralisedText(row.cells[columns.value] ?? ''),
    line: row.row,
  }));
  const built = fieldRowsToObject(fieldRows);
  if (!built.ok) return { ok: false, problems: placeErrors(built.errors, fieldRows, columnLetter(columns.field), true) };
  const parsed = parseWresInput(built.value);
  if (!parsed.ok) return { ok: false, problems: placeErrors(parsed.errors, fieldRows, columnLetter(columns.value), false) };
  return { ok: true, input: parsed.value };
}

function fromJson(text: string): { ok: true; input: WresInput } | { ok: false; problems: ImportProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // JSON.parse throws nothing else; anything else is not the file's fault.
    if (!(error instanceof SyntaxError)) throw error;
    return { ok: false, problems: [fileProblem(`The file is not valid JSON: ${error.message}.`)] };
  }
  const parsed = parseWresInput(data);
  if (parsed.ok) return { ok: true, input: parsed.value };
  const rowName: RowNamer = rowNamerOfInput(data);
  return {
    ok: false,
    problems: parsed.errors.map((error) => ({ row: null, column: null, field: error.path, message: messageInWords(error.message, rowName) })),
  };
}

/**
 * Reads one year's WRES counts from a CSV, XLSX or JSON (`WresInput`) file, entirely in the
 * browser. Refuses, with a message and before reading it, a file over 50 MB or of another type.
 * An empty file says so. CSV and JSON that are not valid UTF-8 are read as Windows-1252, with a
 * note saying so. Nothing is stored here: the caller shows the result and saves on confirmation.
 */
export async function readYearFile(file: FileLike): Promise<YearFileResult> {
  const format = formatOf(file.name);
  if (format === null)
    return { ok: false, notes: [], problems: [fileProblem(`${file.name} is not a file this page reads: choose a .csv, .xlsx or .json file.`)] };
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      notes: [],
      problems: [
        fileProblem(
          `${file.name} is ${megabytes(file.size)}; the largest file this page reads is 50 MB. A year's WRES counts fit in a few kilobytes: use the template.`,
        ),
      ],
    };
  }
  if (file.size === 0) return { ok: false, notes: [], problems: [fileProblem(`${file.name} is empty.`)] };
  const bytes = await file.arrayBuffer();
  const notes: string[] = [];
  let result: { ok: true; input: WresInput } | { ok: false; problems: ImportProblem[] };
  if (format === 'xlsx') {
    try {
      result = rowsToYear(await readXlsxRows(bytes));
    } catch (error) {
      // readXlsxRows says in an Error why a file is not a workbook; anything else is not the file's fault.
      if (!(error instanceof Error)) throw error;
      result = { ok: false, problems: [fileProblem(error.message)] };
    }
  } else {
    const decoded = decodeText(bytes);
    if (decoded.encoding === 'windows-1252')
      notes.push(`${file.name} is not UTF-8, so it was read as Windows-1252 (how Excel saves CSV on Windows). Check that names with accents read correctly.`);
    if (decoded.text.trim() === '') result = { ok: false, problems: [fileProblem(`${file.name} is empty.`)] };
    else if (format === 'json') result = fromJson(decoded.text);
    else result = rowsToYear(parseCsvRows(decoded.text).map((cells, i) => ({ row: i + 1, cells })));
  }
  return result.ok ? { ok: true, input: result.input, format, notes } : { ok: false, problems: result.problems, notes };
}

/** One year as the template table: each field in words, its value, its path and guidance, in the example CSV's order. */
function yearTable(input: WresInput): ExportTable {
  return templateTable(wresInputToTemplateRows(input), `WRES ${input.year}`);
}

function blankTable(): ExportTable {
  return templateTable(blankTemplateRows(), 'WRES template');
}

/** One year as an XLSX workbook of one sheet; reading it back with {@link readYearFile} gives the same `WresInput`. */
export function yearToXlsxBytes(input: WresInput): Promise<ArrayBuffer> {
  return tablesToXlsx([yearTable(input)]);
}

/** One year as CSV text (item, value, field, guidance). */
export function yearToCsvText(input: WresInput): string {
  return tableToCsv(yearTable(input));
}

export function blankTemplateXlsxBytes(): Promise<ArrayBuffer> {
  return tablesToXlsx([blankTable()]);
}

export function blankTemplateCsvText(): string {
  return tableToCsv(blankTable());
}

const SURVEY_FIELD = /^(schemaVersion|organisation\.|year$|indicator[5-8]\.)/;

/**
 * The Staff Survey template (indicators 5–8: White and BME percentages and respondent counts):
 * the blank template's survey rows, with the organisation and year filled in from `year` (and
 * its survey figures, when it has them) so the file lands on that year when imported.
 */
export function surveyTemplateTable(year: WresInput | undefined): ExportTable {
  const filled = new Map(
    year === undefined
      ? []
      : wresInputToTemplateRows(year)
          .filter((row) => SURVEY_FIELD.test(row.field))
          .map((row) => [row.field, row.value] as const),
  );
  const rows = blankTemplateRows()
    .filter((row) => SURVEY_FIELD.test(row.field))
    .map((row) => ({ field: row.field, value: filled.get(row.field) ?? row.value }));
  return templateTable(rows, year === undefined ? 'Staff Survey' : `Staff Survey ${year.year}`);
}
