import Papa from 'papaparse';
import { type Schema, initParser } from 'udsv';

/** Bytes read and decoded at a time: small enough that memory stays flat however large the file. */
const CHUNK_BYTES = 1024 * 1024;

/** What a file's rows are counted into. A new one is begun if the file has to be read again. */
export interface CsvRowSink<T> {
  readonly row: (cells: readonly string[]) => void;
  readonly end: () => T;
}

export interface CsvRowStreamOptions {
  /** The row holding the column names (0-based, blank lines not counted); rows above it are skipped. */
  readonly headerRow: number;
  /** Called after each chunk with the bytes read so far. */
  readonly onProgress?: (bytesDone: number) => void;
  /** Stops the reading: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Bytes read at a time; {@link CHUNK_BYTES} unless a test needs chunk ends in awkward places. */
  readonly chunkBytes?: number;
}

/**
 * The file's text, {@link CHUNK_BYTES} at a time, decoded as UTF-8 (a character split across two
 * reads is kept whole). The next slice is asked for before this one is handed on, so the browser
 * reads it while this one is parsed: reading and counting overlap, at the cost of one more slice
 * held in memory.
 */
async function* textChunks(file: Blob, options: CsvRowStreamOptions): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const size = options.chunkBytes ?? CHUNK_BYTES;
  const slice = (at: number): Promise<ArrayBuffer> | null => {
    if (at >= file.size) return null;
    const reading = file.slice(at, at + size).arrayBuffer();
    // Handled where it is awaited; this only keeps a slice abandoned by a cancel from being reported unhandled.
    reading.catch(() => undefined);
    return reading;
  };
  let next = slice(0);
  for (let at = 0; next !== null; at += size) {
    options.signal?.throwIfAborted();
    const bytes = await next;
    options.signal?.throwIfAborted();
    next = slice(at + size);
    yield decoder.decode(bytes, { stream: true });
    options.onProgress?.(Math.min(file.size, at + size));
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

type LineBreak = '\r\n' | '\n' | '\r';

/**
 * The file's line break, from its first one: CRLF, LF or a lone CR. Null while the text may end
 * before it is known. (papaparse's own guess counts every CR in the text, and a chunk cut inside a
 * quoted field holding a CR can mislead it.)
 */
function lineBreakOf(text: string, done: boolean): LineBreak | null {
  const cr = text.indexOf('\r');
  const lf = text.indexOf('\n');
  if (cr !== -1 && (lf === -1 || cr < lf)) {
    if (cr + 1 < text.length) return text[cr + 1] === '\n' ? '\r\n' : '\r';
    return done ? '\r' : null;
  }
  if (lf !== -1 || done) return '\n';
  return null;
}

/** The header row, the text after it, and the file's line break. */
interface Preamble {
  readonly header: string[];
  readonly rest: string;
  readonly lineBreak: LineBreak;
}

/**
 * Finds the header row in the start of the text with papaparse (blank lines not counted), and
 * where the line after it begins. Null while the text may still end inside the header row.
 */
function preamble(text: string, headerRow: number, done: boolean): Preamble | null {
  const lineBreak = lineBreakOf(text, done);
  if (lineBreak === null) return null;
  let row = 0;
  let found: Preamble | null = null;
  Papa.parse<string[]>(text, {
    newline: lineBreak,
    skipEmptyLines: true,
    step(results, parser) {
      if (row === headerRow) {
        const cursor = results.meta.cursor;
        if (done || text.slice(0, cursor).endsWith(lineBreak)) found = { header: results.data, rest: text.slice(cursor), lineBreak };
        parser.abort();
      }
      row += 1;
    },
  });
  return found ?? (done ? { header: [], rest: '', lineBreak } : null);
}

/**
 * Counts the line breaks of the rows after the header, and the lines with nothing on them, so that
 * what uDSV gave can be checked against them: for a file whose every row has the header's number
 * of fields and no field holding a line break, each non-blank line is one row.
 */
class LineTally {
  private lines = 0;
  /** Characters of the line not yet ended by a line break. */
  private pending = 0;

  constructor(readonly lineBreak: string) {}

  add(text: string): void {
    let from = 0;
    for (let at = text.indexOf(this.lineBreak); at !== -1; at = text.indexOf(this.lineBreak, from)) {
      if (this.pending + at - from > 0) this.lines += 1;
      this.pending = 0;
      from = at + this.lineBreak.length;
    }
    this.pending += text.length - from;
  }

  /** Non-blank lines, counting a last one without a line break. */
  rows(): number {
    return this.lines + (this.pending > 0 ? 1 : 0);
  }
}

/** What the fast pass holds once the header is found: where rows go, uDSV, the line count, the width and the rows given. */
type FastRead<T> = { sink: CsvRowSink<T>; parser: ReturnType<typeof initParser> | null; tally: LineTally; width: number; rows: number } | { sink: null };

/** Raised inside the fast pass when the file is not one it can read exactly. */
class NeedsFullParser extends Error {}

/**
 * The fast pass: uDSV splits the rows after the header, with the header's number of fields.
 * uDSV is several times faster than papaparse on quoted fields, but it assumes every row has that
 * number of fields; a short row would run into the next one and a long one's extra fields would
 * join its last. So the rows it gives are checked: their number against the file's non-blank
 * lines, each row's width, and each row's last field for a comma. Any doubt throws
 * {@link NeedsFullParser}.
 */
async function fastPass<T>(file: Blob, options: CsvRowStreamOptions, begin: (header: readonly string[]) => CsvRowSink<T>): Promise<T> {
  let head = '';
  // Set once the header is found; held in a property because TypeScript does not follow assignments
  // made inside the closures below, and would take a plain variable for still unset after the loop.
  const reading: { current: FastRead<T> } = { current: { sink: null } };
  const onRow = (cells: string[]): void => {
    const read = reading.current;
    if (read.sink === null) return;
    if (cells.length !== read.width || (cells[read.width - 1] ?? '').includes(',')) throw new NeedsFullParser();
    read.rows += 1;
    // One empty field is a blank line to papaparse, even written as "", and is skipped as one.
    if (read.width === 1 && cells[0] === '') return;
    read.sink.row(cells);
  };
  // uDSV is given whole lines only. Cut inside a row, it can drop the part of a long row after the
  // header's width, or read the LF of a CRLF cut in two as the next row's first character.
  let carried = '';
  const feed = (text: string, last = false): void => {
    if (reading.current.sink === null) return;
    const { tally, parser } = reading.current;
    let whole = carried + text;
    carried = '';
    if (!last) {
      const end = whole.lastIndexOf(tally.lineBreak);
      carried = end === -1 ? whole : whole.slice(end + tally.lineBreak.length);
      whole = end === -1 ? '' : whole.slice(0, end + tally.lineBreak.length);
    }
    tally.add(whole);
    parser?.chunk<string[]>(whole, parser.stringArrs, onRow);
  };
  const start = (found: Preamble): void => {
    const width = found.header.length;
    const schema: Schema & { skip: number } = {
      skip: 0,
      col: ',',
      row: found.lineBreak,
      // Always read with quotes in mind: uDSV's faster quote-free split mishandles a short last row.
      encl: '"',
      esc: '"',
      trim: false,
      cols: found.header.map((name) => ({ name, type: 's', repl: { empty: '', null: 'null', NaN: 'NaN' } })),
    };
    reading.current = { sink: begin(found.header), parser: width > 0 ? initParser(schema) : null, tally: new LineTally(found.lineBreak), width, rows: 0 };
    feed(found.rest);
  };

  for await (const text of textChunks(file, options)) {
    if (reading.current.sink !== null) {
      feed(text);
      continue;
    }
    head += text;
    const found = preamble(head, options.headerRow, false);
    if (found !== null) {
      start(found);
      head = '';
    }
  }
  if (reading.current.sink === null) start(preamble(head, options.headerRow, true) ?? { header: [], rest: '', lineBreak: '\n' });
  feed('', true);
  const done = reading.current;
  if (done.sink === null) throw new NeedsFullParser();
  // Parsing ends only when the rows are all read: end() flushes a last row without a line break.
  done.parser?.end();
  if (done.rows !== done.tally.rows()) throw new NeedsFullParser();
  return done.sink.end();
}

/**
 * The full pass: papaparse's RFC 4180 parser, which takes rows of any width and line breaks inside
 * quoted fields, fed the same chunks; the part of a row cut off by a chunk's end waits for the next.
 */
async function fullPass<T>(file: Blob, options: CsvRowStreamOptions, begin: (header: readonly string[]) => CsvRowSink<T>): Promise<T> {
  let lineBreak: LineBreak | null = null;
  let partial = '';
  let line = 0;
  let width = 0;
  let sink: CsvRowSink<T> | null = null;
  const take = (text: string, last: boolean): void => {
    const aggregate = partial + text;
    lineBreak ??= lineBreakOf(aggregate, last || aggregate.length >= CHUNK_BYTES);
    if (lineBreak === null) {
      partial = aggregate;
      return;
    }
    const parsed: Papa.ParseResult<string[]> = new Papa.Parser({ delimiter: ',', newline: lineBreak, quoteChar: '"' }).parse(aggregate, 0, !last);
    partial = last ? '' : aggregate.slice(parsed.meta.cursor);
    for (const row of parsed.data) {
      // A blank line is one empty field; it is not a row, as in the fast pass.
      if (row.length === 1 && row[0] === '') continue;
      if (line === options.headerRow) {
        width = row.length;
        sink = begin(row);
      } else if (line > options.headerRow) sink?.row(row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row);
      line += 1;
    }
  };
  for await (const text of textChunks(file, options)) take(text, false);
  take('', true);
  return (sink ?? begin([])).end();
}

/**
 * Streams a CSV file's rows after its header row into a sink, without keeping any row: memory stays
 * at one chunk however large the file. `begin` is given the header row and returns where the rows
 * go; blank lines are skipped, and a row shorter than the header is filled out with empty fields
 * (as uDSV gives it). Well-formed files (every row as wide as the header, no line break
 * inside a field) take uDSV's fast pass; any other file is read again, from the start and into a
 * new sink, by papaparse's full parser, so the result is the same either way.
 */
export async function streamCsvRows<T>(file: Blob, options: CsvRowStreamOptions, begin: (header: readonly string[]) => CsvRowSink<T>): Promise<T> {
  try {
    return await fastPass(file, options, begin);
  } catch (error) {
    if (!(error instanceof NeedsFullParser)) throw error;
    return fullPass(file, options, begin);
  }
}
