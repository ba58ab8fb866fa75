import fc from 'fast-check';
import { blankTemplateRows, wresInputToTemplateRows } from '../../../src/domain/exports';
import { fieldRowsToObject, parseWresInput } from '../../../src/domain/wres';
import { fieldInWords, indicator1RowName, messageInWords, rowNamerOfFields, rowNamerOfInput } from '../../../src/domain/wres/field-words';
import { wresInputs } from '../exports/arbitraries';

const named = (index: number) => (index === 3 ? 'Non-clinical Band 5' : undefined);

describe('a field path in words', () => {
  test.each([
    ['schemaVersion', 'Schema version'],
    ['organisation', 'Organisation'],
    ['organisation.name', 'Organisation name'],
    ['organisation.odsCode', 'ODS code'],
    ['organisation.other', 'Organisation, "other"'],
    ['year', 'Report year'],
    ['(input)', 'The file'],
    ['indicator1', 'Indicator 1'],
    ['indicator1.rows', 'Indicator 1, pay bands'],
    ['indicator1.rows[0]', 'Indicator 1, row 1'],
    ['indicator1.rows[3]', 'Indicator 1, Non-clinical Band 5'],
    ['indicator1.rows[3].staffGroup', 'Indicator 1, Non-clinical Band 5, staff group'],
    ['indicator1.rows[3].band', 'Indicator 1, Non-clinical Band 5, band'],
    ['indicator1.rows[3].white', 'Indicator 1, Non-clinical Band 5, White'],
    ['indicator1.rows.3.bme', 'Indicator 1, Non-clinical Band 5, BME'],
    ['indicator1.rows[1].unknown', 'Indicator 1, row 2, Unknown'],
    ['indicator2.shortlisted.white', 'Indicator 2, Shortlisted, White'],
    ['indicator2.appointed.bme', 'Indicator 2, Appointed, BME'],
    ['indicator3.headcount.unknown', 'Indicator 3, Headcount, Unknown'],
    ['indicator3.entered.white', 'Indicator 3, Entered the formal disciplinary process, White'],
    ['indicator3.previousYear.headcount.bme', 'Indicator 3, Year before, Headcount, BME'],
    ['indicator3.previousYear.entered.bme', 'Indicator 3, Year before, Entered the formal disciplinary process, BME'],
    ['indicator4.headcount.white', 'Indicator 4, Headcount, White'],
    ['indicator4.accessed.bme', 'Indicator 4, Accessed non-mandatory training or CPD, BME'],
    ['indicator5.white', 'Indicator 5, White'],
    ['indicator6.bme', 'Indicator 6, BME'],
    ['indicator7.whiteRespondents', 'Indicator 7, White respondents'],
    ['indicator8.bmeRespondents', 'Indicator 8, BME respondents'],
    ['indicator9.boardVoting.white', 'Indicator 9, Voting board members, White'],
    ['indicator9.boardNonVoting.bme', 'Indicator 9, Non-voting board members, BME'],
    ['indicator9.boardExecutive.unknown', 'Indicator 9, Executive board members, Unknown'],
    ['indicator9.workforce.white', 'Indicator 9, Workforce, White'],
    ['indicator2.typo', 'Indicator 2, "typo"'],
    ['nonsense', '"nonsense"'],
    ['[0]', '"[0]"'],
    ['year.extra', 'Report year, "extra"'],
  ])('%s is "%s"', (path, words) => {
    expect(fieldInWords(path, named)).toBe(words);
  });

  test.each([
    ['non-clinical', 'Band 5', 'Non-clinical Band 5'],
    ['clinical', 'VSM', 'Clinical VSM'],
    ['medical-dental', 'Consultant', 'Medical and dental Consultant'],
    ['other', 'Band 2', 'other Band 2'],
    [undefined, 'Band 2', 'Band 2'],
    ['clinical', undefined, undefined],
    ['clinical', '  ', undefined],
  ])('a row of staff group %s and band %s is named %s', (staffGroup, band, name) => {
    expect(indicator1RowName(staffGroup, band)).toBe(name);
  });
});

describe('a validation message in words', () => {
  test.each([
    ['indicator2.shortlisted.white must be a number (got "lots")', 'Indicator 2, Shortlisted, White: must be a number (got "lots")'],
    ['indicator4.headcount.bme must be at least 0 (got -3)', 'Indicator 4, Headcount, BME: must be at least 0 (got -3)'],
    [
      'indicator2.appointed.bme (45) is more than indicator2.shortlisted.bme (40)',
      'Indicator 2, Appointed, BME: 45 is more than Indicator 2, Shortlisted, BME (40)',
    ],
    ['indicator1.rows[3].white is required', 'Indicator 1, Non-clinical Band 5, White: required, but not given'],
    ['organisation is required', 'Organisation: required, but not given'],
    ['year must be at least 2015 (got 1990)', 'Report year: must be at least 2015 (got 1990)'],
    [
      'organisation.odsCode must be 3 to 10 capital letters or digits, e.g. "RXX" (got "x")',
      'ODS code: must be 3 to 10 capital letters or digits, e.g. "RXX" (got "x")',
    ],
    ['indicator9.boardVoting.white (row 8) is given more than once (row 6)', 'Indicator 9, Voting board members, White: row 8 is given more than once (row 6)'],
    [
      'indicator1.rows[0] repeats clinical Band 5, already given in indicator1.rows[3]',
      'Indicator 1, row 1: repeats clinical Band 5, already given in Indicator 1, Non-clinical Band 5',
    ],
    [
      'indicator2.shortlisted (row 4) clashes with another field: indicator2.shortlisted is both a value and a group of fields',
      'Indicator 2, Shortlisted: row 4 clashes with another field: Indicator 2, Shortlisted is both a value and a group of fields',
    ],
    ['indicator2.foo is not a recognised field', 'Indicator 2, "foo": is not a recognised field'],
    ['(input) must be an object (got "x")', 'The file: must be an object (got "x")'],
    ['"hello" (row 3) is not a field path such as indicator2.shortlisted.white', '"hello" (row 3) is not a field path such as indicator2.shortlisted.white'],
  ])('%s', (message, words) => {
    expect(messageInWords(message, named)).toBe(words);
  });
});

describe("naming indicator 1's rows", () => {
  test('from a file of field rows, by the staff group and band each row gives', () => {
    const name = rowNamerOfFields([
      { field: 'indicator1.rows[0].staffGroup', value: 'clinical' },
      { field: 'indicator1.rows[0].band', value: 'Band 6' },
      { field: 'indicator1.rows.1.band', value: 'Band 7' },
      { field: 'indicator1.rows[2].staffGroup', value: 'clinical' },
      { field: 'indicator2.shortlisted.white', value: '3' },
    ]);
    expect([0, 1, 2, 3].map(name)).toEqual(['Clinical Band 6', 'Band 7', undefined, undefined]);
  });

  test('from a JSON input as given, whatever its shape', () => {
    const name = rowNamerOfInput({
      indicator1: { rows: [{ staffGroup: 'medical-dental', band: 'Consultant' }, { band: 7 }, null, { staffGroup: 'clinical' }] },
    });
    expect([0, 1, 2, 3, 4].map(name)).toEqual(['Medical and dental Consultant', undefined, undefined, undefined, undefined]);
    for (const data of [null, 'x', {}, { indicator1: null }, { indicator1: { rows: 'x' } }]) expect(rowNamerOfInput(data)(0)).toBeUndefined();
  });
});

/** What the words begin with: the indicator, or one of the year's own fields. */
const nameOf = (indicator: string | undefined) =>
  indicator === undefined ? '(Schema version|Organisation|Organisation name|ODS code|Report year|The file)' : `Indicator ${indicator}`;

describe('every problem the validator finds names its indicator in words', () => {
  const BAD_VALUES = ['lots', '-3', '1.5', '101', ''];

  test('for every field of the blank template', () => {
    for (const row of blankTemplateRows()) {
      const indicator = /^indicator([1-9])/.exec(row.field)?.[1];
      const words = fieldInWords(row.field);
      expect(words).toMatch(new RegExp(`^${nameOf(indicator)}(, |$)`));
      expect(words).not.toMatch(/indicator\d|\[\d+\]|\./);
    }
  });

  test('for any valid year with one field spoilt', () => {
    fc.assert(
      fc.property(wresInputs, fc.nat(), fc.constantFrom(...BAD_VALUES), (input, which, bad) => {
        const rows = wresInputToTemplateRows(input).map((row) => ({ field: row.field, value: row.value === null ? '' : String(row.value) }));
        const spoilt = rows.map((row, i) => (i === which % rows.length ? { ...row, value: bad } : row));
        const built = fieldRowsToObject(spoilt);
        if (!built.ok) return;
        const parsed = parseWresInput(built.value);
        if (parsed.ok) return;
        const name = rowNamerOfFields(spoilt);
        for (const error of parsed.errors) {
          const indicator = /^indicator([1-9])/.exec(error.path)?.[1];
          const words = messageInWords(error.message, name);
          expect(fieldInWords(error.path, name)).toMatch(new RegExp(`^${nameOf(indicator)}(, |$)`));
          expect(words).toMatch(new RegExp(`^${nameOf(indicator)}[,:]`));
          // No field path is left in the words (the rule may quote a value, never a path).
          expect(words).not.toMatch(/\bindicator[1-9][.[]|organisation\.|\[\d+\]/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
