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

/**
 * How an interval was formed:
 * - 'log (Katz)': exp(ln RL ± z·√(1/a − 1/n₁ + 1/c − 1/n₂)), for two groups of distinct people;
 * - 'log (Katz), Haldane–Anscombe correction': the same after adding ½ to every cell of the 2×2
 *   table (so ½ to each group's events and 1 to each population), used when a cell is zero (no
 *   events, or everyone had one), where the plain log method has no interval or one of no width;
 * - 'log, Poisson rates': exp(ln RL ± z·√(1/a + 1/c)), for events over person-years, where the
 *   same person may be counted in more than one year (indicator 3's pooled two-year reading); under
 *   the correction, ½ is added to both groups' events when either has none.
 */
export type IntervalMethod = 'log (Katz)' | 'log (Katz), Haldane–Anscombe correction' | 'log, Poisson rates';

export interface ConfidenceInterval {
  readonly level: 0.95;
  readonly method: IntervalMethod;
  /** Bounds rounded half away from zero to 2 dp. */
  readonly lower: number;
  readonly upper: number;
  readonly lowerUnrounded: number;
  readonly upperUnrounded: number;
}

/** Whether zero cells get the Haldane–Anscombe correction ('haldane-anscombe') or no interval ('none'). */
export type ZeroCellCorrection = 'haldane-anscombe' | 'none';

/** Events counted among distinct people ('people', binomial) or over person-years ('person-years', Poisson). */
export type CountModel = 'people' | 'person-years';

/** The interval, or why there is none: exactly one of the two is given. */
export type IntervalPart =
  { readonly confidenceInterval: ConfidenceInterval; readonly intervalNote: null } | { readonly confidenceInterval: null; readonly intervalNote: string };

/** Just the interval part of a result, keeping which of the two it has. */
export function intervalPart(part: IntervalPart): IntervalPart {
  return part.confidenceInterval === null
    ? { confidenceInterval: null, intervalNote: part.intervalNote }
    : { confidenceInterval: part.confidenceInterval, intervalNote: null };
}

export type RelativeLikelihood =
  | (IntervalPart & {
      readonly calculable: true;
      readonly finite: true;
      /** Unrounded ratio of likelihoods. */
      readonly unrounded: number;
      /** Rounded half away from zero to 2 dp. */
      readonly value: number;
    })
  | (IntervalPart & {
      readonly calculable: true;
      /** The denominator group had no events while the numerator group had some: RL is unbounded. */
      readonly finite: false;
      /** Why there is no number, e.g. "no BME applicants were appointed, so the ratio has no finite value". */
      readonly reason: string;
    })
  | { readonly calculable: false; readonly reason: string };

/**
 * Relative likelihood RL = (a / n₁) ÷ (c / n₂), where the numerator group had `a` events out of
 * `n₁` and the denominator group `c` out of `n₂`. Unitless; 1 is parity.
 *
 * 95% interval (not part of WRES itself, wres.md §4; shown so a board can see how sure the
 * figure is): by the log (Katz) method for `model` 'people', or on Poisson rates for
 * 'person-years' (see {@link IntervalMethod}). When a cell of the 2×2 table is zero (a = 0,
 * c = 0, a = n₁ or c = n₂) the plain log method fails, so with `correction` 'haldane-anscombe'
 * (default) the interval is formed after adding ½ to every cell; with 'none' there is no interval
 * and `intervalNote` says why.
 *
 * Edge cases, none of which yields NaN or Infinity in the output:
 * - n₁ = 0 or n₂ = 0 → not calculable (no one in a group);
 * - a = 0 and c = 0 → not calculable (neither group had an event: nothing to compare);
 * - c = 0, a > 0 → calculable but not finite: RL is unbounded, the interval (corrected) is finite;
 * - a = 0, c > 0 → RL is 0, with a corrected interval;
 * - a = n₁ and c = n₂ → RL is 1 when both are 100%; the corrected interval has non-zero width.
 * `labels` word the reasons, e.g. "there are no BME applicants shortlisted".
 */
export function relativeLikelihood(
  numerator: EventCounts,
  denominator: EventCounts,
  labels: { readonly numerator: GroupLabel; readonly denominator: GroupLabel },
  correction: ZeroCellCorrection = 'haldane-anscombe',
  model: CountModel = 'people',
): RelativeLikelihood {
  if (numerator.population === 0) return { calculable: false, reason: `there are no ${labels.numerator.population}` };
  if (denominator.population === 0) return { calculable: false, reason: `there are no ${labels.denominator.population}` };
  if (numerator.events === 0 && denominator.events === 0) {
    return { calculable: false, reason: `no ${labels.numerator.withEvent} and no ${labels.denominator.withEvent}, so there is nothing to compare` };
  }
  const interval = intervalFor(numerator, denominator, correction, model);
  if (denominator.events === 0) {
    return { calculable: true, finite: false, reason: `no ${labels.denominator.withEvent}, so the ratio has no finite value`, ...interval };
  }
  const unrounded = numerator.events / numerator.population / (denominator.events / denominator.population);
  return { calculable: true, finite: true, unrounded, value: round2(unrounded), ...interval };
}

/** Standard error of ln RL by the delta method: √(1/a − 1/n₁ + 1/c − 1/n₂), clamped at 0 against rounding. */
export function logStandardError(numerator: EventCounts, denominator: EventCounts): number {
  const variance = 1 / numerator.events - 1 / numerator.population + 1 / denominator.events - 1 / denominator.population;
  return Math.sqrt(Math.max(0, variance));
}

/** True when a cell of the 2×2 table is zero: a group with no events, or one where everyone had one. */
function hasZeroCell(numerator: EventCounts, denominator: EventCounts, model: CountModel): boolean {
  const noEvents = numerator.events === 0 || denominator.events === 0;
  // Person-years have no "everyone had one" cell: the population is exposure, not people.
  if (model === 'person-years') return noEvents;
  return noEvents || numerator.events === numerator.population || denominator.events === denominator.population;
}

function intervalFor(numerator: EventCounts, denominator: EventCounts, correction: ZeroCellCorrection, model: CountModel): IntervalPart {
  const corrected = hasZeroCell(numerator, denominator, model);
  if (corrected && correction === 'none') {
    return {
      confidenceInterval: null,
      intervalNote: 'a group had no events, or everyone in a group had one, and no zero-cell correction is used, so the log-method interval cannot be formed',
    };
  }
  const add = corrected ? 0.5 : 0;
  if (model === 'person-years') {
    const a = numerator.events + add;
    const c = denominator.events + add;
    const ratio = a / numerator.population / (c / denominator.population);
    return { confidenceInterval: logInterval(ratio, Math.sqrt(1 / a + 1 / c), 'log, Poisson rates'), intervalNote: null };
  }
  const a = { events: numerator.events + add, population: numerator.population + 2 * add };
  const c = { events: denominator.events + add, population: denominator.population + 2 * add };
  const ratio = a.events / a.population / (c.events / c.population);
  const method = corrected ? 'log (Katz), Haldane–Anscombe correction' : 'log (Katz)';
  return { confidenceInterval: logInterval(ratio, logStandardError(a, c), method), intervalNote: null };
}

function logInterval(ratio: number, standardError: number, method: IntervalMethod): ConfidenceInterval {
  const halfWidth = Z_95 * standardError;
  const lowerUnrounded = Math.exp(Math.log(ratio) - halfWidth);
  const upperUnrounded = Math.exp(Math.log(ratio) + halfWidth);
  return { level: 0.95, method, lower: round2(lowerUnrounded), upper: round2(upperUnrounded), lowerUnrounded, upperUnrounded };
}
