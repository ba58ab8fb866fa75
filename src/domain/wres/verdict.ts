import type { AdverseDirection } from './indicator-catalogue';

/**
 * How a figure reads for BME staff, by NHS England's rule for that kind of figure.
 *
 * - `adverse`: BME staff are disadvantaged (a relative likelihood past 1.25 in the adverse
 *   direction, or a gap on the adverse side);
 * - `non-adverse`: a relative likelihood inside 0.80–1.25, or no gap (one that rounds to 0.0);
 * - `below-range`: a relative likelihood outside the range the other way (below 0.80 for 2–4):
 *   the group in the numerator is the less likely one;
 * - `reversed`: a gap that runs the other way (White staff fare worse, or BME staff are better
 *   represented than in the workforce);
 * - `not-calculable`: a group has nobody in its denominator, or there is nothing to compare.
 *
 * How sure the evidence is lives apart from the verdict, in {@link Certainty}, so a small number
 * of events never hides a verdict and never makes one.
 */
export type Verdict = 'non-adverse' | 'adverse' | 'below-range' | 'reversed' | 'not-calculable';

/**
 * How sure the evidence is of the verdict, from the 95% interval:
 * - `clear`: the whole interval lies on the verdict's side (for `adverse` relative likelihoods
 *   the lower bound is above 1.25; for `below-range` the upper bound is below 0.80; for
 *   `non-adverse` the interval lies inside 0.80–1.25; for gaps, the interval lies wholly on the
 *   gap's side of zero);
 * - `uncertain`: the interval reaches past the verdict's side, so the verdict could be chance;
 * - `not-assessed`: there is no interval (a count of everyone, such as indicators 1 and 9;
 *   survey respondent numbers not given; an averaged reading with no defined interval; or no
 *   figure at all).
 */
export type Certainty = 'clear' | 'uncertain' | 'not-assessed';

/**
 * Verdict of a relative likelihood against the inclusive range [lower, upper] (0.80–1.25 by
 * default): inside → non-adverse; outside on the adverse side → adverse; outside the other way →
 * below-range. For indicators 2–4 higher is always adverse, so above the range is `adverse` and
 * below it is `below-range`. `value` may be +Infinity (the denominator group had no events while the other
 * did): that is above the range. So 0.80 and 1.25 are non-adverse, 1.26 is adverse.
 */
export function ratioVerdict(value: number, range: { readonly lower: number; readonly upper: number }, adverse: AdverseDirection): Verdict {
  if (value >= range.lower && value <= range.upper) return 'non-adverse';
  const high = value > range.upper;
  return high === (adverse === 'higher') ? 'adverse' : 'below-range';
}

/**
 * Verdict of a difference in percentage points (BME minus White, or board minus workforce):
 * within ±tolerance → non-adverse; otherwise adverse when it moves in the adverse direction,
 * reversed when it moves the other way. With tolerance 0, a gap of exactly 0.0 (so, on the
 * rounded basis, one that rounds to 0.0) is non-adverse and 0.1 either way is not.
 */
export function gapVerdict(gap: number, tolerance: number, adverse: AdverseDirection): Verdict {
  if (Math.abs(gap) <= tolerance) return 'non-adverse';
  return gap > 0 === (adverse === 'higher') ? 'adverse' : 'reversed';
}

/**
 * Certainty of a verdict from an interval, all on the same scale as the verdict's range:
 * - a relative likelihood with `range` 0.80–1.25: adverse (higher adverse) → clear when
 *   lower > range.upper; below-range → clear when upper < range.lower; non-adverse → clear when
 *   range.lower ≤ lower and upper ≤ range.upper;
 * - a gap with `range` −tolerance…+tolerance: the same rule, so an adverse gap on the 'higher'
 *   side is clear when the interval's lower bound is above +tolerance.
 * Bounds are compared as given: pass the rounded bounds when verdicts are on rounded figures, so a
 * shown lower bound of 1.25 is never called clear. `not-calculable` and a null interval give
 * `not-assessed`.
 */
export function certaintyOf(
  verdict: Verdict,
  interval: { readonly lower: number; readonly upper: number } | null,
  range: { readonly lower: number; readonly upper: number },
  adverse: AdverseDirection,
): Certainty {
  if (interval === null || verdict === 'not-calculable') return 'not-assessed';
  if (verdict === 'non-adverse') return interval.lower >= range.lower && interval.upper <= range.upper ? 'clear' : 'uncertain';
  const pastUpper = interval.lower > range.upper;
  const pastLower = interval.upper < range.lower;
  const adverseSideIsHigh = adverse === 'higher';
  const onHighSide = verdict === 'adverse' ? adverseSideIsHigh : !adverseSideIsHigh;
  return (onHighSide ? pastUpper : pastLower) ? 'clear' : 'uncertain';
}
