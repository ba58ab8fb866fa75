import fc from 'fast-check';
import { type ConfidenceInterval, calculateWres, parseWresInput, type RatioIndicatorResult } from '../../../src/domain/wres';
import { okValue } from '../support/validated';
import { countsPair } from './arbitraries';
import { input } from './build';

function everyNumberFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(everyNumberFinite);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(everyNumberFinite);
  return true;
}

function i2(pair: { population: { white: number; bme: number; unknown: number }; events: { white: number; bme: number; unknown: number } }) {
  return calculateWres(input({ indicator2: { shortlisted: pair.population, appointed: pair.events } })).indicators['2'] as RatioIndicatorResult;
}

/** The unrounded ratio of a calculable result; throws otherwise, so a test cannot pass without one. */
function ratio(result: RatioIndicatorResult): number {
  if (result.unrounded === null) throw new Error(`expected a ratio: ${result.reason ?? ''}`);
  return result.unrounded;
}

/** The interval of a result that has one; throws otherwise. */
function interval(result: RatioIndicatorResult): ConfidenceInterval {
  if (result.confidenceInterval === null) throw new Error(`expected an interval: ${result.reason ?? ''}`);
  return result.confidenceInterval;
}

/** Width of the log interval; 0 when there is none, as when there are no events to form one. */
function logWidth(result: RatioIndicatorResult): number {
  const ci = result.confidenceInterval;
  return ci === null ? 0 : Math.log(ci.upperUnrounded) - Math.log(ci.lowerUnrounded);
}

/** White and BME counts ten thousand times larger, Unknown as it was. */
const timesTenThousand = (c: { white: number; bme: number; unknown: number }) => ({ white: c.white * 10000, bme: c.bme * 10000, unknown: c.unknown });

const swap = <T extends { white: number; bme: number }>(counts: T): T => ({ ...counts, white: counts.bme, bme: counts.white });

describe('calculator properties', () => {
  test('swapping White and BME in indicator 2 inverts the ratio and its interval', () => {
    fc.assert(
      fc.property(countsPair(), (pair) => {
        const original = i2(pair);
        fc.pre(original.unrounded !== null && original.unrounded !== 0);
        const swapped = i2({ population: swap(pair.population), events: swap(pair.events) });
        // Both groups had events, so both ratios are finite and non-zero and both have intervals.
        const before = interval(original);
        const after = interval(swapped);
        expect(ratio(swapped) * ratio(original)).toBeCloseTo(1, 10);
        expect(after.lowerUnrounded * before.upperUnrounded).toBeCloseTo(1, 10);
        expect(after.upperUnrounded * before.lowerUnrounded).toBeCloseTo(1, 10);
      }),
    );
  });

  test('swapping White and BME turns a clearly adverse indicator 2 into one below the range, and back, with the same certainty', () => {
    const opposite = { adverse: 'below-range', 'below-range': 'adverse' } as const;
    fc.assert(
      fc.property(countsPair(), (pair) => {
        const original = i2(pair);
        // Away from the range edges, where rounding to 2 dp cannot move a ratio or a bound across them.
        fc.pre(original.verdict === 'adverse' || original.verdict === 'below-range');
        // Finite and non-zero both ways round: each group had events.
        fc.pre(pair.events.white > 0 && pair.events.bme > 0);
        fc.pre(ratio(original) > 1.3 || ratio(original) < 0.75);
        const bounds = interval(original);
        fc.pre([bounds.lowerUnrounded, bounds.upperUnrounded].every((b) => Math.abs(b - 1.25) > 0.01 && Math.abs(b - 0.8) > 0.01));
        const swapped = i2({ population: swap(pair.population), events: swap(pair.events) });
        expect(swapped.verdict).toBe(opposite[original.verdict as keyof typeof opposite]);
        expect(swapped.certainty).toBe(original.certainty);
      }),
    );
  });

  test('a clear verdict has its whole interval on its side of the range, and an uncertain one does not', () => {
    fc.assert(
      fc.property(countsPair(), (pair) => {
        const result = i2(pair);
        fc.pre(result.confidenceInterval !== null && result.verdict !== 'not-calculable');
        const { lower, upper } = interval(result);
        const onSide = result.verdict === 'adverse' ? lower > 1.25 : result.verdict === 'below-range' ? upper < 0.8 : lower >= 0.8 && upper <= 1.25;
        expect(result.certainty).toBe(onSide ? 'clear' : 'uncertain');
      }),
    );
  });

  test('with any events in a group, indicator 2 always has a verdict and a certainty, never "not calculable"', () => {
    fc.assert(
      fc.property(countsPair(), (pair) => {
        const result = i2(pair);
        fc.pre(pair.population.white > 0 && pair.population.bme > 0 && pair.events.white + pair.events.bme > 0);
        expect(result.verdict).not.toBe('not-calculable');
        expect(result.certainty).not.toBe('not-assessed');
        // No number where the ratio is unbounded, but words say why.
        expect(result.value === null).toBe(result.figureWords !== null && pair.events.bme === 0);
      }),
    );
  });

  test('a hundredfold more evidence makes a verdict away from the range edges clear', () => {
    fc.assert(
      fc.property(countsPair(2000), (pair) => {
        const result = i2(pair);
        fc.pre(result.confidenceInterval?.method === 'log (Katz)' && result.unrounded !== null);
        const value = result.unrounded as number;
        fc.pre(value > 1.3 || value < 0.76 || (value > 0.85 && value < 1.18));
        const scaled = i2({ population: timesTenThousand(pair.population), events: timesTenThousand(pair.events) });
        expect(scaled.verdict).toBe(result.verdict);
        expect(scaled.certainty).toBe('clear');
      }),
    );
  });

  test('scaling every count by k keeps each ratio and narrows its interval', () => {
    fc.assert(
      fc.property(countsPair(2000), fc.integer({ min: 2, max: 50 }), (pair, k) => {
        const scale = (c: { white: number; bme: number; unknown: number }) => ({ white: c.white * k, bme: c.bme * k, unknown: c.unknown * k });
        const base = { population: pair.population, events: pair.events };
        const scaled = { population: scale(pair.population), events: scale(pair.events) };
        const indicators = (p: typeof base) =>
          calculateWres(
            input({
              indicator2: { shortlisted: p.population, appointed: p.events },
              indicator3: { headcount: p.population, entered: p.events },
              indicator4: { headcount: p.population, accessed: p.events },
            }),
            { minimumEvents: 0 },
          ).indicators;
        const before = indicators(base);
        const after = indicators(scaled);
        for (const id of ['2', '3', '4'] as const) {
          const a = before[id] as RatioIndicatorResult;
          const b = after[id] as RatioIndicatorResult;
          expect(b.unrounded).toBe(a.unrounded);
          expect(b.value).toBe(a.value);
          expect(b.verdict).toBe(a.verdict);
          // Scaling keeps which counts are zero, so an interval exists after exactly when it did before,
          // formed the same way.
          expect(b.confidenceInterval === null).toBe(a.confidenceInterval === null);
          expect(b.confidenceInterval?.method).toBe(a.confidenceInterval?.method);
          // Without a zero cell the log width shrinks by √k exactly (k ≥ 2). The Haldane–Anscombe ½
          // does not scale with k, so corrected intervals are only required to stay finite and positive.
          const plainKatz = a.confidenceInterval?.method === 'log (Katz)';
          const expectedWidth = plainKatz ? logWidth(a) / Math.sqrt(k) : logWidth(b);
          expect(logWidth(b)).toBeCloseTo(expectedWidth, 9);
          expect(!plainKatz || logWidth(b) <= logWidth(a)).toBe(true);
          expect(plainKatz || a.confidenceInterval === null || logWidth(b) > 0).toBe(true);
        }
      }),
    );
  });

  test('any valid input gives JSON with no NaN or Infinity and only the indicators given', () => {
    const group = fc.record({ white: fc.nat(3000), bme: fc.nat(3000), unknown: fc.nat(300) });
    const survey = fc.record({ white: fc.double({ min: 0, max: 100, noNaN: true }), bme: fc.double({ min: 0, max: 100, noNaN: true }) });
    fc.assert(
      fc.property(
        countsPair(),
        fc.option(survey, { nil: undefined }),
        fc.option(fc.record({ boardVoting: group, workforce: fc.option(group, { nil: undefined }) }), { nil: undefined }),
        fc.constantFrom('single-year', 'pooled-two-years', 'mean-of-likelihoods') as fc.Arbitrary<'single-year'>,
        (pair, indicator7, indicator9, reading) => {
          const parsed = okValue(
            parseWresInput({
              ...input(),
              indicator1: { rows: [{ staffGroup: 'clinical', band: 'Band 8a', ...pair.population }] },
              indicator3: { headcount: pair.population, entered: pair.events, previousYear: { headcount: pair.population, entered: pair.events } },
              indicator7,
              indicator9,
            }),
          );
          const result = calculateWres(parsed, { indicator3Average: reading });
          const json = JSON.parse(JSON.stringify(result));
          expect(everyNumberFinite(json)).toBe(true);
          expect(json).toEqual(result);
          const expected = ['1', '3', ...(indicator7 ? ['7'] : []), ...(indicator9 ? ['9'] : [])];
          expect(Object.keys(result.indicators).toSorted()).toEqual(expected);
        },
      ),
    );
  });
});
