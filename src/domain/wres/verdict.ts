import type { AdverseDirection } from './indicator-catalogue';

/** How a figure reads for BME staff. */
export type Verdict = 'non-adverse' | 'adverse' | 'favourable' | 'too-few' | 'not-calculable';

/**
 * Verdict of a relative likelihood against the inclusive range [lower, upper] (0.80–1.25 by
 * default): inside → non-adverse; above → adverse when higher is adverse, else favourable;
 * below → the opposite. So 0.80 and 1.25 are non-adverse, 1.26 is adverse for indicator 2.
 */
export function ratioVerdict(value: number, range: { readonly lower: number; readonly upper: number }, adverse: AdverseDirection): Verdict {
  if (value >= range.lower && value <= range.upper) return 'non-adverse';
  const high = value > range.upper;
  return high === (adverse === 'higher') ? 'adverse' : 'favourable';
}

/**
 * Verdict of a difference in percentage points (BME minus White, or board minus workforce):
 * within ±tolerance → non-adverse; otherwise adverse when it moves in the adverse direction.
 * With tolerance 0, a gap of exactly 0.0 is non-adverse and 0.1 either way is not.
 */
export function gapVerdict(gap: number, tolerance: number, adverse: AdverseDirection): Verdict {
  if (Math.abs(gap) <= tolerance) return 'non-adverse';
  return gap > 0 === (adverse === 'higher') ? 'adverse' : 'favourable';
}
