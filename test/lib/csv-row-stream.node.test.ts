import fc from 'fast-check';
import Papa from 'papaparse';
import { type CsvRowSink, streamCsvRows } from '../../src/lib/files/csv-row-stream';

interface Read {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Collects what the stream gives, and how many times it began (twice when the fast pass gave way to papaparse). */
async function read(text: string, headerRow: number, chunkBytes?: number): Promise<Read & { readonly begun: number }> {
  let begun = 0;
  const result = await streamCsvRows(new Blob([text]), { headerRow, chunkBytes }, (header): CsvRowSink<Read> => {
    begun += 1;
    const rows: string[][] = [];
    return { row: (cells) => rows.push([...cells]), end: () => ({ header: [...header], rows }) };
  });
  return { ...result, begun };
}

/** What papaparse makes of the whole text at once, short rows filled out to the header's width: the reference the stream must agree with. */
function wholeText(text: string, headerRow: number): Read {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const header = rows[headerRow] ?? [];
  return { header, rows: rows.slice(headerRow + 1).map((row) => [...row, ...Array<string>(Math.max(0, header.length - row.length)).fill('')]) };
}

const ESR = [
  'Staff in Post - Synthetic Extract at 31/03/2026',
  'Employee Number,Full Name,Ethnic Origin,Pay Band',
  'SYN1,"Synthetic, Person 1",A White - British,Band 5',
  'SYN2,"Synthetic ""Sam"" Person 2",,Band 6',
  '',
  'SYN3,Synthetic Person 3,H Asian or Asian British - Indian,"Band 8a"',
];

test.each([
  ['LF', '\n'],
  ['CRLF', '\r\n'],
])('a well-formed extract (%s line breaks) is read in one pass: header found below its title, quotes undone, blank lines skipped', async (_name, lineBreak) => {
  const got = await read(ESR.join(lineBreak) + lineBreak, 1);
  expect(got.begun).toBe(1);
  expect(got.header).toEqual(['Employee Number', 'Full Name', 'Ethnic Origin', 'Pay Band']);
  expect(got.rows).toEqual([
    ['SYN1', 'Synthetic, Person 1', 'A White - British', 'Band 5'],
    ['SYN2', 'Synthetic "Sam" Person 2', '', 'Band 6'],
    ['SYN3', 'Synthetic Person 3', 'H Asian or Asian British - Indian', 'Band 8a'],
  ]);
});

test.each([
  ['a short row', 'a,b,c\n1,2\n3,4,5\n'],
  ['a short row ending in quotes', 'a,b,c\n1,"2"\n3,4,"5, 6"\n'],
  ['a long row', 'a,b,c\n1,2,3,4\n5,6,7\n'],
  ['a line break inside quotes', 'a,b,c\n1,"two\nlines",3\n4,5,6\n'],
  ['a short last row with no line break', 'a,b,c\n1,2,3\nTotal 1'],
])('%s is read again by the full parser, with the same rows papaparse reads', async (_name, text) => {
  const got = await read(text, 0);
  expect(got.begun).toBe(2);
  expect({ header: got.header, rows: got.rows }).toEqual(wholeText(text, 0));
});

test('a file without the header row gives an empty header and no rows', async () => {
  expect(await read('only,one\n', 3)).toEqual({ header: [], rows: [], begun: 1 });
  expect(await read('', 0)).toEqual({ header: [], rows: [], begun: 1 });
});

test('progress is reported in bytes, and an aborted read stops with the reason', async () => {
  const text = `a,b\n${'1,2\n'.repeat(1000)}`;
  const seen: number[] = [];
  await streamCsvRows(new Blob([text]), { headerRow: 0, chunkBytes: 1000, onProgress: (bytes) => seen.push(bytes) }, () => ({
    row: () => undefined,
    end: () => null,
  }));
  expect(seen).toEqual([1000, 2000, 3000, 4000, 4004]);

  const controller = new AbortController();
  const reading = streamCsvRows(
    new Blob([text]),
    { headerRow: 0, chunkBytes: 100, signal: controller.signal, onProgress: () => controller.abort(new Error('Cancelled.')) },
    () => ({
      row: () => undefined,
      end: () => null,
    }),
  );
  await expect(reading).rejects.toThrow('Cancelled.');
});

const cell = fc.oneof(
  fc.constantFrom('', 'A', 'Band 5', 'x"y', 'a,b', 'two\nlines', 'cr\r\nlf', '£é', ' '),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é'), maxLength: 6 }),
);
const quoted = (value: string): string => (/[",\r\n]/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value);

test('any table, with any chunk size, reads as papaparse reads the whole text', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 4 }),
      fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 12 }),
      fc.constantFrom('\n', '\r\n'),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 1, max: 40 }),
      fc.boolean(),
      async (width, body, lineBreak, headerRow, chunkBytes, finalBreak) => {
        const header = Array.from({ length: width }, (_, i) => `col ${i}`);
        const lines = [...Array.from({ length: headerRow }, (_, i) => `Title ${i}`), header.join(','), ...body.map((row) => row.map(quoted).join(','))];
        const text = lines.join(lineBreak) + (finalBreak ? lineBreak : '');
        const got = await read(text, headerRow, chunkBytes);
        expect({ header: got.header, rows: got.rows }).toEqual(wholeText(text, headerRow));
      },
    ),
    { numRuns: 300 },
  );
});
