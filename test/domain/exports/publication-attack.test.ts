import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { type PlainCell as Cell, type SuppressionRule, publicationWresTable } from '../../../src/domain/exports';
import { type WresInput, type WresOptions, parseWresInput } from '../../../src/domain/wres';
import { secondTrustWresYear } from '../../../api/src/local/seed/second-trust';
import { type Highs, attackPublication, loadHighs, widthOf } from '../../support/publication-attacker';
import { okValue } from '../support/validated';
import { g, input } from '../wres/build';
import { wresInputs } from './arbitraries';

const ROOT = join(__dirname, '..', '..', '..');
const example: WresInput = okValue(parseWresInput(JSON.parse(readFileSync(join(ROOT, 'docs', 'wres-input.example.json'), 'utf8'))));
const second: WresInput = secondTrustWresYear(ROOT);

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** The same table with nothing hidden: threshold 1 leaves every count shown. */
const truthOf = (wres: WresInput, options: Partial<WresOptions> = {}): readonly (readonly Cell[])[] =>
  publicationWresTable(wres, { method: 'threshold', threshold: 1 }, options).rows;

/** A board of the given voting and non-voting members [White, BME, Unknown], with a small executive and a workforce of 700 White and 300 BME. */
const boards = (voting: readonly [number, number, number], nonVoting: readonly [number, number, number]): WresInput =>
  input({ indicator9: { boardVoting: g(...voting), boardNonVoting: g(...nonVoting), boardExecutive: g(5, 1, 0), workforce: g(700, 300, 0) } });

function narrowest(wres: WresInput, rule: SuppressionRule, options: Partial<WresOptions> = {}) {
  const published = publicationWresTable(wres, rule, options).rows;
  const threshold = rule.method === 'nhs-digital-2018' ? 8 : rule.threshold;
  const ranges = attackPublication(highs, published, {
    truth: truthOf(wres, options),
    threshold,
    rounded: rule.method === 'nhs-digital-2018',
    denominator: options.percentDenominator ?? 'all-staff',
  });
  // The attacker's ranges always hold the truth (else it, or the pack, is wrong).
  for (const range of ranges)
    expect([range.measure, range.lower <= (range.truth as number) && (range.truth as number) <= range.upper]).toEqual([range.measure, true]);
  return { ranges, tooNarrow: ranges.filter((range) => widthOf(range) < threshold) };
}

describe('the attacker itself finds what an old-style pack gave away', () => {
  const header = ['Indicator', 'Measure', 'White', 'BME', 'Unknown', 'Total', 'Figure', 'Verdict'];
  test('a hidden cell alone in its row is its total minus the others', () => {
    const ranges = attackPublication(highs, [header, ['1', 'Non-clinical: Band 2', 10, '*', 3, 14, null, null]]);
    expect(ranges.map((range) => [range.lower, range.upper])).toEqual([[1, 1]]);
  });

  test('"Band 9: White 6, BME *, Unknown *, Total 6" contradicts "zeros are published"; with the total hidden too, the BME % gives the count back', () => {
    expect(() => attackPublication(highs, [header, ['1', 'Non-clinical: Band 9', 6, '*', '*', 6, null, null]])).toThrow(/HiGHS: Infeasible/);
    const ranges = attackPublication(highs, [header, ['1', 'Non-clinical: Band 9', 10, '*', 0, '*', 16.7, null]]);
    expect(ranges.map((range) => [range.column, range.lower, range.upper])).toEqual([
      [3, 2, 2],
      [5, 12, 12],
    ]);
  });

  test('a board whose total is shown: the difference from the workforce gives its BME count back', () => {
    const rows = [
      header,
      ['1', 'Clinical: Band 5', 700, 300, 0, 1000, 30, null],
      ['1', 'All staff (BME % in Figure)', 700, 300, 0, 1000, 30, null],
      ['9', 'Voting board members (BME % in Figure)', '*', '*', 0, 13, '*', null],
      ['9', 'Voting board BME % minus workforce BME % (percentage points)', null, null, null, null, -14.6, 'Adverse (certainty not assessed)'],
    ];
    expect(attackPublication(highs, rows).map((range) => [range.lower, range.upper])).toEqual([
      [11, 11],
      [2, 2],
    ]);
  });

  test("the whole board's difference gives back a hidden voting board when the non-voting members are shown", () => {
    // Voting 2 of 13 is 15.4% (−14.6), and so is 4 of 26; but with 1 of 4 non-voting, 3 of 17 (17.6%, −12.4) fits only 2 of 13, not 5 of 30.
    const rows = [
      header,
      ['1', 'Clinical: Band 5', 700, 300, 0, 1000, 30, null],
      ['1', 'All staff (BME % in Figure)', 700, 300, 0, 1000, 30, null],
      ['9', 'Voting board members (BME % in Figure)', '*', '*', 0, '*', '*', null],
      ['9', 'Non-voting board members', 3, 1, 0, 4, null, null],
      ['9', 'Voting board BME % minus workforce BME % (percentage points)', null, null, null, null, -14.6, 'Adverse (certainty not assessed)'],
      ['9', 'Whole board BME % minus workforce BME % (percentage points)', null, null, null, null, -12.4, 'Adverse (certainty not assessed)'],
    ];
    expect(attackPublication(highs, rows).map((range) => [range.measure, range.lower, range.upper])).toEqual([
      ['Voting board members (BME % in Figure)', 11, 11],
      ['Voting board members (BME % in Figure)', 2, 2],
      ['Voting board members (BME % in Figure)', 13, 13],
    ]);
    // Without the whole board's difference the voting board could be any multiple of 11 and 2.
    // (bounded only by the attacker's ceiling of a million for a count).
    const votingOnly = attackPublication(highs, rows.slice(0, -1)).find((range) => range.column === 3);
    expect(votingOnly?.lower).toBe(2);
    expect(votingOnly?.upper).toBeGreaterThan(100_000);
  });

  test('beside a voting board shown in full, the whole board gives back 0 White and 2 BME non-voting members', () => {
    // (6 + b) ÷ (14 + b) rises with b, and 50.0% (+20.0) is 8 of 16 only.
    const rows = [
      header,
      ['9', 'Voting board members (BME % in Figure)', 8, 6, 0, 14, 42.9, null],
      ['9', 'Non-voting board members', 0, '*', 0, '*', null, null],
      ['9', 'Workforce (BME % in Figure)', 700, 300, 0, 1000, 30, null],
      ['9', 'Voting board BME % minus workforce BME % (percentage points)', null, null, null, null, 12.9, 'Gap the other way (certainty not assessed)'],
      ['9', 'Whole board BME % minus workforce BME % (percentage points)', null, null, null, null, 20, 'Gap the other way (certainty not assessed)'],
    ];
    expect(attackPublication(highs, rows).map((range) => [range.column, range.lower, range.upper])).toEqual([
      [3, 2, 2],
      [5, 2, 2],
    ]);
  });

  test('a relative likelihood with the populations shown pins the hidden events', () => {
    const rows = [
      header,
      ['3', 'Headcount', 4489, 2041, 173, 6703, null, null],
      ['3', 'Entered a formal disciplinary investigation', 28, '*', '*', 32, null, null],
      ['3', 'Likelihood of entering the formal disciplinary process (%)', 0.6, '*', null, null, null, null],
      ['3', 'Relative likelihood, BME ÷ White', null, null, null, null, 0.24, 'Below range, could be chance'],
    ];
    const [bme] = attackPublication(highs, rows);
    expect([bme?.lower, bme?.upper]).toEqual([3, 3]);
  });
});

describe('no hidden count of a publication can be worked back to fewer values than the threshold', () => {
  test.each([
    ['the example trust, threshold 5', example, { method: 'threshold', threshold: 5 }, {}],
    ['the example trust, threshold 10', example, { method: 'threshold', threshold: 10 }, {}],
    ['the example trust, BME % over known ethnicity', example, { method: 'threshold', threshold: 5 }, { percentDenominator: 'known-ethnicity' }],
    ["the example trust, NHS Digital's rule", example, { method: 'nhs-digital-2018', threshold: 5 }, {}],
    ['the second demo trust, threshold 10 (its setting)', second, { method: 'threshold', threshold: 10 }, {}],
    ["the second demo trust, NHS Digital's rule", second, { method: 'nhs-digital-2018', threshold: 10 }, {}],
  ] as const)('%s', (_name, wres, rule, options) => {
    const { ranges, tooNarrow } = narrowest(wres, rule, options);
    expect(ranges.length).toBeGreaterThan(0);
    expect(tooNarrow).toEqual([]);
  });

  test.each([
    ['non-voting members small, the voting board not', 'all-staff', boards([8, 6, 0], [3, 1, 0])],
    ['non-voting members small, the voting board not', 'known-ethnicity', boards([8, 6, 0], [3, 1, 0])],
    ['a non-voting zero the voting board does not have', 'all-staff', boards([8, 6, 0], [0, 2, 0])],
    ['a small voting count beside non-voting members that are not small', 'all-staff', boards([11, 2, 0], [6, 5, 0])],
    ['no non-voting members', 'all-staff', boards([11, 2, 0], [0, 0, 0])],
    ['voting Unknowns, non-voting White', 'all-staff', boards([8, 6, 5], [3, 1, 0])],
    ['voting Unknowns, non-voting White', 'known-ethnicity', boards([8, 6, 5], [3, 1, 0])],
    ['non-voting 0 White, 1 BME, 2 Unknown', 'all-staff', boards([8, 6, 5], [0, 1, 2])],
    ['non-voting 0 White, 1 BME, 2 Unknown', 'known-ethnicity', boards([8, 6, 5], [0, 1, 2])],
  ] as const)('boards: %s (BME %% of %s), thresholds 5 and 10', (_name, percentDenominator, wres) => {
    for (const threshold of [5, 10]) expect(narrowest(wres, { method: 'threshold', threshold }, { percentDenominator }).tooNarrow).toEqual([]);
  });

  test('a small trust: one senior band, a small board, few disciplinary cases', () => {
    const small = input({
      indicator1: {
        rows: [
          { staffGroup: 'clinical', band: 'Band 5', white: 60, bme: 30, unknown: 2 },
          { staffGroup: 'clinical', band: 'Band 8a', white: 12, bme: 3, unknown: 0 },
        ],
      },
      indicator3: { headcount: g(72, 33, 2), entered: g(4, 2, 0) },
      indicator9: { boardVoting: g(9, 1, 0), boardNonVoting: g(2, 0, 1) },
    });
    expect(narrowest(small, { method: 'threshold', threshold: 5 }).tooNarrow).toEqual([]);
  });

  test('property: generated trusts with many small counts, either method', () => {
    fc.assert(
      fc.property(wresInputs, fc.integer({ min: 2, max: 10 }), fc.boolean(), (wres, threshold, nhsDigital) => {
        const rule: SuppressionRule = { method: nhsDigital ? 'nhs-digital-2018' : 'threshold', threshold };
        expect(narrowest(wres, rule).tooNarrow).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });
});
