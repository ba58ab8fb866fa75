import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { type WresInput, mergeYears, parseWresInput } from '../../../src/domain/wres';
import { parseCsvRows, tableToCsv } from '../../../src/lib/files/csv-format';
import { decodeText } from '../../../src/lib/files/decode-text';
import { tablesToXlsx, readXlsxRows } from '../../../src/lib/files/xlsx-format';
import {
  MAX_IMPORT_BYTES,
  type FileLike,
  type YearFileResult,
  blankTemplateCsvText,
  blankTemplateXlsxBytes,
  readYearFile,
  surveyTemplateTable,
  yearToCsvText,
  yearToXlsxBytes,
} from '../../../src/lib/files/wres-year-file';
import { wresInputs } from '../../domain/exports/arbitraries';

const example = (() => {
  const parsed = parseWresInput(JSON.parse(readFileSync('docs/wres-input.example.json', 'utf8')));
  if (!parsed.ok) throw new Error('the example input is invalid');
  return parsed.value;
})();

async function fileOf(name: string, body: ArrayBuffer | Uint8Array | string | Promise<ArrayBuffer>): Promise<FileLike> {
  const awaited = await body;
  const bytes = typeof awaited === 'string' ? new TextEncoder().encode(awaited) : new Uint8Array(awaited);
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer };
}

const fixture = (name: string) => fileOf(name, new Uint8Array(readFileSync(`test/fixtures/imports/${name}`)));

function inputOf(result: YearFileResult): WresInput {
  if (!result.ok) throw new Error(`expected the file to read, got ${JSON.stringify(result.problems)}`);
  return result.input;
}

function problemsOf(result: YearFileResult) {
  if (result.ok) throw new Error('expected problems, but the file was accepted');
  return result.problems;
}

describe('round trip', () => {
  test('a year exported as XLSX and imported again is identical', async () => {
    const result = await readYearFile(await fileOf('wres-RXX-2024.xlsx', yearToXlsxBytes(example)));
    expect(inputOf(result)).toEqual(example);
    expect(result.ok && result.format).toBe('xlsx');
  });

  test('a year exported as CSV and imported again is identical', async () => {
    expect(inputOf(await readYearFile(await fileOf('wres-RXX-2024.csv', yearToCsvText(example))))).toEqual(example);
  });

  test('any valid year survives XLSX and CSV, including a name that looks like a formula', async () => {
    await fc.assert(
      fc.asyncProperty(wresInputs, fc.boolean(), async (input, formulaName) => {
        const year = formulaName ? { ...input, organisation: { ...input.organisation, name: '=HYPERLINK("http://x","y")' } } : input;
        expect(inputOf(await readYearFile(await fileOf('y.xlsx', yearToXlsxBytes(year))))).toEqual(year);
        expect(inputOf(await readYearFile(await fileOf('y.csv', yearToCsvText(year))))).toEqual(year);
      }),
      { numRuns: 25 },
    );
  });

  test('the exported CSV names each field in words first, then its value, path and guidance, as inert text', async () => {
    const text = yearToCsvText({ ...example, organisation: { name: '=HYPERLINK("http://x","y")', odsCode: 'RXX' } });
    const rows = parseCsvRows(text);
    expect(rows[0]).toEqual(['Item', 'Value', 'Field', 'Guidance']);
    expect(rows[2]).toEqual(['Organisation name', `'=HYPERLINK("http://x","y")`, 'organisation.name', "The organisation's name."]);
    expect(rows[7]).toEqual([
      'Indicator 1, Non-clinical Band 2, White',
      '420',
      'indicator1.rows[0].white',
      'Indicator 1: headcount in this band at 31 March, White. Enter 0 where there is no one.',
    ]);
  });

  test('a blank template filled in by its Items (CSV or XLSX) imports as the year it was filled with', async () => {
    // A person fills the Value column by reading each Item: the example's figures, and 0 for the bands it has no one in.
    const byItem = new Map(parseCsvRows(yearToCsvText(example)).map((row) => [row[0], row[1]]));
    const blank = parseCsvRows(blankTemplateCsvText());
    expect(blank[0]).toEqual(['Item', 'Value', 'Field', 'Guidance']);
    expect(blank.slice(1).filter((row) => /indicator\d|\[|\./.test(row[0] ?? ''))).toEqual([]);
    const countOfBand = /^indicator1\.rows\[\d+\]\.(white|bme|unknown)$/;
    const filled = blank.map((row, i) => {
      if (i === 0) return row;
      const value = byItem.get(row[0]) ?? (countOfBand.test(row[2] ?? '') ? '0' : (row[1] ?? ''));
      return [row[0] ?? '', value, row[2] ?? '', row[3] ?? ''];
    });
    const csv = filled.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\r\n');
    const xlsx = await tablesToXlsx([{ name: 'WRES template', rows: filled }]);
    for (const file of [await fileOf('filled.csv', csv), await fileOf('filled.xlsx', xlsx)]) {
      const { indicator1, ...rest } = inputOf(await readYearFile(file));
      const { indicator1: expected1, ...expectedRest } = example;
      expect(rest).toEqual(expectedRest);
      const given = indicator1?.rows.filter((row) => row.white + row.bme + row.unknown > 0);
      expect(given).toEqual(expect.arrayContaining(expected1?.rows ?? []));
      expect(given).toHaveLength(expected1?.rows.length ?? 0);
    }
  });

  test('the blank template in CSV and XLSX reads back as required fields, each on the row to fill in', async () => {
    for (const file of [await fileOf('t.csv', blankTemplateCsvText()), await fileOf('t.xlsx', blankTemplateXlsxBytes())]) {
      const problems = problemsOf(await readYearFile(file));
      expect(problems).toContainEqual({ row: 3, column: 'B', field: 'organisation', message: 'Organisation: required, but not given' });
      expect(problems).toContainEqual({
        row: 8,
        column: 'B',
        field: 'indicator1.rows[0].white',
        message: 'Indicator 1, Non-clinical Band 1, White: required, but not given',
      });
    }
  });
});

describe('bad files give a message naming the place', () => {
  test('wrong columns', async () => {
    expect(problemsOf(await readYearFile(await fixture('wrong-columns.csv')))).toEqual([
      {
        row: 1,
        column: null,
        field: null,
        message:
          'Row 1 has the columns "Band", "White", "BME", "Unknown", but a WRES year file has a Field column and a Value column: one row per field, as in the template.',
      },
    ]);
    const badHeader = await readYearFile(await fileOf('x.csv', 'field,count\nyear,2024\n'));
    expect(problemsOf(badHeader)[0]?.message).toMatch(/^Row 1 has the columns "field", "count"/);
  });

  test('text in a number cell', async () => {
    expect(problemsOf(await readYearFile(await fixture('text-in-number.csv')))).toEqual([
      { row: 6, column: 'B', field: 'indicator2.shortlisted.white', message: 'Indicator 2, Shortlisted, White: must be a number (got "lots")' },
    ]);
  });

  test('a negative count', async () => {
    expect(problemsOf(await readYearFile(await fixture('negative-count.csv')))).toEqual([
      { row: 7, column: 'B', field: 'indicator4.headcount.bme', message: 'Indicator 4, Headcount, BME: must be at least 0 (got -3)' },
    ]);
  });

  test('appointed greater than shortlisted', async () => {
    expect(problemsOf(await readYearFile(await fixture('appointed-over-shortlisted.csv')))).toEqual([
      { row: 9, column: 'B', field: 'indicator2.appointed.bme', message: 'Indicator 2, Appointed, BME: 45 is more than Indicator 2, Shortlisted, BME (40)' },
    ]);
  });

  test('an empty file, a file of blank lines and a header with nothing under it', async () => {
    expect(problemsOf(await readYearFile(await fixture('empty.csv')))).toEqual([{ row: null, column: null, field: null, message: 'empty.csv is empty.' }]);
    expect(problemsOf(await readYearFile(await fileOf('blank.csv', '\r\n\r\n')))[0]?.message).toBe('blank.csv is empty.');
    expect(problemsOf(await readYearFile(await fileOf('h.csv', 'field,value,guidance\n,,\n')))[0]?.message).toBe(
      'The file has a header but no fields: fill in the template and import it again.',
    );
    expect(problemsOf(await readYearFile(await fileOf('e.xlsx', tablesToXlsx([{ name: 'Empty', rows: [] }]))))[0]?.message).toBe(
      'The file is empty: there are no rows to read.',
    );
  });

  test('a file over 50 MB is refused before it is read', async () => {
    const reader = jest.fn(async () => new ArrayBuffer(0));
    const result = await readYearFile({ name: 'esr-extract.csv', size: MAX_IMPORT_BYTES + 1, arrayBuffer: reader });
    expect(problemsOf(result)[0]?.message).toBe(
      "esr-extract.csv is 50.0 MB; the largest file this page reads is 50 MB. A year's WRES counts fit in a few kilobytes: use the template.",
    );
    expect(reader).not.toHaveBeenCalled();
  });

  test('Windows-1252 is detected, read as such, and said so', async () => {
    const result = await readYearFile(await fixture('windows-1252.csv'));
    expect(inputOf(result).organisation.name).toBe('Hôpital Demo NHS Trust');
    expect(result.notes).toEqual([expect.stringMatching(/^windows-1252.csv is not UTF-8, so it was read as Windows-1252/)]);
    expect(decodeText(new TextEncoder().encode('\uFEFFfield'))).toEqual({ text: 'field', encoding: 'utf-8' });
  });

  test('duplicate rows', async () => {
    expect(problemsOf(await readYearFile(await fixture('duplicate-rows.csv')))).toEqual([
      {
        row: 8,
        column: 'A',
        field: 'indicator9.boardVoting.white',
        message: 'Indicator 9, Voting board members, White: row 8 is given more than once (row 6)',
      },
    ]);
  });

  test('a file of another type, a broken workbook and broken JSON', async () => {
    expect(problemsOf(await readYearFile(await fileOf('notes.txt', 'hello')))[0]?.message).toBe(
      'notes.txt is not a file this page reads: choose a .csv, .xlsx or .json file.',
    );
    expect(problemsOf(await readYearFile(await fileOf('fake.xlsx', 'field,value\n')))[0]?.message).toBe(
      'The file could not be opened as an Excel workbook (.xlsx).',
    );
    expect(problemsOf(await readYearFile(await fixture('truncated.json')))[0]?.message).toMatch(/^The file is not valid JSON: /);
  });
});

describe('JSON and headerless CSV', () => {
  test('a valid WresInput JSON file reads; an invalid one names each field', async () => {
    expect(inputOf(await readYearFile(await fileOf('y.json', JSON.stringify(example))))).toEqual(example);
    const problems = problemsOf(await readYearFile(await fileOf('y.json', JSON.stringify({ ...example, year: 1990 }))));
    expect(problems).toEqual([{ row: null, column: null, field: 'year', message: 'Report year: must be at least 2015 (got 1990)' }]);
    const rows = [{ staffGroup: 'clinical', band: 'Band 5', white: 'x', bme: 1 }];
    expect(problemsOf(await readYearFile(await fileOf('y.json', JSON.stringify({ ...example, indicator1: { rows } }))))).toEqual([
      { row: null, column: null, field: 'indicator1.rows[0].white', message: 'Indicator 1, Clinical Band 5, White: must be a number (got "x")' },
    ]);
  });

  test('a CSV without a header row reads from its first row; rows.0 paths are placed on their rows', async () => {
    const text =
      'schemaVersion,1\norganisation.name,Demo\norganisation.odsCode,RXX\nyear,2024\nindicator1.rows.0.staffGroup,clinical\nindicator1.rows.0.band,Band 99\nindicator1.rows.0.white,1\nindicator1.rows.0.bme,1\n';
    expect(problemsOf(await readYearFile(await fileOf('y.csv', text)))).toEqual([
      expect.objectContaining({
        row: 6,
        column: 'B',
        field: 'indicator1.rows[0].band',
        message: expect.stringMatching(/^Indicator 1, Clinical Band 99, band: "Band 99" is not a band of clinical staff/),
      }),
    ]);
  });
});

describe('workbooks', () => {
  test('formulas are read by their result, rich text and dates as text, and sheet names are made safe', async () => {
    const bytes = await tablesToXlsx([
      { name: 'A/very:long*sheet?name[that]goes on and on', rows: [['x', 1]] },
      { name: 'A/very:long*sheet?name[that]goes on and on', rows: [['y', 2]] },
    ]);
    const rows = await readXlsxRows(bytes);
    expect(rows).toEqual([{ row: 1, cells: ['x', '1'] }]);
    const excel = await import('exceljs');
    const workbook = new excel.Workbook();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['A very long sheet name that goe', 'A very long sheet name that 2']);
    const sheet = workbook.worksheets[0];
    sheet?.addRow([
      { formula: '1+1', result: 2 },
      { richText: [{ text: 'Band ' }, { text: '5' }] },
      new Date('2024-03-31T00:00:00Z'),
      true,
      { text: 'link', hyperlink: 'https://example.org' },
    ]);
    sheet?.addRow([{ formula: 'NOW()' }, { error: '#N/A' }]);
    const reread = await readXlsxRows((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(reread[1]).toEqual({ row: 2, cells: ['2', 'Band 5', '2024-03-31', 'true', 'link'] });
    expect(reread[2]).toEqual({ row: 3, cells: ['', ''] });
  });

  test('CSV text is neutralised and empty cells stay empty', () => {
    expect(tableToCsv({ name: 't', rows: [['a', null, -1, '@x']] })).toBe("a,,-1,'@x");
  });
});

describe('Staff Survey files', () => {
  const { indicator5: _5, indicator6: _6, indicator7: _7, indicator8: _8, ...withoutSurvey } = example;

  test("the Staff Survey template is set for a year, and imports as that year's survey figures", async () => {
    const table = surveyTemplateTable(withoutSurvey);
    expect(table.name).toBe('Staff Survey 2024');
    expect(table.rows.map((row) => row[2])).toEqual([
      'Field',
      'schemaVersion',
      'organisation.name',
      'organisation.odsCode',
      'year',
      ...[5, 6, 7, 8].flatMap((id) => [`indicator${id}.white`, `indicator${id}.bme`, `indicator${id}.whiteRespondents`, `indicator${id}.bmeRespondents`]),
    ]);
    expect(table.rows.slice(1, 5).map((row) => row[1])).toEqual([1, 'Demo NHS Trust', 'RXX', 2024]);
    const given: Readonly<Record<string, number>> = { 'indicator7.white': 58.3, 'indicator7.bme': 46.2 };
    const filled = { ...table, rows: table.rows.map((row) => row.map((cell, i) => (i === 1 ? (given[String(row[2])] ?? cell) : cell))) };
    const read = inputOf(await readYearFile(await fileOf('survey.csv', tableToCsv(filled))));
    expect(mergeYears(withoutSurvey, read)).toEqual({ ...withoutSurvey, indicator7: { white: 58.3, bme: 46.2 } });
    expect(surveyTemplateTable(example).rows.find((row) => row[2] === 'indicator5.white')?.[1]).toBe(27.1);
    expect(table.rows[5]?.[0]).toBe('Indicator 5, White');
    expect(surveyTemplateTable(undefined)).toEqual(expect.objectContaining({ name: 'Staff Survey' }));
    expect(surveyTemplateTable(undefined).rows[2]?.[1]).toBeNull();
  });
});
