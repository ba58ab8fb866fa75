import { round2 } from '../shared/rounding';

/** Events (appointed, entered, accessed) out of a population (shortlisted, headcount). */
export interface EventCounts {
  readonly events: number;
  readonly population: number;
}

/** How a group is named in reasons: "BME applicants shortlisted", "BME applicants were appointed". */
export interface GroupLabel {
  readonly population: string;
  readonly withEvent: string;
}

/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

export interface ConfidenceInterval {
  readonly level: 0.95;
  readonly method: 'log (Katz)';
  /** Bounds rounded half away from zero to 2 dp. */
  readonly lower: number;
  readonly upper: number;
  readonly lowerUnrounded: number;
  readonly upperUnrounded: number;
}

export type RelativeLikelihood =
  | {
      readonly calculable: true;
      /** Unrounded ratio of likelihoods. */
      readonly unrounded: number;
      /** Rounded half away from zero to 2 dp. */
      readonly value: number;
      readonly confidenceInterval: ConfidenceInterval | null;
      /** Why there is no interval, when there is none. */
      readonly intervalNote: string | null;
    }
  | { readonly calculable: false; readonly reason: string };

/**
 * Relative likelihood RL = (a / n₁) ÷ (c / n₂), where the numerator group had `a` events out of
 * `n₁` and the denominator group `c` out of `n₂`. Unitless; 1 is parity.
 *
 * 95% interval by the log (Katz) method: exp(ln RL ± 1.96 · √(1/a − 1/n₁ + 1/c − 1/n₂)).
 * Not part of WRES itself (wres.md §4); shown so a board can see how sure the figure is.
 *
 * Edge cases, none of which yields NaN or Infinity:
 * - n₁ = 0 or n₂ = 0 → not calculable (no one in a group);
 * - c = 0 → not calculable (the denominator likelihood is zero, so RL would be infinite);
 * - a = 0 → RL is 0, but the log interval needs a > 0, so the interval is null with a note;
 * - a = n₁ and c = n₂ → the variance is 0 and the interval collapses to [RL, RL].
 * `labels` word the reasons, e.g. "there are no BME applicants shortlisted".
 */
export function relativeLikelihood(
  numerator: EventCounts,
  denominator: EventCounts,
  labels: { readonly numerator: GroupLabel; readonly denominator: GroupLabel },
): RelativeLikelihood {
  if (numerator.population === 0) return { calculable: false, reason: `there are no ${labels.numerator.population}` };
  if (denominator.population === 0) return { calculable: false, reason: `there are no ${labels.denominator.population}` };
  if (denominator.events === 0) {
    return { calculable: false, reason: `no ${labels.denominator.withEvent}, so the ratio has no finite value` };
  }
  const unrounded = numerator.events / numerator.population / (denominator.events / denominator.population);
  if (numerator.events === 0) {
    return {
      calculable: true,
      unrounded,
      value: round2(unrounded),
      confidenceInterval: null,
      intervalNote: `no ${labels.numerator.withEvent}, so the log-method interval cannot be formed`,
    };
  }
  return { calculable: true, unrounded, value: round2(unrounded), confidenceInterval: katzInterval(unrounded, numerator, denominator), intervalNote: null };
}

/** Standard error of ln RL by the delta method: √(1/a − 1/n₁ + 1/c − 1/n₂), clamped at 0 against rounding. */
export function logStandardError(numerator: EventCounts, denominator: EventCounts): number {
  const variance = 1 / numerator.events - 1 / numerator.population + 1 / denominator.events - 1 / denominator.population;
  return Math.sqrt(Math.max(0, variance));
}

function katzInterval(ratio: number, numerator: EventCounts, denominator: EventCounts): ConfidenceInterval {
  const halfWidth = Z_95 * logStandardError(numerator, denominator);
  const lowerUnrounded = Math.exp(Math.log(ratio) - halfWidth);
  const upperUnrounded = Math.exp(Math.log(ratio) + halfWidth);
  return {
    level: 0.95,
    method: 'log (Katz)',
    lower: round2(lowerUnrounded),
    upper: round2(upperUnrounded),
    lowerUnrounded,
    upperUnrounded,
  };
}
