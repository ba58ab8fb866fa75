import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  HEADLINE_MEASURES,
  NON_VOTING_MEASURE,
  NOT_FINITE,
  PUBLICATION_NOTE,
  PUBLICATION_WRES_HEADER,
  SUPPRESSED,
  type Cell,
  type SuppressionRule,
  publicationWresTable,
} from '../../../src/domain/exports';
import { type WresInput, calculateWres, parseWresInput, verdictWithCertainty } from '../../../src/domain/wres';
import { g, input } from '../wres/build';
import { okValue } from '../support/validated';
import { wresInputs } from './arbitraries';

const S = SUPPRESSED;
const byMeasure = (rows: readonly (readonly Cell[])[], indicator: string, measure: string) =>
  rows.find((row) => row[0] === indicator && row[1] === measure) as Cell[];
const THRESHOLD_5: SuppressionRule = { method: 'threshold', threshold: 5 };
const NHS_DIGITAL: SuppressionRule = { method: 'nhs-digital-2018', threshold: 5 };
const body = (rows: readonly (readonly Cell[])[]) => rows.slice(1).filter((row) => row[0] !== null && row[0] !== PUBLICATION_NOTE);
const notes = (rows: readonly (readonly Cell[])[]) => rows.filter((row) => row[0] === PUBLICATION_NOTE).map((row) => row[1]);
/** Rows of counts have a total (or are survey respondents); figure rows do not. */
const isCountRow = (row: readonly Cell[]) => row[5] !== null || row[1] === 'Respondents';
const COUNT_COLUMNS = [2, 3, 4, 5];
const thresholdOf = (rule: SuppressionRule) => (rule.method === 'nhs-digital-2018' ? 8 : rule.threshold);

const small: WresInput = input({
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

describe('publicationWresTable: a worked example, threshold 5', () => {
  const table = publicationWresTable(small, THRESHOLD_5);
  const rows = table.rows;

  test('is named for the year and has the published columns, Verdict last', () => {
    expect(table.name).toBe('WRES data 2024');
    expect(rows[0]).toEqual(PUBLICATION_WRES_HEADER);
    expect(PUBLICATION_WRES_HEADER).toEqual(['Indicator', 'Measure', 'White', 'BME', 'Unknown', 'Total', 'Figure', 'Verdict']);
  });

  test('indicator 1: zeros are published, so "Band 9: 6, 0, 0" is shown in full and nothing else is small', () => {
    expect(rows.slice(1, 5).map((row) => row[1])).toEqual([
      'Non-clinical: Band 2',
      'Non-clinical: Band 9',
      'Clinical: Band 5',
      'Medical and dental: Consultant',
    ]);
    expect(byMeasure(rows, '1', 'Non-clinical: Band 9')).toEqual(['1', 'Non-clinical: Band 9', 6, 0, 0, 6, 0, null]);
    expect(byMeasure(rows, '1', 'Clinical: Band 5')).toEqual(['1', 'Clinical: Band 5', 700, 520, 30, 1250, 41.6, null]);
    expect(byMeasure(rows, '1', 'All staff (BME % in Figure)')).toEqual(['1', 'All staff (BME % in Figure)', 1336, 830, 60, 2226, 37.3, null]);
    // 0 BME of 6 in Band 9; the workforce is 37.3% BME, so the senior share is below it: adverse.
    expect(byMeasure(rows, '1', HEADLINE_MEASURES.senior)).toEqual([
      '1',
      HEADLINE_MEASURES.senior,
      null,
      null,
      null,
      null,
      0,
      'Adverse (certainty not assessed)',
    ]);
  });

  test('indicator 3: 3 BME and 1 Unknown entered are small; the ratio stays, so the events row and both likelihoods go', () => {
    // With the headcounts shown, a shown ratio (0.24 = (3/2041) ÷ (28/4489), to 2 dp) and White's
    // 28 would give BME's 3 back; with White's events hidden too, White and BME events could be
    // 28k and 3k for any k, so BME's could be 3, 6, 9 … (each shown count is unchanged).
    expect(byMeasure(rows, '3', 'Headcount')).toEqual(['3', 'Headcount', 4489, 2041, 173, 6703, null, null]);
    expect(byMeasure(rows, '3', 'Entered a formal disciplinary investigation')).toEqual([
      '3',
      'Entered a formal disciplinary investigation',
      S,
      S,
      S,
      S,
      null,
      null,
    ]);
    expect(byMeasure(rows, '3', 'Likelihood of entering the formal disciplinary process (%)').slice(2, 4)).toEqual([S, S]);
    expect(byMeasure(rows, '3', 'Entered a formal disciplinary investigation (previous year)')).toEqual([
      '3',
      'Entered a formal disciplinary investigation (previous year)',
      31,
      22,
      0,
      53,
      null,
      null,
    ]);
    const ratio = calculateWres(small).indicators['3'];
    expect(byMeasure(rows, '3', HEADLINE_MEASURES.ratio['3'])).toEqual([
      '3',
      HEADLINE_MEASURES.ratio['3'],
      null,
      null,
      null,
      null,
      0.24,
      verdictWithCertainty(ratio!.verdict, ratio!.certainty),
    ]);
  });

  test('indicators 2 and 4: nothing small, everything shown, with the verdict beside the ratio', () => {
    expect(byMeasure(rows, '2', 'Applicants shortlisted')).toEqual(['2', 'Applicants shortlisted', 1890, 1420, 64, 3374, null, null]);
    expect(byMeasure(rows, '2', 'Likelihood of appointment from shortlisting (%)').slice(2, 4)).toEqual([21.8, 13.8]);
    expect(byMeasure(rows, '2', HEADLINE_MEASURES.ratio['2']).slice(6)).toEqual([1.58, 'Adverse, clear']);
    expect(byMeasure(rows, '4', HEADLINE_MEASURES.ratio['4']).slice(6)).toEqual([1.09, 'Non-adverse, clear']);
  });

  test('indicators 5–8: 4 BME respondents are hidden, and both percentages with them; the gap is always published', () => {
    const i7 = rows.filter((row) => row[0] === '7');
    expect(i7[0]?.slice(2)).toEqual([S, S, null, null, -12.1, 'Adverse, could be chance']);
    expect(i7[1]?.slice(2, 4)).toEqual([2150, S]);
    const i5 = rows.filter((row) => row[0] === '5');
    expect(i5[0]?.slice(2, 7)).toEqual([27.1, 29.8, null, null, 2.7]);
    expect(i5[1]).toEqual(['5', 'Respondents', 2150, 820, null, null, null, null]);
    expect(rows.filter((row) => row[0] === '6')).toHaveLength(1);
  });

  test('indicator 9: the difference is published, so a board of 11 White and 2 BME shows only its zero', () => {
    // Board % = workforce % + difference (to 0.1): with the board's size shown, 2 would follow.
    expect(byMeasure(rows, '9', 'Voting board members (BME % in Figure)')).toEqual(['9', 'Voting board members (BME % in Figure)', S, S, 0, S, S, null]);
    expect(byMeasure(rows, '9', 'Executive board members (BME % in Figure)').slice(2, 7)).toEqual([S, S, 0, S, S]);
    expect(byMeasure(rows, '9', HEADLINE_MEASURES.votingDifference).slice(6)).toEqual([-21.9, 'Adverse (certainty not assessed)']);
    expect(byMeasure(rows, '9', HEADLINE_MEASURES.executiveDifference).slice(6)).toEqual([-20.6, 'Adverse (certainty not assessed)']);
    // No non-voting members are given: the voting board alone is not the whole board, so neither row is published.
    expect([byMeasure(rows, '9', NON_VOTING_MEASURE), byMeasure(rows, '9', HEADLINE_MEASURES.wholeBoardDifference)]).toEqual([undefined, undefined]);
  });

  test('the footnote says what was hidden and why', () => {
    expect(rows.at(-6)).toEqual([null, null, null, null, null, null, null, null]);
    expect(notes(rows)).toEqual([
      'Method: small-number threshold of 5 (set in Settings). Counts from 1 to 4 are shown as *.',
      '11 counts are hidden: 5 are small numbers, and the others are hidden so that no small number can be worked back from the totals, percentages and ratios published here (each hidden count could be any of at least 5 values).',
      "6 percentages or likelihoods are hidden with the counts they depend on (a survey group with few respondents hides both groups' percentages, as the gap and one would give the other).",
      'Zeros are published: 0 is not a small number, and only counts from 1 upwards are hidden.',
      "The headline figures are always published with their verdicts, as the Standard requires: indicator 1's BME % in bands 8a–9 and VSM, the relative likelihoods of indicators 2–4, the gaps of indicators 5–8 and indicator 9's differences (voting board, whole board and executive board against the workforce). Where one of them could give a hidden count back, more counts are hidden instead.",
    ]);
  });
});

describe("publicationWresTable: NHS Digital's 2018 rule", () => {
  const rows = publicationWresTable(small, NHS_DIGITAL).rows;

  test('1 to 7 hidden, other counts rounded to the nearest 5, zeros shown; figures from the true counts', () => {
    expect(byMeasure(rows, '1', 'Clinical: Band 5')).toEqual(['1', 'Clinical: Band 5', 700, 520, 30, 1250, 41.6, null]);
    expect(byMeasure(rows, '1', 'All staff (BME % in Figure)')).toEqual(['1', 'All staff (BME % in Figure)', 1335, 830, 60, 2225, 37.3, null]);
    expect(byMeasure(rows, '2', 'Applicants shortlisted')).toEqual(['2', 'Applicants shortlisted', 1890, 1420, 65, 3375, null, null]);
    expect(byMeasure(rows, '2', 'Appointed from shortlisting')).toEqual(['2', 'Appointed from shortlisting', 410, 195, 10, 615, null, null]);
    // Band 9's 6 White staff are now small: hidden with its total, and a partner row so they cannot be worked back.
    expect(byMeasure(rows, '1', 'Non-clinical: Band 9')).toEqual(['1', 'Non-clinical: Band 9', S, 0, 0, S, S, null]);
    expect(byMeasure(rows, '1', 'Non-clinical: Band 2').slice(2, 6)).toEqual([S, 140, 20, S]);
    expect(notes(rows)[0]).toBe(
      "Method: NHS Digital's 2018 rule. Counts from 1 to 7 are shown as *; every other count is rounded to the nearest 5, so rows and columns may not add up exactly. Percentages, likelihoods and gaps are worked out from the true counts.",
    );
  });
});

describe('publicationWresTable: other shapes', () => {
  test('indicator 9 with its own workforce and no other indicators; the known-ethnicity reading uses White and BME', () => {
    const rows = publicationWresTable(input({ indicator9: { boardVoting: g(8, 6, 5), workforce: g(900, 300, 40) } }), THRESHOLD_5, {
      percentDenominator: 'known-ethnicity',
    }).rows;
    expect(byMeasure(rows, '9', 'Voting board members (BME % in Figure)')).toEqual(['9', 'Voting board members (BME % in Figure)', 8, 6, 5, 19, 42.9, null]);
    expect(byMeasure(rows, '9', 'Workforce (BME % in Figure)')).toEqual(['9', 'Workforce (BME % in Figure)', 900, 300, 40, 1240, 25, null]);
    expect(byMeasure(rows, '9', HEADLINE_MEASURES.votingDifference)[6]).toBe(17.9);
  });

  test('indicator 9 without a workforce anywhere: the difference is not calculable, and says so', () => {
    const rows = publicationWresTable(input({ indicator9: { boardVoting: g(8, 6, 5) } })).rows;
    expect(byMeasure(rows, '9', HEADLINE_MEASURES.votingDifference).slice(6)).toEqual([null, 'Not calculable']);
  });

  test('a relative likelihood with no finite value (no BME applicant appointed) is published as such, adverse', () => {
    const rows = publicationWresTable(input({ indicator2: { shortlisted: g(400, 300, 20), appointed: g(40, 0, 2) } })).rows;
    expect(byMeasure(rows, '2', HEADLINE_MEASURES.ratio['2'])[6]).toBe(NOT_FINITE);
    expect(String(byMeasure(rows, '2', HEADLINE_MEASURES.ratio['2'])[7])).toMatch(/^Adverse/);
    expect(byMeasure(rows, '2', 'Appointed from shortlisting').slice(2, 6)).toEqual([40, 0, S, S]);
  });

  test('a relative likelihood that is not calculable has no figure', () => {
    const rows = publicationWresTable(input({ indicator2: { shortlisted: g(0, 0, 20), appointed: g(0, 0, 2) } })).rows;
    expect(byMeasure(rows, '2', HEADLINE_MEASURES.ratio['2']).slice(6)).toEqual([null, 'Not calculable']);
  });

  test('a trust whose "All staff" is shown nowhere else may hide it to protect the bands\' Unknowns', () => {
    const rows = publicationWresTable(
      input({
        indicator1: {
          rows: [
            { staffGroup: 'clinical', band: 'Band 5', white: 18, bme: 2, unknown: 0 },
            { staffGroup: 'clinical', band: 'Band 6', white: 50, bme: 8, unknown: 2 },
            { staffGroup: 'clinical', band: 'Band 7', white: 120, bme: 22, unknown: 3 },
          ],
        },
      }),
    ).rows;
    expect(body(rows).map((row) => row.slice(2, 6))).toEqual([
      [S, S, 0, 20],
      [S, S, S, 60],
      [S, 22, S, 145],
      [S, 32, S, 225],
      [null, null, null, null],
    ]);
  });

  test.each(['pooled-two-years', 'mean-of-likelihoods'] as const)(
    "indicator 3 read over two years (%s): both years' events scale together, so both are hidden",
    (reading) => {
      const wres = input({
        indicator3: { headcount: g(4489, 2041, 173), entered: g(28, 3, 1), previousYear: { headcount: g(4880, 2380, 190), entered: g(31, 22, 0) } },
      });
      const rows = publicationWresTable(wres, THRESHOLD_5, { indicator3Average: reading }).rows;
      // White and BME events of both years times any k leave either reading's ratio as it is.
      expect(byMeasure(rows, '3', 'Entered a formal disciplinary investigation').slice(2, 6)).toEqual([S, S, S, S]);
      expect(byMeasure(rows, '3', 'Entered a formal disciplinary investigation (previous year)').slice(2, 6)).toEqual([S, S, 0, S]);
      expect(byMeasure(rows, '3', 'Headcount (previous year)').slice(2, 6)).toEqual([4880, 2380, 190, 7450]);
      expect(typeof byMeasure(rows, '3', HEADLINE_MEASURES.ratio['3'])[6]).toBe('number');
    },
  );

  test('a workforce that is "All staff" again, with a small count, hides both alike and keeps the difference', () => {
    const wres = input({
      indicator1: {
        rows: [
          { staffGroup: 'clinical', band: 'Band 5', white: 60, bme: 30, unknown: 2 },
          { staffGroup: 'clinical', band: 'Band 6', white: 40, bme: 20, unknown: 0 },
        ],
      },
      indicator9: { boardVoting: g(8, 6, 5), workforce: g(100, 50, 2) },
    });
    const rows = publicationWresTable(wres, THRESHOLD_5).rows;
    expect(byMeasure(rows, '1', 'All staff (BME % in Figure)').slice(2, 7)).toEqual([S, S, S, S, S]);
    expect(byMeasure(rows, '9', 'Workforce (BME % in Figure)').slice(2, 7)).toEqual([S, S, S, S, S]);
    expect(byMeasure(rows, '1', 'Clinical: Band 6').slice(2, 6)).toEqual([S, S, 0, S]);
    expect(byMeasure(rows, '9', 'Voting board members (BME % in Figure)').slice(2, 7)).toEqual([8, 6, 5, 19, 31.6]);
    expect(byMeasure(rows, '9', HEADLINE_MEASURES.votingDifference)[6]).toBe(-1.3);
  });

  test('a text cell that could run as a formula is neutralised', () => {
    const rows = publicationWresTable(input({ indicator2: { shortlisted: g(10, 10, 10), appointed: g(5, 5, 5) } })).rows;
    expect(rows.flat().some((cell) => typeof cell === 'string' && /^[=+\-@]/.test(cell))).toBe(false);
  });

  test('refuses a threshold below 1', () => {
    expect(() => publicationWresTable(input(), { method: 'threshold', threshold: 0 })).toThrow(RangeError);
  });
});

describe('the example trust (docs/wres-input.example.json)', () => {
  const example: WresInput = okValue(parseWresInput(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'wres-input.example.json'), 'utf8'))));
  const rows = body(publicationWresTable(example, THRESHOLD_5).rows);
  const bands = rows.filter((row) => row[0] === '1' && row[5] !== null && row[1] !== 'All staff (BME % in Figure)');

  test('hides a BME count only where it is small: 6 of 26 bands, each from 1 to 4 (the old rule hid 12)', () => {
    const input1 = example.indicator1?.rows ?? [];
    const hiddenBme = bands.filter((row) => row[3] === S).map((row) => row[1]);
    expect(hiddenBme).toEqual([
      'Non-clinical: Band 8b',
      'Non-clinical: Band 8c',
      'Non-clinical: Band 8d',
      'Non-clinical: VSM',
      'Clinical: Band 8c',
      'Clinical: Band 8d',
    ]);
    const smallBme = input1.filter((row) => row.bme >= 1 && row.bme < 5).length;
    expect(hiddenBme).toHaveLength(smallBme);
    expect(bands).toHaveLength(26);
  });

  test('publishes Band 9 (6, 0, 0) in full, every total and the All staff row, and every headline with its verdict', () => {
    expect(byMeasure(rows, '1', 'Non-clinical: Band 9').slice(2, 7)).toEqual([6, 0, 0, 6, 0]);
    expect(bands.every((row) => typeof row[5] === 'number')).toBe(true);
    expect(byMeasure(rows, '1', 'All staff (BME % in Figure)').slice(2, 7)).toEqual([4489, 2041, 173, 6703, 30.4]);
    expect(byMeasure(rows, '1', HEADLINE_MEASURES.senior).slice(6)).toEqual([12.9, 'Adverse (certainty not assessed)']);
    expect(byMeasure(rows, '3', HEADLINE_MEASURES.ratio['3'])[6]).toBe(1.49);
    expect(byMeasure(rows, '9', HEADLINE_MEASURES.votingDifference)[6]).toBe(-15.1);
    // The whole board: 2 + 1 BME of 13 + 4 members, 17.6%, against the workforce's 2041 of 6703, 30.4%.
    expect(byMeasure(rows, '9', HEADLINE_MEASURES.wholeBoardDifference).slice(6)).toEqual([-12.8, 'Adverse (certainty not assessed)']);
  });

  test('indicator 9: the voting board (11, 2, 0) is small, so the non-voting members (3, 1, 0) are hidden with it, all but their zero', () => {
    expect(rows.filter((row) => row[0] === '9').map((row) => row.slice(1, 6))).toEqual([
      ['Voting board members (BME % in Figure)', S, S, 0, S],
      [NON_VOTING_MEASURE, S, S, 0, S],
      ['Executive board members (BME % in Figure)', S, S, 0, S],
      [HEADLINE_MEASURES.votingDifference, null, null, null, null],
      [HEADLINE_MEASURES.wholeBoardDifference, null, null, null, null],
      [HEADLINE_MEASURES.executiveDifference, null, null, null, null],
    ]);
    expect(byMeasure(rows, '9', NON_VOTING_MEASURE)[6]).toBeNull();
  });
});

describe('publicationWresTable: non-voting board members and the whole board (workforce 700 White, 300 BME: 30.0%)', () => {
  const O = 'Gap the other way (certainty not assessed)';
  const A = 'Adverse (certainty not assessed)';
  // Voting and non-voting counts [White, BME, Unknown]; the voting and non-voting rows as published
  // (White, BME, Unknown, Total and, for the voting board, its BME %), and the whole board's difference.
  test.each([
    // 7 BME of 18 is 38.9%: +8.9. The whole board doubled less the voting board (14, 8, 0) keeps every figure, so the non-voting members hide alone.
    ['small non-voting counts alone hide just them', 'all-staff', [8, 6, 0], [3, 1, 0], [8, 6, 0, 14, 42.9], [S, S, 0, S], 8.9, O],
    // With 0 non-voting White, the whole board's share (6 + b) ÷ (14 + b) would give b back: the voting board goes too.
    ['a non-voting zero the voting board does not have hides the voting board too', 'all-staff', [8, 6, 0], [0, 2, 0], [S, S, 0, S, S], [0, S, 0, S], 20, O],
    // A small voting count: the non-voting members go with it (7 of 24 is 29.2%: −0.8), though none of theirs is small.
    ['a small voting count hides the non-voting members too', 'all-staff', [11, 2, 0], [6, 5, 0], [S, S, 0, S, S], [S, S, 0, S], -0.8, A],
    ['no non-voting members: the whole board is the voting board', 'all-staff', [11, 2, 0], [0, 0, 0], [S, S, 0, S, S], [0, 0, 0, 0], -14.6, A],
    // BME % of all: the voting board's 5 Unknown can join the non-voting White, so those hide alone (7 of 23, 30.4%: +0.4).
    ['voting Unknowns beside non-voting White (BME % of all)', 'all-staff', [8, 6, 5], [3, 1, 0], [8, 6, 5, 19, 31.6], [S, S, 0, S], 0.4, O],
    // BME % of all: White and Unknown are one part of the share, and the non-voting Unknown (2) can take the rise (7 of 22, 31.8%: +1.8).
    ['non-voting 0 White, 1 BME, 2 Unknown (BME % of all)', 'all-staff', [8, 6, 5], [0, 1, 2], [8, 6, 5, 19, 31.6], [0, S, S, S], 1.8, O],
    // BME % of known ethnicity: White is a part of its own, and 0 non-voting White cannot take a rise (7 of 15, 46.7%: +16.7).
    ['non-voting 0 White, 1 BME, 2 Unknown (BME % of known ethnicity)', 'known-ethnicity', [8, 6, 5], [0, 1, 2], [S, S, S, S, S], [0, S, S, S], 16.7, O],
  ] as const)('%s (%s)', (_name, percentDenominator, [vw, vb, vu], [nw, nb, nu], voting, nonVoting, difference, verdict) => {
    const wres = input({ indicator9: { boardVoting: g(vw, vb, vu), boardNonVoting: g(nw, nb, nu), workforce: g(700, 300, 0) } });
    const rows = publicationWresTable(wres, THRESHOLD_5, { percentDenominator }).rows;
    expect(byMeasure(rows, '9', 'Voting board members (BME % in Figure)').slice(2, 7)).toEqual(voting);
    expect(byMeasure(rows, '9', NON_VOTING_MEASURE).slice(2, 8)).toEqual([...nonVoting, null, null]);
    expect(byMeasure(rows, '9', 'Workforce (BME % in Figure)').slice(2, 7)).toEqual([700, 300, 0, 1000, 30]);
    expect(byMeasure(rows, '9', HEADLINE_MEASURES.wholeBoardDifference).slice(2)).toEqual([null, null, null, null, difference, verdict]);
    // The rows in order: the boards' counts, the workforce, then the differences.
    expect(rows.filter((row) => row[0] === '9').map((row) => row[1])).toEqual([
      'Voting board members (BME % in Figure)',
      NON_VOTING_MEASURE,
      'Workforce (BME % in Figure)',
      HEADLINE_MEASURES.votingDifference,
      HEADLINE_MEASURES.wholeBoardDifference,
    ]);
  });

  test("no workforce anywhere: the whole board's difference is not calculable, and says so", () => {
    const rows = publicationWresTable(input({ indicator9: { boardVoting: g(8, 6, 5), boardNonVoting: g(3, 2, 0) } })).rows;
    expect(byMeasure(rows, '9', HEADLINE_MEASURES.wholeBoardDifference).slice(6)).toEqual([null, 'Not calculable']);
    expect(byMeasure(rows, '9', NON_VOTING_MEASURE).slice(2, 6)).toEqual([S, S, 0, S]);
  });
});

describe('publicationWresTable: properties', () => {
  const rules = fc.oneof(
    fc.integer({ min: 1, max: 12 }).map((threshold): SuppressionRule => ({ method: 'threshold', threshold })),
    fc.integer({ min: 1, max: 12 }).map((threshold): SuppressionRule => ({ method: 'nhs-digital-2018', threshold })),
  );

  test('zeros are always published; no count from 1 to below the threshold ever is; NHS Digital shows multiples of 5', () => {
    fc.assert(
      fc.property(wresInputs, rules, (wres, rule) => {
        const published = body(publicationWresTable(wres, rule).rows);
        const truth = body(publicationWresTable(wres, { method: 'threshold', threshold: 1 }).rows);
        const wrong = published.flatMap((row, r) =>
          isCountRow(row)
            ? COUNT_COLUMNS.flatMap((column) => {
                const shown = row[column];
                const actual = truth[r]?.[column];
                if (typeof actual !== 'number') return shown === actual ? [] : [`${row[1]}: ${shown} for ${actual}`];
                const expected = rule.method === 'nhs-digital-2018' ? Math.floor(actual / 5 + 0.5) * 5 : actual;
                const ok = actual === 0 ? shown === 0 : actual < thresholdOf(rule) ? shown === S : shown === S || shown === expected;
                return ok ? [] : [`${row[1]}: ${shown} for ${actual}`];
              })
            : [],
        );
        expect(wrong).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('every headline figure is published, as calculated, with its verdict and certainty in words', () => {
    fc.assert(
      fc.property(wresInputs, rules, (wres, rule) => {
        const rows = publicationWresTable(wres, rule).rows;
        const result = calculateWres(wres).indicators;
        const shown = (indicator: string, measure: string) => byMeasure(rows, indicator, measure)?.slice(6);
        const pairs: [Cell[] | undefined, Cell[] | undefined][] = [];
        const senior = result['1'];
        if (senior !== undefined)
          pairs.push([shown('1', HEADLINE_MEASURES.senior), [senior.senior.bmePercent, verdictWithCertainty(senior.verdict, senior.certainty)]]);
        for (const id of ['2', '3', '4'] as const) {
          const ratio = result[id];
          if (ratio !== undefined)
            pairs.push([
              shown(id, HEADLINE_MEASURES.ratio[id]),
              [ratio.value ?? (ratio.verdict === 'not-calculable' ? null : NOT_FINITE), verdictWithCertainty(ratio.verdict, ratio.certainty)],
            ]);
        }
        for (const id of ['5', '8'] as const) {
          const survey = result[id];
          if (survey !== undefined)
            pairs.push([rows.find((row) => row[0] === id)?.slice(6), [survey.gap, verdictWithCertainty(survey.verdict, survey.certainty)]]);
        }
        const board = result['9'];
        if (board !== undefined)
          pairs.push([shown('9', HEADLINE_MEASURES.votingDifference), [board.value, verdictWithCertainty(board.verdict, board.certainty)]]);
        if (board?.totalBoard)
          pairs.push([
            shown('9', HEADLINE_MEASURES.wholeBoardDifference),
            [board.totalBoard.value, verdictWithCertainty(board.totalBoard.verdict, board.totalBoard.certainty)],
          ]);
        // Without non-voting members there is no whole board, and no row for it.
        else pairs.push([shown('9', HEADLINE_MEASURES.wholeBoardDifference), undefined]);
        if (board?.executive)
          pairs.push([
            shown('9', HEADLINE_MEASURES.executiveDifference),
            [board.executive.value, verdictWithCertainty(board.executive.verdict, board.executive.certainty)],
          ]);
        expect(pairs.map(([actual]) => actual)).toEqual(pairs.map(([, expected]) => expected));
      }),
      { numRuns: 150 },
    );
  });

  test('a percentage or likelihood is shown only where every count it is worked out from is shown', () => {
    fc.assert(
      fc.property(wresInputs, fc.integer({ min: 1, max: 12 }), (wres, threshold) => {
        const rows = body(publicationWresTable(wres, { method: 'threshold', threshold }).rows);
        const wrong = rows.filter((r) => r[5] !== null && typeof r[6] === 'number' && (r[3] === S || r[5] === S)).map((r) => r[1]);
        for (const id of ['2', '3', '4']) {
          const counts = rows.filter((r) => r[0] === id && isCountRow(r) && !String(r[1]).endsWith('(previous year)'));
          const likelihood = rows.find((r) => r[0] === id && String(r[1]).startsWith('Likelihood')) ?? [];
          for (const column of [2, 3])
            if (typeof likelihood[column] === 'number' && counts.some((r) => r[column] === S)) wrong.push(`${id}: likelihood ${column}`);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('the footnote counts the hidden counts and small numbers', () => {
    fc.assert(
      fc.property(wresInputs, rules, (wres, rule) => {
        const rows = publicationWresTable(wres, rule).rows;
        const hidden = body(rows)
          .filter(isCountRow)
          .flatMap((row) => COUNT_COLUMNS.map((c) => row[c]))
          .filter((cell) => cell === S).length;
        expect(String(notes(rows)[1])).toMatch(new RegExp(`^${hidden} counts? (is|are) hidden`));
      }),
      { numRuns: 100 },
    );
  });
});
