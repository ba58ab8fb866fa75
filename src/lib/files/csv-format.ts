import Papa from 'papaparse';
import { type ExportTable, neutraliseCell } from '../../domain/exports';

/**
 * Writes a table as CSV text with papaparse: every cell neutralised against formula injection,
 * numbers as they are, empty cells empty, CRLF line ends (as Excel writes them). A UTF-8 byte
 * order mark goes in front when the text is saved (see {@link csvBlob}) so Excel reads £ and é.
 */
export function tableToCsv(table: ExportTable): string {
  const rows = table.rows.map((row) =>
    row.map((cell) => {
      const safe = neutraliseCell(cell);
      return safe === null ? '' : safe;
    }),
  );
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
