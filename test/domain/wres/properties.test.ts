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

  test('swapping White and BME turns a clearly adverse indicator 2 into a favourable one, and back', () => {
    const opposite = { adverse: 'favourable', favourable: 'adverse' } as const;
    fc.assert(
      fc.property(countsPair(), (pair) => {
        const original = i2(pair);
        // Away from the range edges, where rounding to 2 dp cannot move a ratio across them.
        fc.pre(original.verdict === 'adverse' || original.verdict === 'favourable');
        fc.pre(ratio(original) > 1.3 || ratio(original) < 0.75);
        const swapped = i2({ population: swap(pair.population), events: swap(pair.events) });
        expect(swapped.verdict).toBe(opposite[original.verdict as keyof typeof opposite]);
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
          // Scaling keeps which counts are zero, so an interval exists after exactly when it did before.
          expect(b.confidenceInterval === null).toBe(a.confidenceInterval === null);
          // The log width shrinks by √k exactly (k ≥ 2), so it narrows unless it was already 0.
          expect(logWidth(b)).toBeCloseTo(logWidth(a) / Math.sqrt(k), 9);
          expect(logWidth(b)).toBeLessThanOrEqual(logWidth(a));
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
          const parsed = okValue(parseWresInput({
            ...input(),
            indicator1: { rows: [{ staffGroup: 'clinical', band: 'Band 8a', ...pair.population }] },
            indicator3: { headcount: pair.population, entered: pair.events, previousYear: { headcount: pair.population, entered: pair.events } },
            indicator7,
            indicator9,
          }));
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
