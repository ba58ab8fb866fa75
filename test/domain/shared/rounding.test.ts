import fc from 'fast-check';
import { round1, round2, roundHalfAwayFromZero } from '../../../src/domain/shared/rounding';
import { percentOf, percentOf1dp } from '../../../src/domain/shared/percent';

describe('roundHalfAwayFromZero', () => {
  // Each of these halves is stored just below the half in binary (e.g. 1.005 is
  // 1.00499999999999989…), so naive Math.round(x * 100) / 100 gets them wrong.
  test.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.245, 2, 1.25],
    [0.805, 2, 0.81],
    [8.345, 2, 8.35],
    [-1.005, 2, -1.01],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [0.05, 1, 0.1],
    [20.25, 1, 20.3],
    [5.050000000000001, 1, 5.1],
    [1.0049999, 2, 1],
    [1.2449999, 2, 1.24],
    [123456789.125, 2, 123456789.13],
    [0, 2, 0],
    [1e-9, 2, 0],
    [1e20, 2, 1e20],
  ])('%p to %p dp is %p', (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  test('values that round to zero give +0, never -0', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.004, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 1), 0)).toBe(true);
  });

  test('non-finite values pass through for the caller to guard', () => {
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toBeNaN();
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });

  test.each([-1, 1.5, 11])('rejects %p decimals', (decimals) => {
    expect(() => roundHalfAwayFromZero(1, decimals)).toThrow(RangeError);
  });

  test('round1 and round2 are the 1 and 2 dp forms', () => {
    expect(round1(0.25)).toBe(0.3);
    expect(round2(0.125)).toBe(0.13);
  });

  test('property: rounding is odd-symmetric and within half a unit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const rounded = roundHalfAwayFromZero(value, decimals);
        expect(roundHalfAwayFromZero(-value, decimals)).toBe(rounded === 0 ? 0 : -rounded);
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      }),
    );
  });

  test('property: exact decimal halves built from integers always round away from zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99999, max: 99999 }), (n) => {
        // n + 0.5 hundredths, written as a decimal string so the test does not share the code's method.
        const value = Number(`${n < 0 ? '-' : ''}${Math.floor(Math.abs(n) / 100)}.${String(Math.abs(n) % 100).padStart(2, '0')}5`);
        const expected = (Math.sign(value) * (Math.abs(n) + 1)) / 100;
        expect(roundHalfAwayFromZero(value, 2)).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });
});

describe('percentOf', () => {
  test.each([
    [1, 4, 25, 25],
    [1, 3, 33.33333333333333, 33.3],
    [2, 3, 66.66666666666666, 66.7],
    [0, 5, 0, 0],
    [5, 0, null, null],
  ])('%p of %p is %p%% (%p to 1 dp)', (part, whole, exact, rounded) => {
    expect(percentOf(part, whole)).toBe(exact);
    expect(percentOf1dp(part, whole)).toBe(rounded);
  });
});
