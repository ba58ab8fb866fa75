import { round1 } from '../shared/rounding';
import { WRES_INDICATORS } from './indicator-catalogue';
import type { SurveyInput } from './input-schema';
import type { WresOptions } from './options';
import { Z_95 } from './relative-likelihood';
import { type Certainty, type Verdict, certaintyOf, gapVerdict } from './verdict';

export type SurveyIndicatorId = '5' | '6' | '7' | '8';

/** 95% interval of a gap in percentage points. */
export interface GapInterval {
  readonly level: 0.95;
  /** Newcombe's hybrid score interval for a difference of two proportions (method 10), from Wilson intervals. */
  readonly method: 'Newcombe (Wilson score)';
  /** Bounds in percentage points, rounded half away from zero to 1 dp. */
  readonly lower: number;
  readonly upper: number;
  readonly lowerUnrounded: number;
  readonly upperUnrounded: number;
}

export interface SurveyIndicatorResult {
  readonly indicator: SurveyIndicatorId;
  readonly kind: 'staff-survey';
  /** Percent of White respondents, 1 dp. */
  readonly white: number;
  /** Percent of BME respondents, 1 dp. */
  readonly bme: number;
  /** BME minus White in percentage points, from the unrounded inputs, 1 dp. */
  readonly gap: number;
  readonly gapUnrounded: number;
  /** 95% interval of the gap when both respondent counts are given; null otherwise. */
  readonly gapInterval: GapInterval | null;
  readonly adverseDirection: 'higher' | 'lower';
  readonly verdict: Verdict;
  readonly certainty: Certainty;
  /** The certainty in a sentence, e.g. "clear: the whole 95% interval, +2.1 to +9.8 pp, is above 0". */
  readonly certaintyReason: string;
  /** A caution about small groups, or null. */
  readonly reason: string | null;
  /** Fewer than `options.minimumRespondents` respondents in a group given: a caution, never a verdict. */
  readonly smallNumbers: boolean;
  readonly whiteRespondents: number | null;
  readonly bmeRespondents: number | null;
}

/** Wilson score interval of a proportion p (0–1) from n people: [lower, upper], within 0–1. */
export function wilsonInterval(p: number, n: number): { readonly lower: number; readonly upper: number } {
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * 95% interval of pB − pW (proportions 0–1, from nB and nW respondents, both ≥ 1) by Newcombe's
 * hybrid score method: L = d − √((pB − lB)² + (uW − pW)²), U = d + √((uB − pB)² + (pW − lW)²),
 * with (l, u) each group's Wilson interval. Unlike the simple (Wald) interval it has width when a
 * group is at 0% or 100%, and stays within −1…1. Returned in percentage points.
 */
export function gapIntervalOf(bme: { readonly p: number; readonly n: number }, white: { readonly p: number; readonly n: number }): GapInterval {
  const b = wilsonInterval(bme.p, bme.n);
  const w = wilsonInterval(white.p, white.n);
  const d = bme.p - white.p;
  const lowerUnrounded = (d - Math.sqrt((bme.p - b.lower) ** 2 + (w.upper - white.p) ** 2)) * 100;
  const upperUnrounded = (d + Math.sqrt((b.upper - bme.p) ** 2 + (white.p - w.lower) ** 2)) * 100;
  return { level: 0.95, method: 'Newcombe (Wilson score)', lower: round1(lowerUnrounded), upper: round1(upperUnrounded), lowerUnrounded, upperUnrounded };
}

function points(value: number): string {
  const text = Math.abs(value).toFixed(1);
  if (Number(text) === 0) return '0.0';
  return value < 0 ? `−${text}` : `+${text}`;
}

function certaintyReasonOf(
  certainty: Certainty,
  verdict: Verdict,
  gap: number,
  bounds: { readonly lower: number; readonly upper: number } | null,
  tolerance: number,
  missing: string,
): string {
  if (bounds === null) return `not assessed: ${missing}`;
  const interval = `the 95% interval, ${points(bounds.lower)} to ${points(bounds.upper)} percentage points,`;
  if (verdict === 'non-adverse')
    return certainty === 'clear' ? `clear: ${interval} lies within ±${tolerance.toFixed(1)}` : `could be chance: ${interval} does not rule out a gap`;
  const side = gap > 0 ? `above ${points(tolerance)}` : `below ${points(-tolerance)}`;
  return certainty === 'clear' ? `clear: the whole of ${interval} is ${side}` : `could be chance: ${interval} includes no gap`;
}

/**
 * Indicators 5–8 (NHS Staff Survey). gap = %BME − %White in percentage points, taken before
 * rounding and then rounded half away from zero to 1 dp, like both percentages.
 *
 * Verdict by the indicator's adverse direction (higher is worse for 5, 6 and 8; lower for 7): a
 * gap that rounds to 0.0, or lies within ±`options.surveyGapTolerance`, is non-adverse (no gap);
 * one on the adverse side is adverse; one the other way is reversed. The gap compared is the 1 dp
 * one unless `options.verdictBasis` is 'unrounded' (a gap that rounds to 0.0 is no gap either way).
 *
 * Certainty: when both respondent counts are given (and not zero), a 95% interval of the gap
 * ({@link gapIntervalOf}); clear when it lies wholly on the verdict's side (past ±tolerance),
 * uncertain when it does not; not-assessed, saying so, when the counts are not given. Fewer than
 * `options.minimumRespondents` (11) in a group sets `smallNumbers` and `reason`: the survey does not
 * publish such small groups, so treat the figure with caution. Percentages are bounded 0–100 by
 * the schema, so the gap is always finite.
 */
export function surveyIndicatorResult(id: SurveyIndicatorId, input: SurveyInput, options: WresOptions): SurveyIndicatorResult {
  const adverse = WRES_INDICATORS[id].adverseDirection;
  const gapUnrounded = input.bme - input.white;
  const gap = round1(gapUnrounded);
  const whiteRespondents = input.whiteRespondents ?? null;
  const bmeRespondents = input.bmeRespondents ?? null;
  const small = [whiteRespondents, bmeRespondents].some((n) => n !== null && n < options.minimumRespondents);
  const basis = gap === 0 || options.verdictBasis === 'rounded' ? gap : gapUnrounded;
  const tolerance = options.surveyGapTolerance;
  const verdict = gapVerdict(basis, tolerance, adverse);
  const counted = whiteRespondents !== null && bmeRespondents !== null && whiteRespondents > 0 && bmeRespondents > 0;
  const gapInterval = counted ? gapIntervalOf({ p: input.bme / 100, n: bmeRespondents }, { p: input.white / 100, n: whiteRespondents }) : null;
  const bounds =
    gapInterval === null
      ? null
      : options.verdictBasis === 'rounded'
        ? { lower: gapInterval.lower, upper: gapInterval.upper }
        : { lower: gapInterval.lowerUnrounded, upper: gapInterval.upperUnrounded };
  const certainty = certaintyOf(verdict, bounds, { lower: -tolerance, upper: tolerance }, adverse);
  const missing =
    whiteRespondents === null || bmeRespondents === null
      ? 'the numbers of White and BME respondents are not given, so how sure the gap is cannot be said'
      : 'a group has no respondents';
  return {
    indicator: id,
    kind: 'staff-survey',
    white: round1(input.white),
    bme: round1(input.bme),
    gap,
    gapUnrounded,
    gapInterval,
    adverseDirection: adverse,
    verdict,
    certainty,
    certaintyReason: certaintyReasonOf(certainty, verdict, basis, bounds, tolerance, missing),
    reason: small
      ? `fewer than ${options.minimumRespondents} respondents in a group (White ${whiteRespondents ?? 'not given'}, BME ${bmeRespondents ?? 'not given'}): the Staff Survey does not publish groups this small, so read the gap with caution`
      : null,
    smallNumbers: small,
    whiteRespondents,
    bmeRespondents,
  };
}
