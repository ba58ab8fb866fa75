/**
 * Our side of the benchmark: papaparse streams the file in chunks and each row goes straight into
 * the domain's streaming aggregator. Nothing of a row is kept once it has been counted.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { type StaffAggregate, type StaffRecord, createStaffAggregator } from '../src/domain/wres';

/** The extract's columns, found by name in the header row, so their order may change. */
const COLUMNS = {
  ethnicCode: 'ethnic_code',
  band: 'pay_band',
  staffGroup: 'staff_group',
  clinical: 'clinical',
  inWorkforce: 'in_workforce',
  shortlisted: 'shortlisted',
  appointed: 'appointed',
  enteredDisciplinary: 'disciplinary',
  accessedTraining: 'training',
  boardVoting: 'board_voting',
  boardExecutive: 'board_executive',
} as const;
type Column = keyof typeof COLUMNS;

/**
 * Bytes read per chunk. Measured on the 1.5-million-row file: 32–64 KiB parse fastest; larger
 * chunks make papaparse build bigger arrays per chunk, which costs more in garbage collection
 * (1 MiB: +35% time, +75 MB peak) than it saves in calls.
 */
export const CHUNK_BYTES = 64 * 1024;

/**
 * The file as a stream of UTF-8 text chunks, read synchronously one chunk at a time as papaparse
 * asks for more. This process does nothing else, so blocking reads (from the page cache, about
 * 60 ms for the whole file) cost less than fs.createReadStream's thread-pool round trip per
 * chunk, which measured about 75 ms more over 1.5 million rows. The decoder keeps a character
 * split across two reads whole. Memory stays at one chunk plus papaparse's partial line.
 */
export function fileTextChunks(file: string, chunkBytes = CHUNK_BYTES): Readable {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const decoder = new StringDecoder('utf8');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return new Readable({
    objectMode: true,
    highWaterMark: 1,
    read() {
      try {
        const bytes = readSync(fd, buffer, 0, chunkBytes, null);
        if (bytes > 0) {
          this.push(decoder.write(buffer.subarray(0, bytes)));
          return;
        }
        close();
        const rest = decoder.end();
        if (rest !== '') this.push(rest);
        this.push(null);
      } catch (error) {
        close();
        this.destroy(error as Error);
      }
    },
    destroy(error, callback) {
      close();
      callback(error);
    },
  });
}

function columnIndexes(header: readonly string[]): Record<Column, number> {
  const indexes = {} as Record<Column, number>;
  for (const [key, name] of Object.entries(COLUMNS) as [Column, string][]) {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(`the extract has no ${name} column (header: ${header.join(',')})`);
    indexes[key] = index;
  }
  return indexes;
}

/**
 * Streams `file` through papaparse into the aggregator. papaparse's fast path (split on commas
 * and newlines) is taken per chunk when the chunk holds no quote character, and its full
 * RFC 4180 parser otherwise, so a real ESR extract with quoted fields is still read correctly.
 * See {@link fileTextChunks} for how the file is read.
 */
export function aggregateWithPapaparse(file: string, chunkBytes = CHUNK_BYTES): Promise<StaffAggregate> {
  const aggregator = createStaffAggregator();
  // One record reused for every row: the aggregator keeps nothing of it, so no row allocates one.
  const record: { -readonly [K in keyof StaffRecord]: StaffRecord[K] } = {};
  let at: Record<Column, number> | null = null;
  let width = 0;
  let line = 0;
  let failure: Error | null = null;
  return new Promise((resolve, reject) => {
    const input = fileTextChunks(file, chunkBytes);
    Papa.parse<string[]>(input, {
      chunk(results, parser) {
        const rows = results.data;
        let i = 0;
        if (at === null) {
          const header = rows[0];
          if (header === undefined) return;
          at = columnIndexes(header);
          width = header.length;
          i = 1;
        }
        const c = at;
        for (; i < rows.length; i += 1) {
          const row = rows[i] as string[];
          line += 1;
          if (row.length !== width) {
            // papaparse gives a lone empty field for a blank line, such as the file's last.
            if (row.length === 1 && row[0] === '') continue;
            // Aborting makes papaparse call complete, which then rejects with this.
            failure = new Error(`row ${line} has ${row.length} fields, not ${width}`);
            parser.abort();
            return;
          }
          // Flags are compared as text: "1" is yes; anything else (0, blank) is no.
          record.ethnicCode = row[c.ethnicCode];
          record.band = row[c.band];
          record.staffGroup = row[c.staffGroup];
          record.clinical = row[c.clinical] === '1';
          record.inWorkforce = row[c.inWorkforce] === '1';
          record.shortlisted = row[c.shortlisted] === '1';
          record.appointed = row[c.appointed] === '1';
          record.enteredDisciplinary = row[c.enteredDisciplinary] === '1';
          record.accessedTraining = row[c.accessedTraining] === '1';
          record.boardVoting = row[c.boardVoting] === '1';
          record.boardExecutive = row[c.boardExecutive] === '1';
          aggregator.addRow(record);
        }
      },
      complete: () => {
        // Closes the file when parsing stopped early; a no-op after the last read.
        input.destroy();
        if (failure === null) resolve(aggregator.result());
        else reject(failure);
      },
      error: reject,
    });
  });
}
