import fc from 'fast-check';
import { calculateWres, gapIntervalOf, headlineFigure, wilsonInterval, type SurveyInput, type WresOptions } from '../../../src/domain/wres';
import { input } from './build';

function survey(id: '5' | '6' | '7' | '8', given: SurveyInput, options: Partial<WresOptions> = {}) {
  return calculateWres(input({ [`indicator${id}`]: given }), options).indicators[id];
}

describe('indicators 5–8: staff survey', () => {
  test.each([
    // [id, white, bme, white 1dp, bme 1dp, gap, verdict]
    // 30.35 − 25.3 = 5.05 (5.0500000000000007 in binary) → 5.1; higher is worse for 5.
    ['5', 25.3, 30.35, 25.3, 30.4, 5.1, 'adverse'],
    // 20.25 → 20.3 (half away); 24.9 − 20.25 = 4.65 → 4.7 (4.649999… in binary, read at 15 digits).
    ['6', 20.25, 24.9, 20.3, 24.9, 4.7, 'adverse'],
    // Indicator 7: lower is worse; 45.5 − 58 = −12.5 → adverse.
    ['7', 58, 45.5, 58, 45.5, -12.5, 'adverse'],
    ['7', 45.5, 58, 45.5, 58, 12.5, 'reversed'],
    ['8', 6, 6, 6, 6, 0, 'non-adverse'],
    ['8', 9.1, 6.05, 9.1, 6.1, -3.1, 'reversed'],
    // 0 and 100 are allowed edges.
    ['5', 0, 100, 0, 100, 100, 'adverse'],
  ] as const)('indicator %s: White %p, BME %p', (id, white, bme, white1, bme1, gap, verdict) => {
    expect(survey(id, { white, bme })).toMatchObject({
      white: white1,
      bme: bme1,
      gap,
      verdict,
      certainty: 'not-assessed',
      gapInterval: null,
      reason: null,
      smallNumbers: false,
      whiteRespondents: null,
      bmeRespondents: null,
    });
  });

  test('a gap inside the tolerance is non-adverse', () => {
    expect(survey('5', { white: 20, bme: 21 }, { surveyGapTolerance: 1 })?.verdict).toBe('non-adverse');
    expect(survey('5', { white: 20, bme: 21.1 }, { surveyGapTolerance: 1 })?.verdict).toBe('adverse');
  });

  test('a gap that rounds to 0.0 is no gap, on either basis', () => {
    expect(survey('8', { white: 10, bme: 10.04 })?.verdict).toBe('non-adverse');
    expect(survey('8', { white: 10, bme: 10.04 }, { verdictBasis: 'unrounded' })?.verdict).toBe('non-adverse');
    expect(survey('8', { white: 10, bme: 10.06 }, { verdictBasis: 'unrounded' })).toMatchObject({ gap: 0.1, verdict: 'adverse' });
  });

  test('without respondent numbers, certainty is not assessed and says why', () => {
    expect(survey('5', { white: 25, bme: 30 })?.certaintyReason).toBe(
      'not assessed: the numbers of White and BME respondents are not given, so how sure the gap is cannot be said',
    );
  });

  test.each([
    // [name, white % of nW, bme % of nB, gap, interval, verdict, certainty]. Wilson intervals by hand for the first:
    // BME 30% of 200 → 24.07–36.68%; White 20% of 800 → 17.37–22.91%;
    // L = 10 − √(5.926² + 2.912²) = 3.4; U = 10 + √(6.679² + 2.626²) = 17.2.
    ['adverse and clear', [20, 800], [30, 200], 10, [3.4, 17.2], 'adverse', 'clear'],
    // BME 25% of 60 against White 20% of 400: the interval −5.1 to +17.8 includes no gap.
    ['adverse, could be chance', [20, 400], [25, 60], 5, [-5.1, 17.8], 'adverse', 'uncertain'],
    // The other way: White 30% of 200, BME 20% of 800 → −17.2 to −3.4.
    ['reversed and clear', [30, 200], [20, 800], -10, [-17.2, -3.4], 'reversed', 'clear'],
    // No gap: a non-adverse verdict is never clear with no tolerance, as a gap could hide in the interval.
    // Wilson for 20% of 400: 16.37–24.20%, so ±√(3.626² + 4.197²) = ±5.5.
    ['no gap, could be chance', [20, 400], [20, 400], 0, [-5.5, 5.5], 'non-adverse', 'uncertain'],
  ] as const)('indicator 5 with respondents: %s', (_name, [white, whiteRespondents], [bme, bmeRespondents], gap, [lower, upper], verdict, certainty) => {
    const result = survey('5', { white, bme, whiteRespondents, bmeRespondents });
    expect(result).toMatchObject({ gap, verdict, certainty, gapInterval: { lower, upper, method: 'Newcombe (Wilson score)' } });
  });

  test('indicator 7 (lower is worse): a clear fall for BME staff is adverse and clear', () => {
    // BME 20% of 800 against White 30% of 200: −10.0, interval −17.2 to −3.4, wholly below 0.
    expect(survey('7', { white: 30, bme: 20, whiteRespondents: 200, bmeRespondents: 800 })).toMatchObject({ verdict: 'adverse', certainty: 'clear' });
    expect(survey('7', { white: 30, bme: 20, whiteRespondents: 200, bmeRespondents: 800 })?.certaintyReason).toBe(
      'clear: the whole of the 95% interval, −17.2 to −3.4 percentage points, is below 0.0',
    );
  });

  test('on the unrounded basis the unrounded bounds decide', () => {
    // White 20% of 800, BME 30% of 200: lower bound 3.3977…, so clear either way; the reason shows the bounds as judged.
    const result = survey('5', { white: 20, bme: 30, whiteRespondents: 800, bmeRespondents: 200 }, { verdictBasis: 'unrounded' });
    expect(result).toMatchObject({ verdict: 'adverse', certainty: 'clear' });
    expect(result?.gapInterval?.lowerUnrounded).toBeCloseTo(3.3977, 4);
  });

  test('the headline figure carries the gap interval and its certainty', () => {
    const result = calculateWres(input({ indicator6: { white: 20, bme: 30, whiteRespondents: 800, bmeRespondents: 200 } }));
    expect(headlineFigure(result, '6')).toMatchObject({
      value: 10,
      verdict: 'adverse',
      certainty: 'clear',
      interval: { lower: 3.4, upper: 17.2 },
      smallNumbers: false,
      figureWords: null,
    });
  });

  test('a tolerance makes a narrow no-gap interval clear', () => {
    const result = survey('6', { white: 20, bme: 20, whiteRespondents: 5000, bmeRespondents: 5000 }, { surveyGapTolerance: 2 });
    expect(result).toMatchObject({ verdict: 'non-adverse', certainty: 'clear' });
    expect(result?.certaintyReason).toMatch(/^clear: the 95% interval, −1\.6 to \+1\.6 percentage points, lies within ±2\.0$/);
  });

  test.each([
    [
      { whiteRespondents: 400, bmeRespondents: 10 },
      'fewer than 11 respondents in a group (White 400, BME 10): the Staff Survey does not publish groups this small, so read the gap with caution',
    ],
    [
      { bmeRespondents: 5 },
      'fewer than 11 respondents in a group (White not given, BME 5): the Staff Survey does not publish groups this small, so read the gap with caution',
    ],
    [
      { whiteRespondents: 0 },
      'fewer than 11 respondents in a group (White 0, BME not given): the Staff Survey does not publish groups this small, so read the gap with caution',
    ],
  ])('small numbers %j: a caution, and the verdict stands', (counts, reason) => {
    expect(survey('6', { white: 20, bme: 25, ...counts })).toMatchObject({ verdict: 'adverse', smallNumbers: true, reason });
  });

  test('11 respondents in each group is no small number', () => {
    expect(survey('6', { white: 20, bme: 25, whiteRespondents: 11, bmeRespondents: 11 })).toMatchObject({
      verdict: 'adverse',
      smallNumbers: false,
      reason: null,
    });
  });

  test('a group of no respondents gives no interval', () => {
    expect(survey('6', { white: 20, bme: 25, whiteRespondents: 0, bmeRespondents: 40 })).toMatchObject({ gapInterval: null, certainty: 'not-assessed' });
  });
});

describe('the gap interval (Newcombe, method 10)', () => {
  test.each([
    // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10.
    [56, 70, 48, 80, 5.24, 33.39],
    [9, 10, 3, 10, 17.05, 80.9],
    [10, 10, 0, 10, 60.75, 100],
  ])('%i/%i − %i/%i: %p to %p', (a, n1, c, n2, lower, upper) => {
    const interval = gapIntervalOf({ p: a / n1, n: n1 }, { p: c / n2, n: n2 });
    expect(interval.lowerUnrounded).toBeCloseTo(lower, 2);
    expect(interval.upperUnrounded).toBeCloseTo(upper, 2);
  });

  test('the Wilson interval stays within 0–1 and holds p', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const { lower, upper } = wilsonInterval(p, n);
        expect(lower >= 0 && upper <= 1 && lower <= p + 1e-12 && p <= upper + 1e-12).toBe(true);
      }),
    );
  });

  test('the gap interval holds the gap, stays within −100 to +100, and narrows as the groups grow', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        (pb, pw, nb, nw) => {
          const small = gapIntervalOf({ p: pb, n: nb }, { p: pw, n: nw });
          const large = gapIntervalOf({ p: pb, n: nb * 4 }, { p: pw, n: nw * 4 });
          const gap = (pb - pw) * 100;
          expect(small.lowerUnrounded).toBeLessThanOrEqual(gap + 1e-9);
          expect(gap).toBeLessThanOrEqual(small.upperUnrounded + 1e-9);
          expect(small.lowerUnrounded).toBeGreaterThanOrEqual(-100 - 1e-9);
          expect(small.upperUnrounded).toBeLessThanOrEqual(100 + 1e-9);
          expect(large.upperUnrounded - large.lowerUnrounded).toBeLessThanOrEqual(small.upperUnrounded - small.lowerUnrounded + 1e-9);
        },
      ),
    );
  });
});
