import Papa from 'papaparse';
import { type CsvRowSink, streamCsvRows } from '../../lib/files/csv-row-stream';
import {
  type ColumnIndexes,
  type EthnicCodeMapping,
  type StaffFileKind,
  createStaffAggregator,
  ethnicLetter,
  findHeaderRow,
  resolveColumns,
  staffRowReader,
} from '../../domain/wres';
import { fileBytes } from '../../lib/files/download';
import { readXlsxRows } from '../../lib/files/xlsx-format';
import { CancelledError, type StaffFileCounts, type StaffFileHeader, type StaffFileJob, type StaffJobProgress } from './staff-job';

/** How many leading rows are searched for the column names. */
const HEADER_SEARCH_ROWS = 25;

const isXlsx = (file: File): boolean => /\.xlsx$/i.test(file.name);

async function xlsxRows(file: File): Promise<string[][]> {
  // A workbook cannot be streamed in the browser: exceljs opens it whole. Excel itself stops at
  // 1,048,576 rows, so an XLSX extract is bounded; the largest extracts come as CSV, which streams.
  return (await readXlsxRows(await fileBytes(file))).map((row) => row.cells);
}

/** Column names as the person sees them: trimmed, and without a byte-order mark, which belongs to the file, not to the first name. */
function cleanHeader(row: readonly string[]): string[] {
  return row.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
}

/** Reads the column names: the first rows of a CSV (papaparse's preview) or of a workbook's first sheet. */
export async function readStaffFileHeader(file: File): Promise<StaffFileHeader> {
  const rows = isXlsx(file)
    ? (await xlsxRows(file)).slice(0, HEADER_SEARCH_ROWS)
    : await new Promise<string[][]>((resolve, reject) => {
        Papa.parse<string[]>(file, { preview: HEADER_SEARCH_ROWS, skipEmptyLines: true, complete: (results) => resolve(results.data), error: reject });
      });
  if (rows.length === 0) throw new Error(`${file.name} is empty.`);
  const headerRow = findHeaderRow(rows);
  return { headerRow, header: cleanHeader(rows[headerRow] ?? []) };
}

/** Where the mapped columns are in this very file's header, read again as it is counted. */
function indexesFor(kind: StaffFileKind, header: readonly string[], job: StaffFileJob): ColumnIndexes {
  const resolved = resolveColumns(kind, header, job.mapping);
  if (!resolved.ok) throw new Error(`${job.file.name}: ${resolved.problems.join(' ')}`);
  return resolved.indexes;
}

/** Counts rows into the domain's aggregator, from the header row given; a new counter starts from nothing. */
function staffCounter(
  job: StaffFileJob,
  ethnicCodeMapping: EthnicCodeMapping,
  header: readonly string[],
): CsvRowSink<StaffFileCounts> & { readonly rows: () => number } {
  const aggregator = createStaffAggregator({ ethnicCodeMapping });
  const letters = new Map<string, number>();
  const indexes = indexesFor(job.kind, cleanHeader(header), job);
  const read = staffRowReader(job.kind, indexes);
  const mapped = Object.values(indexes);
  let rows = 0;
  let blankRows = 0;
  return {
    row(cells) {
      if (mapped.every((i) => (cells[i] ?? '').trim() === '')) {
        blankRows += 1;
        return;
      }
      const record = read(cells);
      const letter = ethnicLetter(record.ethnicCode);
      letters.set(letter, (letters.get(letter) ?? 0) + 1);
      aggregator.addRow(record);
      rows += 1;
    },
    end: () => ({ kind: job.kind, fileName: job.file.name, aggregate: aggregator.result(), blankRows, letters: Object.fromEntries(letters) }),
    rows: () => rows,
  };
}

/**
 * Counts one file, row by row, into the domain's aggregator. A CSV is streamed a chunk at a time
 * (see {@link streamCsvRows}), so memory does not grow with the file; each row is read into the
 * aggregator and dropped. Rows above and including the header are skipped, and so is a row whose
 * mapped cells are all blank. `onProgress` is called after each chunk; `signal` stops the reading.
 */
export async function countStaffFile(
  job: StaffFileJob,
  options: { ethnicCodeMapping: EthnicCodeMapping; signal?: AbortSignal; onProgress?: (progress: Omit<StaffJobProgress, 'bytesTotal' | 'fileName'>) => void },
): Promise<StaffFileCounts> {
  if (isXlsx(job.file)) {
    const all = await xlsxRows(job.file);
    if (options.signal?.aborted) throw new CancelledError();
    const counter = staffCounter(job, options.ethnicCodeMapping, all[job.headerRow] ?? []);
    for (const row of all.slice(job.headerRow + 1)) counter.row(row);
    options.onProgress?.({ bytesDone: job.file.size, rows: counter.rows() });
    return counter.end();
  }

  let counter: ReturnType<typeof staffCounter> | null = null;
  const cancelled = new AbortController();
  const stop = () => cancelled.abort(new CancelledError());
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener('abort', stop);
  try {
    return await streamCsvRows(
      job.file,
      { headerRow: job.headerRow, signal: cancelled.signal, onProgress: (bytesDone) => options.onProgress?.({ bytesDone, rows: counter?.rows() ?? 0 }) },
      (header) => {
        if (header.length === 0) throw new Error(`${job.file.name} has no rows.`);
        counter = staffCounter(job, options.ethnicCodeMapping, header);
        return counter;
      },
    );
  } finally {
    options.signal?.removeEventListener('abort', stop);
  }
}
