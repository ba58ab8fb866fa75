import type { ExportTable } from '../../domain/exports';
import { csvBlob, tableToCsv } from '../../lib/files/csv-format';
import { downloadBlob, fileNamePart } from '../../lib/files/download';
import { XLSX_MIME, tablesToXlsx } from '../../lib/files/xlsx-format';

/** Builds a file name such as `publication-wres-RXX-2024.csv`. */
export function exportFileName(parts: readonly (string | number | undefined)[], extension: 'csv' | 'xlsx' | 'docx'): string {
  return `${parts
    .filter((part) => part !== undefined)
    .map((part) => fileNamePart(String(part)))
    .join('-')}.${extension}`;
}

/** Saves one table as a CSV file (UTF-8 with a byte order mark, every cell neutralised). */
export function downloadCsv(table: ExportTable, fileName: string): void {
  downloadBlob(csvBlob(tableToCsv(table)), fileName);
}

/** Saves tables as the sheets of one XLSX workbook (exceljs is loaded on first use). */
export async function downloadXlsx(tables: readonly ExportTable[], fileName: string): Promise<void> {
  downloadBlob(new Blob([await tablesToXlsx(tables)], { type: XLSX_MIME }), fileName);
}

/** Saves bytes already made as an XLSX file. */
export function downloadXlsxBytes(bytes: ArrayBuffer, fileName: string): void {
  downloadBlob(new Blob([bytes], { type: XLSX_MIME }), fileName);
}
