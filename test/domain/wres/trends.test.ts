import fc from 'fast-check';
import {
  type IndicatorChange,
  type TrendOptions,
  type WresInput,
  type WresOptions,
  type WresResult,
  calculateWres,
  compareYears,
  headlineSpec,
  indicatorChange,
  resolveTrendOptions,
  trendDirection,
  verdictDirection,
  wresSeries,
} from '../../../src/domain/wres';
import { countsPair } from './arbitraries';
import { g, input } from './build';

function yearOf(year: number, indicators: Partial<WresInput>, options: Partial<WresOptions> = {}): WresResult {
  return calculateWres({ ...input(indicators), year }, options);
}

/** Indicator 2 with 1000 shortlisted in each group: White appointed `white`, BME appointed `bme`. */
const i2 = (white: number, bme: number) => ({ indicator2: { shortlisted: g(1000, 1000), appointed: g(white, bme) } });

function change(from: WresResult, to: WresResult, id: string, options: Partial<TrendOptions> = {}): IndicatorChange {
  const found = compareYears(from, to, options).indicators.find((c) => c.indicator === id);
  if (found === undefined) throw new Error(`no change for indicator ${id}`);
  return found;
}

describe('compareYears: relative likelihoods (indicators 2–4, ratio points)', () => {
  test.each([
    // [name, from (White, BME appointed of 1000 each), to, change, closer-to-parity, adverse-direction]
    ['1.51 → 1.25: nearer parity', [302, 200], [250, 200], -0.26, 'improved', 'improved'],
    ['1.25 → 1.51: further away', [250, 200], [302, 200], 0.26, 'worsened', 'worsened'],
    // Adverse → below range: the verdict decides, so improved under both readings, although
    // |ln 0.50| = 0.69 > |ln 1.60| = 0.47.
    ['1.60 → 0.50: out of the adverse range', [320, 200], [100, 200], -1.1, 'improved', 'improved'],
    ['1.30 → 0.75: out of the adverse range, never "worsened"', [260, 200], [150, 200], -0.55, 'improved', 'improved'],
    ['0.75 → 1.30: into the adverse range', [150, 200], [260, 200], 0.55, 'worsened', 'worsened'],
    // Both below the range: the reading decides. 0.50 → 0.40 moves away from parity.
    ['0.50 → 0.40: below the range, further from parity', [100, 200], [80, 200], -0.1, 'worsened', 'improved'],
    // 0.80 and 1.25 are reciprocals: equally far from parity.
    ['0.80 → 1.25: reciprocals tie on the log scale', [200, 250], [250, 200], 0.45, 'no-change', 'worsened'],
    ['2.00 → 0.50: reciprocals, but out of the adverse range', [400, 200], [100, 200], -1.5, 'improved', 'improved'],
    ['0.50 → 0.50 reached from 2.00 the other way: reciprocals tie below the range', [100, 200], [200, 400], 0, 'no-change', 'no-change'],
    ['1.25 → 1.25: no change', [250, 200], [250, 200], 0, 'no-change', 'no-change'],
    ['0.70 → 0.90: nearer parity from below', [140, 200], [180, 200], 0.2, 'improved', 'worsened'],
    // 0 has no finite log: infinitely far from parity, so any positive ratio is nearer.
    ['0.00 → 0.50: from no White appointments', [0, 200], [100, 200], 0.5, 'improved', 'worsened'],
    ['0.00 → 0.00', [0, 200], [0, 200], 0, 'no-change', 'no-change'],
  ] as const)('%s', (_name, [fw, fb], [tw, tb], expectedChange, parity, adverse) => {
    const from = yearOf(2023, i2(fw, fb));
    const to = yearOf(2024, i2(tw, tb));
    expect(change(from, to, '2')).toMatchObject({
      change: expectedChange,
      direction: parity,
      unit: 'ratio points',
      measure: 'relative-likelihood',
      reason: null,
    });
    expect(change(from, to, '2', { ratioImprovement: 'adverse-direction' }).direction).toBe(adverse);
  });

  test('the change is the difference of the published figures, rounded: 1.61 → 1.54 is −0.07', () => {
    const result = change(yearOf(2021, i2(322, 200)), yearOf(2022, i2(308, 200)), '2');
    expect(result).toMatchObject({ from: { year: 2021, value: 1.61, verdict: 'adverse' }, to: { year: 2022, value: 1.54, verdict: 'adverse' }, change: -0.07 });
    expect(result.changeUnrounded).toBeCloseTo(-0.07, 12);
  });

  test('on the rounded basis 1.254 → 1.246 is no change (both show 1.25); on the unrounded basis it improved', () => {
    const from = yearOf(2023, i2(627, 500));
    const to = yearOf(2024, i2(623, 500));
    expect(change(from, to, '2')).toMatchObject({ change: 0, direction: 'no-change' });
    const unrounded = change(from, to, '2', { basis: 'unrounded' });
    expect(unrounded).toMatchObject({ change: 0, direction: 'improved' });
    expect(unrounded.changeUnrounded).toBeCloseTo(-0.008, 12);
  });

  test('indicators 3 and 4 are read the same way (BME ÷ White for 3)', () => {
    // 3: 16/800 ÷ 24/2400 = 2.00 → 12/800 ÷ 24/2400 = 1.50. 4: 300/1000 ÷ 200/1000 = 1.50 → 1.50.
    const from = yearOf(2023, { indicator3: { headcount: g(2400, 800), entered: g(24, 16) }, indicator4: { headcount: g(1000, 1000), accessed: g(300, 200) } });
    const to = yearOf(2024, { indicator3: { headcount: g(2400, 800), entered: g(24, 12) }, indicator4: { headcount: g(1000, 1000), accessed: g(300, 200) } });
    expect(compareYears(from, to).indicators.map((c) => [c.indicator, c.change, c.direction])).toEqual([
      ['3', -0.5, 'improved'],
      ['4', 0, 'no-change'],
    ]);
  });

  test('small numbers are compared but flagged', () => {
    // 9 BME appointed is under the 10-event threshold in 2023: a caution, and the verdict still stands.
    const result = change(yearOf(2023, { indicator2: { shortlisted: g(100, 100), appointed: g(15, 9) } }), yearOf(2024, i2(250, 200)), '2');
    expect(result).toMatchObject({ from: { value: 1.67, verdict: 'adverse' }, direction: 'improved', lowNumbers: true });
  });

  test.each([
    ['adverse', 'non-adverse', 'improved'],
    ['adverse', 'below-range', 'improved'],
    ['adverse', 'reversed', 'improved'],
    ['non-adverse', 'adverse', 'worsened'],
    ['below-range', 'adverse', 'worsened'],
    ['adverse', 'adverse', null],
    ['non-adverse', 'below-range', null],
    ['not-calculable', 'adverse', null],
    [null, 'adverse', null],
  ] as const)('verdictDirection %p → %p is %p', (from, to, direction) => {
    expect(verdictDirection(from, to)).toBe(direction);
  });

  test('a trend never says "worsened" when the verdict leaves adverse, nor "improved" when it enters it', () => {
    fc.assert(
      fc.property(
        countsPair(),
        countsPair(),
        fc.constantFrom('closer-to-parity', 'adverse-direction') as fc.Arbitrary<TrendOptions['ratioImprovement']>,
        (a, b, reading) => {
          const from = yearOf(2023, { indicator2: { shortlisted: a.population, appointed: a.events } });
          const to = yearOf(2024, { indicator2: { shortlisted: b.population, appointed: b.events } });
          const result = change(from, to, '2', { ratioImprovement: reading });
          const judged = result.direction !== 'not-comparable';
          const leftAdverse = judged && result.from.verdict === 'adverse' && result.to.verdict !== 'adverse';
          const enteredAdverse = judged && result.from.verdict !== 'adverse' && result.to.verdict === 'adverse';
          expect({ leftAdverse, enteredAdverse, direction: result.direction }).toEqual({
            leftAdverse,
            enteredAdverse,
            direction: leftAdverse ? 'improved' : enteredAdverse ? 'worsened' : result.direction,
          });
        },
      ),
    );
  });
});

const survey = (id: '5' | '7', white: number, bme: number) => ({ [`indicator${id}`]: { white, bme } });

/** Indicator 1 with 100 in Band 5 (20 BME) and 20 in Band 8a, `seniorBme` of them BME. */
const seniorRows = (seniorBme: number) => ({
  indicator1: {
    rows: [
      { staffGroup: 'clinical' as const, band: 'Band 5', white: 80, bme: 20, unknown: 0 },
      { staffGroup: 'non-clinical' as const, band: 'Band 8a', white: 20 - seniorBme, bme: seniorBme, unknown: 0 },
    ],
  },
});

describe('compareYears: gaps and shares (percentage points)', () => {
  test.each([
    // [indicator, from White/BME, to White/BME, change, adverse-direction, closer-to-zero]
    ['5', [25, 30], [25, 28], -2, 'improved', 'improved'],
    ['5', [25, 28], [25, 30.5], 2.5, 'worsened', 'worsened'],
    // BME staff already report less harassment; the gap widens in their favour.
    ['5', [25, 23], [25, 21], -2, 'improved', 'worsened'],
    // Adverse (+2) → the other way (−2): the verdict decides, so improved under both readings.
    ['5', [25, 27], [25, 23], -4, 'improved', 'improved'],
    // Indicator 7: lower is adverse, so a rising gap is better.
    ['7', [60, 50], [60, 55], 5, 'improved', 'improved'],
    // The other way (+3) → adverse (−2): worsened under both readings.
    ['7', [60, 63], [60, 58], -5, 'worsened', 'worsened'],
    ['7', [60, 60], [60, 60], 0, 'no-change', 'no-change'],
  ] as const)('indicator %s: %p → %p', (id, [fw, fb], [tw, tb], expectedChange, adverse, zero) => {
    const from = yearOf(2023, survey(id, fw, fb));
    const to = yearOf(2024, survey(id, tw, tb));
    expect(change(from, to, id)).toMatchObject({ change: expectedChange, direction: adverse, unit: 'percentage points', measure: 'survey-gap' });
    expect(change(from, to, id, { gapImprovement: 'closer-to-zero' }).direction).toBe(zero);
  });

  test('indicator 9: board minus workforce, under-representation shrinking is an improvement', () => {
    // 2023: 2/12 = 16.7% − 590/1624 = 36.3% → −19.7 pp. 2024: 4/12 = 33.3% − 36.3% → −3.0 pp.
    const workforce = g(978, 590, 56);
    const from = yearOf(2023, { indicator9: { boardVoting: g(10, 2), workforce } });
    const to = yearOf(2024, { indicator9: { boardVoting: g(8, 4), workforce } });
    expect(change(from, to, '9')).toMatchObject({ from: { value: -19.7 }, to: { value: -3 }, change: 16.7, direction: 'improved' });
    // Past zero: +10 → +20 moves away from the adverse side, but away from parity too.
    const above = change(
      yearOf(2023, { indicator9: { boardVoting: g(6, 4), workforce: g(70, 30) } }),
      yearOf(2024, { indicator9: { boardVoting: g(5, 5), workforce: g(70, 30) } }),
      '9',
      { gapImprovement: 'closer-to-zero' },
    );
    expect(above).toMatchObject({ change: 10, direction: 'worsened' });
  });

  test('indicator 1: the senior BME share, higher is better whichever gap reading is chosen', () => {
    // 2/20 = 10.0% → 5/20 = 25.0%.
    for (const gapImprovement of ['adverse-direction', 'closer-to-zero'] as const) {
      expect(change(yearOf(2023, seniorRows(2)), yearOf(2024, seniorRows(5)), '1', { gapImprovement })).toMatchObject({
        measure: 'senior-bme-percent',
        change: 15,
        direction: 'improved',
      });
    }
    expect(change(yearOf(2023, seniorRows(5)), yearOf(2024, seniorRows(2)), '1').direction).toBe('worsened');
  });
});

describe('compareYears: not comparable', () => {
  test('an indicator given in only one year, or not calculable in one, says why', () => {
    const from = yearOf(2023, { ...i2(250, 200), indicator5: { white: 20, bme: 25 } });
    const to = yearOf(2024, { ...i2(250, 0), indicator7: { white: 60, bme: 55 } });
    expect(compareYears(from, to).indicators.map((c) => [c.indicator, c.direction, c.change, c.reason])).toEqual([
      ['2', 'not-comparable', null, 'indicator 2 has no finite figure for 2024: No BME applicants were appointed (White: 250 of 1000, 25.0%)'],
      ['5', 'not-comparable', null, 'indicator 5 is not given for 2024'],
      ['7', 'not-comparable', null, 'indicator 7 is not given for 2023'],
    ]);
  });

  test('indicator 1 with no senior staff is not calculable', () => {
    const onlyBand5 = { indicator1: { rows: [{ staffGroup: 'clinical' as const, band: 'Band 5', white: 8, bme: 2, unknown: 0 }] } };
    expect(change(yearOf(2023, onlyBand5), yearOf(2024, onlyBand5), '1').reason).toBe(
      'indicator 1 is not calculable for 2023: there is no one in bands 8a–9 or VSM to take a share of',
    );
  });

  test('figures reached by different readings are not compared', () => {
    const indicator3 = { headcount: g(2400, 800), entered: g(24, 16), previousYear: { headcount: g(2300, 760), entered: g(30, 10) } };
    const from = yearOf(2023, { indicator3 }, { indicator3Average: 'pooled-two-years' });
    const to = yearOf(2024, { indicator3 });
    expect(change(from, to, '3')).toMatchObject({
      direction: 'not-comparable',
      reason: 'the figures were reached differently (2023: pooled-two-years reading; 2024: single-year reading)',
    });
    const board = { indicator9: { boardVoting: g(10, 2), workforce: g(900, 100, 50) } };
    expect(change(yearOf(2023, board, { percentDenominator: 'known-ethnicity' }), yearOf(2024, board), '9').reason).toBe(
      'the figures were reached differently (2023: BME % over known-ethnicity; 2024: BME % over all-staff)',
    );
  });

  test('indicatorChange with no figure on either side', () => {
    expect(indicatorChange('4', 2023, null, 2024, null)).toMatchObject({
      direction: 'not-comparable',
      reason: 'indicator 4 is not given for 2023',
      lowNumbers: false,
    });
  });
});

describe('compareYears: arguments', () => {
  const a = yearOf(2023, i2(250, 200));
  test.each([
    ['the same year twice', () => compareYears(a, yearOf(2023, i2(250, 200))), 'the earlier year must come first (got 2023 then 2023)'],
    ['years the wrong way round', () => compareYears(yearOf(2024, {}), a), 'the earlier year must come first (got 2024 then 2023)'],
    [
      'two organisations',
      () => compareYears(a, { ...yearOf(2024, {}), organisation: { name: 'Other', odsCode: 'RYY' } }),
      'results must be for one organisation (got RXX and RYY)',
    ],
    [
      'an unknown ratio reading',
      () => compareYears(a, yearOf(2024, {}), { ratioImprovement: 'nearest' as 'closer-to-parity' }),
      "options.ratioImprovement must be 'closer-to-parity' or 'adverse-direction' (got nearest)",
    ],
    [
      'an unknown gap reading',
      () => resolveTrendOptions({ gapImprovement: 'x' as 'closer-to-zero' }),
      "options.gapImprovement must be 'adverse-direction' or 'closer-to-zero' (got x)",
    ],
    ['an unknown basis', () => resolveTrendOptions({ basis: 'x' as 'rounded' }), "options.basis must be 'rounded' or 'unrounded' (got x)"],
  ])('rejects %s', (_name, call, message) => {
    expect(call).toThrow(new RangeError(message));
  });

  test('the readings used are recorded with the comparison', () => {
    const result = compareYears(a, yearOf(2024, {}), { gapImprovement: 'closer-to-zero' });
    expect(result).toMatchObject({
      organisation: { odsCode: 'RXX' },
      fromYear: 2023,
      toYear: 2024,
      readings: { ratioImprovement: 'closer-to-parity', gapImprovement: 'closer-to-zero', basis: 'rounded' },
    });
  });
});

describe('wresSeries', () => {
  const years = [
    yearOf(2024, { ...i2(250, 200), indicator5: { white: 20, bme: 24 } }),
    yearOf(2022, i2(322, 200)),
    yearOf(2023, { indicator5: { white: 20, bme: 26 } }),
  ];

  test('points per year in year order, with gaps where an indicator is missing', () => {
    const series = wresSeries(years);
    expect(series.years).toEqual([2022, 2023, 2024]);
    expect(series.indicators.map((s) => s.indicator)).toEqual(['2', '5']);
    const [two, five] = series.indicators;
    expect(two?.points.map((p) => [p.year, p.value, p.verdict])).toEqual([
      [2022, 1.61, 'adverse'],
      [2023, null, null],
      [2024, 1.25, 'non-adverse'],
    ]);
    expect(two?.points[0]?.interval).toEqual({ lower: 1.38, upper: 1.88 });
    expect(two?.changes.map((c) => c.direction)).toEqual(['not-comparable', 'not-comparable']);
    expect(two?.overall).toMatchObject({ from: { year: 2022 }, to: { year: 2024 }, change: -0.36, direction: 'improved' });
    expect(five?.points.map((p) => p.value)).toEqual([null, 6, 4]);
    expect(five?.points[1]?.interval).toBeNull();
    expect(five?.changes.map((c) => [c.change, c.direction])).toEqual([
      [null, 'not-comparable'],
      [-2, 'improved'],
    ]);
    expect(five).toMatchObject({ unit: 'percentage points', adverseDirection: 'higher', label: '% BME − % White' });
  });

  test('one year gives points and no changes', () => {
    const series = wresSeries([yearOf(2024, i2(250, 200))]);
    expect(series.indicators[0]).toMatchObject({ points: [{ year: 2024, value: 1.25 }], changes: [], overall: null });
  });

  test.each([
    ['no results', [], 'a series needs at least one year of results'],
    ['a repeated year', [yearOf(2023, {}), yearOf(2024, {}), yearOf(2023, {})], 'each year may appear once (2023 is given twice)'],
    [
      'two organisations',
      [yearOf(2023, {}), { ...yearOf(2024, {}), organisation: { name: 'Other', odsCode: 'RYY' } }],
      'results must be for one organisation (got RXX and RYY)',
    ],
  ])('rejects %s', (_name, results, message) => {
    expect(() => wresSeries(results)).toThrow(new RangeError(message));
  });
});

describe('trend properties', () => {
  const ratioSpec = headlineSpec('2');
  const positive = fc.double({ min: 0.01, max: 100, noNaN: true });
  const options = fc.record({
    ratioImprovement: fc.constantFrom('closer-to-parity', 'adverse-direction'),
    gapImprovement: fc.constantFrom('adverse-direction', 'closer-to-zero'),
    basis: fc.constantFrom('rounded', 'unrounded'),
  }) as fc.Arbitrary<TrendOptions>;
  const opposite = { improved: 'worsened', worsened: 'improved', 'no-change': 'no-change' } as const;

  test('going back reverses the direction of any figure', () => {
    fc.assert(
      fc.property(fc.constantFrom('1', '2', '5', '7', '9' as const), positive, positive, options, (id, a, b, chosen) => {
        const spec = headlineSpec(id);
        expect(trendDirection(spec, b, a, chosen)).toBe(opposite[trendDirection(spec, a, b, chosen)]);
      }),
    );
  });

  test('a ratio and its reciprocal are equally far from parity', () => {
    fc.assert(
      fc.property(positive, (ratio) => {
        expect(trendDirection(ratioSpec, ratio, 1 / ratio, resolveTrendOptions())).toBe('no-change');
      }),
    );
  });

  test('comparing two real years either way negates the change and reverses the direction', () => {
    fc.assert(
      fc.property(countsPair(), countsPair(), options, (p, q, chosen) => {
        const a = (year: number) => yearOf(year, { indicator2: { shortlisted: p.population, appointed: p.events } });
        const b = (year: number) => yearOf(year, { indicator2: { shortlisted: q.population, appointed: q.events } });
        const forward = change(a(2023), b(2024), '2', chosen);
        const backward = change(b(2023), a(2024), '2', chosen);
        expect(backward.change).toBe(forward.change === null ? null : -forward.change + 0);
        const expected = forward.direction === 'not-comparable' ? 'not-comparable' : opposite[forward.direction];
        expect(backward.direction).toBe(expected);
      }),
    );
  });

  test("a series' consecutive changes are the pairwise comparisons", () => {
    fc.assert(
      fc.property(fc.array(countsPair(), { minLength: 2, maxLength: 5 }), (pairs) => {
        const results = pairs.map((p, i) => yearOf(2018 + i, { indicator4: { headcount: p.population, accessed: p.events } }));
        const series = wresSeries(results);
        const pairwise = results.slice(1).map((result, i) => change(results[i] as WresResult, result, '4'));
        expect(series.indicators[0]?.changes).toEqual(pairwise);
      }),
    );
  });
});
