/**
 * Rounding for figures a board will read. Every published WRES figure is rounded once, for
 * display, from the unrounded value (see wres.md §8 pitfall 4), so these helpers are only
 * ever applied at the edge of a calculation.
 */

/** Significant digits kept before rounding: the precision a spreadsheet shows, and enough to
 * strip binary representation noise (1.005 is stored as 1.00499999999999989…). */
const SIGNIFICANT_DIGITS = 15;

/**
 * Rounds half away from zero to `decimals` decimal places, as NHS England's published tables
 * and Excel's ROUND do.
 *
 * Method: the value is first written as its nearest 15-significant-digit decimal string, then
 * rounded in decimal by shifting the exponent of that string. So 1.005 → 1.01, 2.675 → 2.68,
 * −1.005 → −1.01, and 1.245 (from 249 / 200) → 1.25, even though none of those inputs is exact
 * in binary floating point.
 *
 * Units: unchanged. Edge cases: `decimals` must be a whole number from 0 to 10 (a RangeError
 * otherwise); NaN and ±Infinity are returned unchanged, so callers must guard before calling;
 * −0 and values that round to zero return +0, so nothing displays as "-0.00".
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`decimals must be a whole number from 0 to 10 (got ${decimals})`);
  }
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const [mantissa, exponentText] = magnitude.toExponential(SIGNIFICANT_DIGITS - 1).split('e');
  const exponent = Number(exponentText) + decimals;
  // Math.round on a non-negative number rounds half up, which is "away from zero" here.
  const shifted = Math.round(Number(`${mantissa}e${exponent}`));
  // Integer ÷ power of ten is correctly rounded by IEEE 754, so this gives the double nearest
  // the decimal result (exactly what parsing "1.01" would give).
  const rounded = shifted / 10 ** decimals;
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}

/** Rounds to 2 dp, the precision of relative likelihoods in NHS England's reports. */
export function round2(value: number): number {
  return roundHalfAwayFromZero(value, 2);
}

/** Rounds to 1 dp, the precision of percentages and percentage-point gaps in WRES reports. */
export function round1(value: number): number {
  return roundHalfAwayFromZero(value, 1);
}
