import Papa from 'papaparse';
import { type Cell, type ExportTable, neutraliseCell } from '../../domain/exports';
import { formatUkDate } from '../../domain/shared';

/** A cell as CSV holds it: text and numbers as they are (a formatted number by its value), a date by the table's date style. */
function csvCell(cell: Cell, dates: ExportTable['csvDates']): string | number {
  if (cell === null) return '';
  if (typeof cell !== 'object') return cell;
  if (cell.kind === 'number') return cell.value;
  return dates === 'iso' ? cell.iso : formatUkDate(cell.iso);
}

/**
 * Writes a table as CSV text with papaparse: every cell neutralised against formula injection,
 * numbers as they are (a percentage as its fraction, as a workbook holds it), dates dd/mm/yyyy
 * unless the table asks for ISO dates, empty cells empty, CRLF line ends (as Excel writes them). A UTF-8 byte
 * order mark goes in front when the text is saved (see {@link csvBlob}) so Excel reads £ and é.
 */
export function tableToCsv(table: ExportTable): string {
  const rows = table.rows.map((row) => row.map((cell) => csvCell(neutraliseCell(cell), table.csvDates)));
  return Papa.unparse(rows, { newline: '\r\n' });
}

/** CSV text as a file body, with the byte order mark Excel needs to read it as UTF-8. */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

/** Reads CSV text into rows of text cells with papaparse; blank lines are dropped. */
export function parseCsvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  return parsed.data;
}
