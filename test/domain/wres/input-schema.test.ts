import { parseWresInput, type WresInputJson } from '../../../src/domain/wres';
import { type Json, withField, withItem, withoutField } from '../support/json-path';
import { errorsOf, okValue } from '../support/validated';

const valid: WresInputJson = {
  schemaVersion: 1,
  organisation: { name: 'Demo NHS Trust', odsCode: 'RXX' },
  year: 2024,
  indicator1: { rows: [{ staffGroup: 'clinical', band: 'Band 5', white: 10, bme: 5 }] },
  indicator2: { shortlisted: { white: 40, bme: 40, unknown: 2 }, appointed: { white: 10, bme: 8 } },
  indicator3: {
    headcount: { white: 100, bme: 50 },
    entered: { white: 3, bme: 2 },
    previousYear: { headcount: { white: 90, bme: 45 }, entered: { white: 1, bme: 1 } },
  },
  indicator4: { headcount: { white: 100, bme: 50 }, accessed: { white: 30, bme: 20 } },
  indicator5: { white: 20.5, bme: 25, whiteRespondents: 300, bmeRespondents: 90 },
  indicator9: { boardVoting: { white: 10, bme: 2 } },
};

function errorsFor(data: unknown): string[] {
  return errorsOf(parseWresInput(data)).map((error) => error.message);
}

const set = (path: readonly (string | number)[], to: Json) => () => withField(valid, path, to);

describe('parseWresInput', () => {
  test('accepts a valid input and fills in Unknown as 0', () => {
    const value = okValue(parseWresInput(valid));
    expect(value.indicator2?.appointed).toEqual({ white: 10, bme: 8, unknown: 0 });
    expect(value.indicator1?.rows[0]?.unknown).toBe(0);
  });

  test('accepts the smallest input: no indicators at all', () => {
    expect(parseWresInput({ schemaVersion: 1, organisation: { name: 'X', odsCode: '8A718' }, year: 2015 }).ok).toBe(true);
  });

  test.each([
    [
      'appointed above shortlisted',
      set(['indicator2', 'appointed', 'bme'], 45),
      ['indicator2.appointed.bme (45) is more than indicator2.shortlisted.bme (40)'],
    ],
    [
      'unknown appointed above unknown shortlisted',
      set(['indicator2', 'appointed', 'unknown'], 3),
      ['indicator2.appointed.unknown (3) is more than indicator2.shortlisted.unknown (2)'],
    ],
    ['entered above headcount', set(['indicator3', 'entered', 'white'], 101), ['indicator3.entered.white (101) is more than indicator3.headcount.white (100)']],
    [
      'previous year entered above headcount',
      set(['indicator3', 'previousYear', 'entered', 'bme'], 46),
      ['indicator3.previousYear.entered.bme (46) is more than indicator3.previousYear.headcount.bme (45)'],
    ],
    ['accessed above headcount', set(['indicator4', 'accessed', 'bme'], 51), ['indicator4.accessed.bme (51) is more than indicator4.headcount.bme (50)']],
    ['negative count', set(['indicator2', 'shortlisted', 'white'], -3), ['indicator2.shortlisted.white must be at least 0 (got -3)']],
    ['fractional count', set(['indicator4', 'headcount', 'white'], 10.5), ['indicator4.headcount.white must be a whole number (got 10.5)']],
    ['count as text', set(['indicator4', 'headcount', 'white'], '100'), ['indicator4.headcount.white must be a number (got "100")']],
    ['percent above 100', set(['indicator5', 'bme'], 100.1), ['indicator5.bme must be at most 100 (got 100.1)']],
    ['missing organisation name', () => withoutField(valid, ['organisation', 'name']), ['organisation.name is required']],
    ['blank organisation name', set(['organisation', 'name'], '  '), ['organisation.name must be at least 1 character(s) long']],
    [
      'lower-case ODS code',
      set(['organisation', 'odsCode'], 'rxx'),
      ['organisation.odsCode must be 3 to 10 capital letters or digits, e.g. "RXX" (got "rxx")'],
    ],
    ['wrong schema version', set(['schemaVersion'], 2), ['schemaVersion must be 1 (got 2)']],
    ['year before WRES', set(['year'], 2014), ['year must be at least 2015 (got 2014)']],
    ['misspelt field', set(['indicator2', 'shortlised'], {}), ['indicator2.shortlised is not a recognised field']],
    ['unknown indicator', set(['indicator10'], {}), ['indicator10 is not a recognised field']],
    [
      'bad staff group',
      set(['indicator1', 'rows', 0, 'staffGroup'], 'nursing'),
      ['indicator1.rows[0].staffGroup must be one of "non-clinical", "clinical", "medical-dental" (got "nursing")'],
    ],
    ['empty rows', set(['indicator1', 'rows'], []), ['indicator1.rows must have at least 1 item(s)']],
    [
      'band outside its staff group',
      set(['indicator1', 'rows', 0, 'band'], 'Consultant'),
      [
        'indicator1.rows[0].band ("Consultant") is not a band of clinical staff: use one of Band 1, Band 2, Band 3, Band 4, Band 5, Band 6, Band 7, Band 8a, Band 8b, Band 8c, Band 8d, Band 9, VSM',
      ],
    ],
    [
      'duplicate row',
      () => withItem(valid, ['indicator1', 'rows'], { staffGroup: 'clinical', band: 'Band 5', white: 1, bme: 1 }),
      ['indicator1.rows[1] repeats clinical Band 5, already given in indicator1.rows[0]'],
    ],
  ])('%s', (_name, changed, messages) => {
    expect(errorsFor(changed())).toEqual(messages);
  });

  test('the same band in two staff groups is allowed', () => {
    expect(parseWresInput(withItem(valid, ['indicator1', 'rows'], { staffGroup: 'non-clinical', band: 'Band 5', white: 1, bme: 0 })).ok).toBe(true);
  });

  test('reports every problem at once, with paths', () => {
    let data = withField(valid, ['indicator2', 'appointed', 'white'], 41);
    data = withField(data, ['indicator4', 'accessed', 'white'], 101);
    data = withField(data, ['year'], 'last year');
    expect(errorsOf(parseWresInput(data)).map((error) => error.path)).toEqual(['year', 'indicator2.appointed.white', 'indicator4.accessed.white']);
  });

  test.each([null, 42, 'text', []])('rejects %p as a whole', (data) => {
    expect(errorsFor(data)[0]).toMatch(/^\(input\) must be an object/);
  });
});
