import Papa from 'papaparse';
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

/**
 * Bytes papaparse reads per chunk. 1 MiB keeps a chunk's rows (about 15,000) small enough that
 * memory stays flat however large the file, while the per-chunk overhead stays negligible.
 */
const CHUNK_BYTES = 1024 * 1024;
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

/**
 * Counts one file, row by row, into the domain's aggregator. A CSV is streamed by papaparse in
 * {@link CHUNK_BYTES} chunks, so memory does not grow with the file; each row is read into the
 * aggregator and dropped. Rows above and including the header are skipped, and so is a row whose
 * mapped cells are all blank. `onProgress` is called after each chunk; `signal` stops the parse.
 */
export async function countStaffFile(
  job: StaffFileJob,
  options: { ethnicCodeMapping: EthnicCodeMapping; signal?: AbortSignal; onProgress?: (progress: Omit<StaffJobProgress, 'bytesTotal' | 'fileName'>) => void },
): Promise<StaffFileCounts> {
  const aggregator = createStaffAggregator({ ethnicCodeMapping: options.ethnicCodeMapping });
  const letters = new Map<string, number>();
  let rows = 0;
  let blankRows = 0;
  let indexes: ColumnIndexes | null = null;
  let read: ((row: readonly string[]) => ReturnType<ReturnType<typeof staffRowReader>>) | null = null;
  let mapped: number[] = [];

  const start = (header: readonly string[]) => {
    indexes = indexesFor(job.kind, cleanHeader(header), job);
    read = staffRowReader(job.kind, indexes);
    mapped = Object.values(indexes);
  };
  const add = (row: readonly string[]) => {
    if (mapped.every((i) => (row[i] ?? '').trim() === '')) {
      blankRows += 1;
      return;
    }
    // Rows come after the header, so the reader is there; a row before it would have nothing to count.
    if (read === null) return;
    const record = read(row);
    const letter = ethnicLetter(record.ethnicCode);
    letters.set(letter, (letters.get(letter) ?? 0) + 1);
    aggregator.addRow(record);
    rows += 1;
  };
  const result = (): StaffFileCounts => ({
    kind: job.kind,
    fileName: job.file.name,
    aggregate: aggregator.result(),
    blankRows,
    letters: Object.fromEntries(letters),
  });

  if (isXlsx(job.file)) {
    const all = await xlsxRows(job.file);
    if (options.signal?.aborted) throw new CancelledError();
    start(all[job.headerRow] ?? []);
    for (const row of all.slice(job.headerRow + 1)) add(row);
    options.onProgress?.({ bytesDone: job.file.size, rows });
    return result();
  }

  return new Promise((resolvePromise, reject) => {
    let line = 0;
    let chunks = 0;
    let failure: { readonly error: unknown } | null = null;
    Papa.parse<string[]>(job.file, {
      chunkSize: CHUNK_BYTES,
      skipEmptyLines: true,
      chunk(results, parser) {
        chunks += 1;
        if (options.signal?.aborted) {
          failure = { error: new CancelledError() };
          parser.abort();
          return;
        }
        try {
          for (const row of results.data) {
            if (line === job.headerRow) start(row);
            else if (line > job.headerRow) add(row);
            line += 1;
          }
        } catch (error) {
          failure = { error };
          parser.abort();
          return;
        }
        options.onProgress?.({ bytesDone: Math.min(job.file.size, chunks * CHUNK_BYTES), rows });
      },
      complete() {
        if (failure !== null) reject(failure.error);
        else if (indexes === null) reject(new Error(`${job.file.name} has no rows.`));
        else resolvePromise(result());
      },
      error: reject,
    });
  });
}
