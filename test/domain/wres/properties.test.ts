import fc from 'fast-check';
import { calculateWres, parseWresInput, type RatioIndicatorResult } from '../../../src/domain/wres';
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

const swap = <T extends { white: number; bme: number }>(counts: T): T => ({ ...counts, white: counts.bme, bme: counts.white });

describe('calculator properties', () => {
  test('swapping White and BME in indicator 2 inverts the ratio and its interval', () => {
    fc.assert(
      fc.property(countsPair(), (pair) => {
        const original = i2(pair);
        const swapped = i2({ population: swap(pair.population), events: swap(pair.events) });
        if (original.unrounded === null || original.unrounded === 0) return;
        expect(swapped.unrounded).not.toBeNull();
        expect((swapped.unrounded as number) * original.unrounded).toBeCloseTo(1, 10);
        if (original.confidenceInterval !== null && swapped.confidenceInterval !== null) {
          expect(swapped.confidenceInterval.lowerUnrounded * original.confidenceInterval.upperUnrounded).toBeCloseTo(1, 10);
          expect(swapped.confidenceInterval.upperUnrounded * original.confidenceInterval.lowerUnrounded).toBeCloseTo(1, 10);
        }
        // Away from the range edges, an adverse ratio becomes a favourable one.
        const away = original.unrounded > 1.3 || original.unrounded < 0.75;
        if (away && original.verdict === 'adverse') expect(swapped.verdict).toBe('favourable');
        if (away && original.verdict === 'favourable') expect(swapped.verdict).toBe('adverse');
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
          if (a.confidenceInterval !== null && b.confidenceInterval !== null) {
            const widthA = Math.log(a.confidenceInterval.upperUnrounded) - Math.log(a.confidenceInterval.lowerUnrounded);
            const widthB = Math.log(b.confidenceInterval.upperUnrounded) - Math.log(b.confidenceInterval.lowerUnrounded);
            // The log width shrinks by √k exactly; equal only when it was already 0.
            expect(widthB).toBeCloseTo(widthA / Math.sqrt(k), 9);
            if (widthA > 1e-12) expect(widthB).toBeLessThan(widthA);
          }
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
          const parsed = parseWresInput({
            ...input(),
            indicator1: { rows: [{ staffGroup: 'clinical', band: 'Band 8a', ...pair.population }] },
            indicator3: { headcount: pair.population, entered: pair.events, previousYear: { headcount: pair.population, entered: pair.events } },
            indicator7,
            indicator9,
          });
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const result = calculateWres(parsed.value, { indicator3Average: reading });
          const json = JSON.parse(JSON.stringify(result));
          expect(everyNumberFinite(json)).toBe(true);
          expect(json).toEqual(result);
          const expected = ['1', '3', ...(indicator7 ? ['7'] : []), ...(indicator9 ? ['9'] : [])];
          expect(Object.keys(result.indicators).sort()).toEqual(expected);
        },
      ),
    );
  });
});
