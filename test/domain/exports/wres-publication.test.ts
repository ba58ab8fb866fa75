import fc from 'fast-check';
import { PUBLICATION_WRES_HEADER, SUPPRESSED, publicationWresTable, type Cell } from '../../../src/domain/exports';
import type { WresInput } from '../../../src/domain/wres';
import { g, input } from '../wres/build';
import { wresInputs } from './arbitraries';

const S = SUPPRESSED;
const byMeasure = (rows: readonly (readonly Cell[])[], indicator: string, measure: string) =>
  rows.find((row) => row[0] === indicator && row[1] === measure) as Cell[];

const example: WresInput = input({
  indicator1: {
    rows: [
      { staffGroup: 'clinical', band: 'Band 5', white: 700, bme: 520, unknown: 30 },
      { staffGroup: 'non-clinical', band: 'Band 9', white: 6, bme: 0, unknown: 0 },
      { staffGroup: 'non-clinical', band: 'Band 2', white: 420, bme: 140, unknown: 22 },
      { staffGroup: 'medical-dental', band: 'Consultant', white: 210, bme: 170, unknown: 8 },
    ],
  },
  indicator2: { shortlisted: g(1890, 1420, 64), appointed: g(412, 196, 9) },
  indicator3: { headcount: g(4489, 2041, 173), entered: g(28, 3, 1), previousYear: { headcount: g(4880, 2380, 190), entered: g(31, 22, 0) } },
  indicator4: { headcount: g(4489, 2041, 173), accessed: g(2100, 880, 60) },
  indicator5: { white: 27.1, bme: 29.8, whiteRespondents: 2150, bmeRespondents: 820 },
  indicator6: { white: 22.4, bme: 26.9 },
  indicator7: { white: 58.3, bme: 46.2, whiteRespondents: 2150, bmeRespondents: 4 },
  indicator9: { boardVoting: g(11, 2, 0), boardExecutive: g(5, 1, 0) },
});

describe('publicationWresTable: worked example', () => {
  const table = publicationWresTable(example, 5);
  const rows = table.rows;

  test('is named for the year and has the published columns', () => {
    expect(table.name).toBe('WRES data 2024');
    expect(rows[0]).toEqual(PUBLICATION_WRES_HEADER);
  });

  test('indicator 1: bands in staff-group and pay order; Band 9 (6, 0, 0) is hidden with the smallest count it could be worked back from', () => {
    expect(rows.slice(1, 5).map((row) => row[1])).toEqual(['Non-clinical: Band 2', 'Non-clinical: Band 9', 'Clinical: Band 5', 'Medical and dental: Consultant']);
    // Row: 0 and 0 are small; the row then has two hidden entries. Columns: BME and Unknown each
    // have one hidden cell, so the smallest other cell of each column is hidden too.
    expect(byMeasure(rows, '1', 'Non-clinical: Band 9')).toEqual(['1', 'Non-clinical: Band 9', 6, S, S, 6, S]);
    expect(byMeasure(rows, '1', 'Non-clinical: Band 2')).toEqual(['1', 'Non-clinical: Band 2', 420, S, S, 582, S]);
    expect(byMeasure(rows, '1', 'Clinical: Band 5')).toEqual(['1', 'Clinical: Band 5', 700, 520, 30, 1250, 41.6]);
    expect(byMeasure(rows, '1', 'All staff (BME % in Figure)')).toEqual(['1', 'All staff (BME % in Figure)', 1336, 830, 60, 2226, 37.3]);
    // The senior share is Band 9 alone here, whose BME count is hidden.
    expect(byMeasure(rows, '1', 'BME % of staff in bands 8a–9 and VSM')[6]).toBe(S);
  });

  test('indicator 2: nothing small, so everything is shown', () => {
    expect(byMeasure(rows, '2', 'Applicants shortlisted')).toEqual(['2', 'Applicants shortlisted', 1890, 1420, 64, 3374, null]);
    expect(byMeasure(rows, '2', 'Likelihood of appointment from shortlisting (%)')).toEqual(['2', 'Likelihood of appointment from shortlisting (%)', 21.8, 13.8, null, null, null]);
    expect(byMeasure(rows, '2', 'Relative likelihood, White ÷ BME')[6]).toBe(1.58);
  });

  test('indicator 3: 3 BME and 1 Unknown entered are hidden; BME likelihood and the ratio with them', () => {
    expect(byMeasure(rows, '3', 'Entered a formal disciplinary investigation')).toEqual(['3', 'Entered a formal disciplinary investigation', 28, S, S, 32, null]);
    expect(byMeasure(rows, '3', 'Entered a formal disciplinary investigation (previous year)')).toEqual(['3', 'Entered a formal disciplinary investigation (previous year)', 31, S, S, 53, null]);
    const likelihood = byMeasure(rows, '3', 'Likelihood of entering the formal disciplinary process (%)');
    expect(likelihood.slice(2, 4)).toEqual([0.6, S]);
    expect(byMeasure(rows, '3', 'Relative likelihood, BME ÷ White')[6]).toBe(S);
  });

  test('indicators 5–8: a percentage goes with a small respondent count, and the gap with it', () => {
    const i5 = rows.filter((row) => row[0] === '5');
    expect(i5[0]?.slice(2)).toEqual([27.1, 29.8, null, null, 2.7]);
    expect(i5[1]).toEqual(['5', 'Respondents', 2150, 820, null, null, null]);
    const i6 = rows.filter((row) => row[0] === '6');
    expect(i6).toHaveLength(1);
    expect(i6[0]?.slice(2)).toEqual([22.4, 26.9, null, null, 4.5]);
    const i7 = rows.filter((row) => row[0] === '7');
    expect(i7[0]?.slice(2)).toEqual([58.3, S, null, null, S]);
    expect(i7[1]?.slice(2, 4)).toEqual([2150, S]);
  });

  test('indicator 9: a board of 13 with 2 BME members shows only the total; the workforce comes from indicator 1', () => {
    expect(byMeasure(rows, '9', 'Voting board members (BME % in Figure)')).toEqual(['9', 'Voting board members (BME % in Figure)', 11, S, S, 13, S]);
    expect(byMeasure(rows, '9', 'Executive board members (BME % in Figure)')?.slice(2)).toEqual([5, S, S, 6, S]);
    expect(byMeasure(rows, '9', 'Voting board BME % minus workforce BME % (percentage points)')[6]).toBe(S);
    expect(rows.some((row) => row[1] === 'Workforce (BME % in Figure)')).toBe(false);
  });
});

describe('publicationWresTable: other shapes', () => {
  test('indicator 9 with its own workforce and no other indicators; the known-ethnicity reading uses White and BME', () => {
    const rows = publicationWresTable(input({ indicator9: { boardVoting: g(8, 6, 5), workforce: g(900, 300, 40) } }), 5, { percentDenominator: 'known-ethnicity' }).rows;
    expect(byMeasure(rows, '9', 'Voting board members (BME % in Figure)')).toEqual(['9', 'Voting board members (BME % in Figure)', 8, 6, 5, 19, 42.9]);
    expect(byMeasure(rows, '9', 'Workforce (BME % in Figure)')).toEqual(['9', 'Workforce (BME % in Figure)', 900, 300, 40, 1240, 25]);
    expect(byMeasure(rows, '9', 'Voting board BME % minus workforce BME % (percentage points)')[6]).toBe(17.9);
  });

  test('indicator 9 without a workforce anywhere has no difference to hide', () => {
    const rows = publicationWresTable(input({ indicator9: { boardVoting: g(8, 6, 5) } })).rows;
    expect(byMeasure(rows, '9', 'Voting board BME % minus workforce BME % (percentage points)')[6]).toBeNull();
  });

  test('a text cell that could run as a formula is neutralised', () => {
    const rows = publicationWresTable(input({ indicator2: { shortlisted: g(10, 10, 10), appointed: g(5, 5, 5) } })).rows;
    expect(rows.flat().some((cell) => typeof cell === 'string' && /^[=+\-@]/.test(cell))).toBe(false);
  });

  test('refuses a threshold below 1', () => {
    expect(() => publicationWresTable(input(), 0)).toThrow(RangeError);
  });
});

const COUNT_COLUMNS = [2, 3, 4, 5];
/** Rows of counts have a total (or are survey respondents); figure rows do not. */
const isCountRow = (row: readonly Cell[]) => row[5] !== null || row[1] === 'Respondents';

describe('publicationWresTable: properties', () => {
  test('no publication holds a count below the threshold', () => {
    fc.assert(
      fc.property(wresInputs, fc.integer({ min: 1, max: 12 }), (wres, threshold) => {
        const rows = publicationWresTable(wres, threshold).rows.slice(1);
        for (const row of rows.filter(isCountRow)) {
          for (const column of COUNT_COLUMNS) {
            const cell = row[column];
            expect(cell === null || cell === S || (typeof cell === 'number' && cell >= threshold)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test('no suppressed count can be recovered as total minus the visible cells of its row or column', () => {
    fc.assert(
      fc.property(wresInputs, fc.integer({ min: 1, max: 12 }), (wres, threshold) => {
        const rows = publicationWresTable(wres, threshold).rows.slice(1);
        const countRows = rows.filter((r) => r[5] !== null);
        // Every row of counts: White + BME + Unknown = Total.
        for (const row of countRows) expect(COUNT_COLUMNS.filter((c) => row[c] === S).length).not.toBe(1);
        // Indicator 1's columns: the bands add up to "All staff".
        const bands = countRows.filter((r) => r[0] === '1');
        for (const column of COUNT_COLUMNS) expect(bands.filter((r) => r[column] === S).length).not.toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  test('a figure is shown only where the counts it comes from are shown', () => {
    fc.assert(
      fc.property(wresInputs, (wres) => {
        const rows = publicationWresTable(wres, 5).rows.slice(1);
        for (const id of ['2', '3', '4']) {
          const ratio = rows.find((r) => r[0] === id && String(r[1]).startsWith('Relative likelihood'));
          const counts = rows.filter((r) => r[0] === id && isCountRow(r));
          expect(ratio === undefined || ratio[6] === S || counts.every((r) => r[2] !== S && r[3] !== S)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
