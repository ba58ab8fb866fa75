import { parseWresInput, type WresInputJson } from '../../../src/domain/wres';

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
  const result = parseWresInput(data);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((error) => error.message);
}

function withChange(change: (copy: Record<string, any>) => void): unknown {
  const copy = structuredClone(valid) as Record<string, any>;
  change(copy);
  return copy;
}

describe('parseWresInput', () => {
  test('accepts a valid input and fills in Unknown as 0', () => {
    const result = parseWresInput(valid);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.indicator2?.appointed).toEqual({ white: 10, bme: 8, unknown: 0 });
      expect(result.value.indicator1?.rows[0]?.unknown).toBe(0);
    }
  });

  test('accepts the smallest input: no indicators at all', () => {
    expect(parseWresInput({ schemaVersion: 1, organisation: { name: 'X', odsCode: '8A718' }, year: 2015 }).ok).toBe(true);
  });

  test.each([
    ['appointed above shortlisted', (c: any) => (c.indicator2.appointed.bme = 45), ['indicator2.appointed.bme (45) is more than indicator2.shortlisted.bme (40)']],
    ['unknown appointed above unknown shortlisted', (c: any) => (c.indicator2.appointed.unknown = 3), ['indicator2.appointed.unknown (3) is more than indicator2.shortlisted.unknown (2)']],
    ['entered above headcount', (c: any) => (c.indicator3.entered.white = 101), ['indicator3.entered.white (101) is more than indicator3.headcount.white (100)']],
    ['previous year entered above headcount', (c: any) => (c.indicator3.previousYear.entered.bme = 46), ['indicator3.previousYear.entered.bme (46) is more than indicator3.previousYear.headcount.bme (45)']],
    ['accessed above headcount', (c: any) => (c.indicator4.accessed.bme = 51), ['indicator4.accessed.bme (51) is more than indicator4.headcount.bme (50)']],
    ['negative count', (c: any) => (c.indicator2.shortlisted.white = -3), ['indicator2.shortlisted.white must be at least 0 (got -3)']],
    ['fractional count', (c: any) => (c.indicator4.headcount.white = 10.5), ['indicator4.headcount.white must be a whole number (got 10.5)']],
    ['count as text', (c: any) => (c.indicator4.headcount.white = '100'), ['indicator4.headcount.white must be a number (got "100")']],
    ['percent above 100', (c: any) => (c.indicator5.bme = 100.1), ['indicator5.bme must be at most 100 (got 100.1)']],
    ['missing organisation name', (c: any) => delete c.organisation.name, ['organisation.name is required']],
    ['blank organisation name', (c: any) => (c.organisation.name = '  '), ['organisation.name must be at least 1 character(s) long']],
    ['lower-case ODS code', (c: any) => (c.organisation.odsCode = 'rxx'), ['organisation.odsCode must be 3 to 10 capital letters or digits, e.g. "RXX" (got "rxx")']],
    ['wrong schema version', (c: any) => (c.schemaVersion = 2), ['schemaVersion must be 1 (got 2)']],
    ['year before WRES', (c: any) => (c.year = 2014), ['year must be at least 2015 (got 2014)']],
    ['misspelt field', (c: any) => (c.indicator2.shortlised = {}), ['indicator2.shortlised is not a recognised field']],
    ['unknown indicator', (c: any) => (c.indicator10 = {}), ['indicator10 is not a recognised field']],
    ['bad staff group', (c: any) => (c.indicator1.rows[0].staffGroup = 'nursing'), ['indicator1.rows[0].staffGroup must be one of "non-clinical", "clinical", "medical-dental" (got "nursing")']],
    ['empty rows', (c: any) => (c.indicator1.rows = []), ['indicator1.rows must have at least 1 item(s)']],
    [
      'band outside its staff group',
      (c: any) => (c.indicator1.rows[0].band = 'Consultant'),
      ['indicator1.rows[0].band ("Consultant") is not a band of clinical staff: use one of Band 1, Band 2, Band 3, Band 4, Band 5, Band 6, Band 7, Band 8a, Band 8b, Band 8c, Band 8d, Band 9, VSM'],
    ],
    [
      'duplicate row',
      (c: any) => c.indicator1.rows.push({ staffGroup: 'clinical', band: 'Band 5', white: 1, bme: 1 }),
      ['indicator1.rows[1] repeats clinical Band 5, already given in indicator1.rows[0]'],
    ],
  ])('%s', (_name, change, messages) => {
    expect(errorsFor(withChange(change))).toEqual(messages);
  });

  test('the same band in two staff groups is allowed', () => {
    expect(parseWresInput(withChange((c) => c.indicator1.rows.push({ staffGroup: 'non-clinical', band: 'Band 5', white: 1, bme: 0 }))).ok).toBe(true);
  });

  test('reports every problem at once, with paths', () => {
    const result = parseWresInput(withChange((c) => {
      c.indicator2.appointed.white = 41;
      c.indicator4.accessed.white = 101;
      c.year = 'last year';
    }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => error.path)).toEqual(['year', 'indicator2.appointed.white', 'indicator4.accessed.white']);
    }
  });

  test.each([null, 42, 'text', []])('rejects %p as a whole', (data) => {
    expect(errorsFor(data)[0]).toMatch(/^\(input\) must be an object/);
  });
});
