import fc from 'fast-check';
import { blankTemplateRows, templateGuidance, templateTable, wresInputToTemplateRows } from '../../../src/domain/exports';
import { fieldRowsToObject, parseWresInput } from '../../../src/domain/wres';
import { readFileSync } from 'node:fs';
import { okValue } from '../support/validated';
import { wresInputs } from './arbitraries';

const toFieldRows = (rows: ReturnType<typeof wresInputToTemplateRows>) =>
  rows.map((row) => ({ field: row.field, value: row.value === null ? '' : String(row.value) }));

describe('the year template', () => {
  test('the example year is written exactly as docs/wres-input.example.csv', () => {
    const example = okValue(parseWresInput(JSON.parse(readFileSync('docs/wres-input.example.json', 'utf8'))));
    const csv = readFileSync('docs/wres-input.example.csv', 'utf8').trim().split('\n').slice(1);
    expect(toFieldRows(wresInputToTemplateRows(example)).map((row) => `${row.field},${row.value}`)).toEqual(csv);
  });

  test('any valid year read back from its rows is identical', () => {
    fc.assert(
      fc.property(wresInputs, (input) => {
        const back = okValue(parseWresInput(okValue(fieldRowsToObject(toFieldRows(wresInputToTemplateRows(input))))));
        expect(back).toEqual(input);
      }),
      { numRuns: 200 },
    );
  });

  test('the blank template names every field, with staff groups and bands filled in, and reads back as "required" problems only', () => {
    const rows = blankTemplateRows();
    expect(rows[0]).toEqual({ field: 'schemaVersion', value: 1 });
    expect(rows.filter((row) => row.field.endsWith('.band'))).toHaveLength(30);
    expect(rows.find((row) => row.field === 'indicator1.rows[29].band')?.value).toBe('Other');
    for (const field of [
      'indicator3.previousYear.entered.unknown',
      'indicator8.bmeRespondents',
      'indicator9.boardExecutive.white',
      'indicator9.workforce.unknown',
    ]) {
      expect(rows.find((row) => row.field === field)).toEqual({ field, value: null });
    }
    const errors = parseWresInput(okValue(fieldRowsToObject(toFieldRows(rows))));
    expect(errors.ok).toBe(false);
  });

  test('every field of the blank template has guidance', () => {
    expect(blankTemplateRows().filter((row) => templateGuidance(row.field) === '')).toEqual([]);
  });

  test.each([
    ['indicator1.rows[3].bme', 'Indicator 1: headcount in this band at 31 March, BME. Enter 0 where there is no one.'],
    ['indicator3.previousYear.entered.white', 'Indicator 3: staff entering a formal disciplinary investigation the year before, White.'],
    ['indicator3.headcount.unknown', 'Indicator 3: headcount, ethnicity unknown (leave blank for 0).'],
    ['indicator7.whiteRespondents', 'Indicator 7 (Staff Survey): number of White respondents (optional).'],
    ['nonsense', ''],
  ])('guidance for %s', (field, text) => {
    expect(templateGuidance(field)).toBe(text);
  });

  test('the table names each field in words, then its value, path and guidance, and neutralises text', () => {
    const table = templateTable(
      [
        { field: 'organisation.name', value: '=Trust' },
        { field: 'year', value: null },
        { field: 'indicator1.rows[0].staffGroup', value: 'clinical' },
        { field: 'indicator1.rows[0].band', value: 'Band 5' },
        { field: 'indicator1.rows[0].white', value: 12 },
      ],
      'WRES 2024',
    );
    expect(table).toEqual({
      name: 'WRES 2024',
      rows: [
        ['Item', 'Value', 'Field', 'Guidance'],
        ['Organisation name', "'=Trust", 'organisation.name', "The organisation's name."],
        ['Report year', null, 'year', 'WRES report year: the workforce at 31 March of this year, e.g. 2024.'],
        ['Indicator 1, Clinical Band 5, staff group', 'clinical', 'indicator1.rows[0].staffGroup', 'Indicator 1: non-clinical, clinical or medical-dental.'],
        [
          'Indicator 1, Clinical Band 5, band',
          'Band 5',
          'indicator1.rows[0].band',
          'Indicator 1: AfC band (Band 1 to Band 9, Band 8a to 8d, VSM) or, for medical-dental, the grade.',
        ],
        [
          'Indicator 1, Clinical Band 5, White',
          12,
          'indicator1.rows[0].white',
          'Indicator 1: headcount in this band at 31 March, White. Enter 0 where there is no one.',
        ],
      ],
    });
  });
});
