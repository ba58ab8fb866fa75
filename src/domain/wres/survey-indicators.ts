import { round1 } from '../shared/rounding';
import { WRES_INDICATORS } from './indicator-catalogue';
import type { SurveyInput } from './input-schema';
import type { WresOptions } from './options';
import { type Verdict, gapVerdict } from './verdict';

export type SurveyIndicatorId = '5' | '6' | '7' | '8';

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
  readonly adverseDirection: 'higher' | 'lower';
  readonly verdict: Verdict;
  readonly reason: string | null;
  readonly whiteRespondents: number | null;
  readonly bmeRespondents: number | null;
}

/**
 * Indicators 5–8 (NHS Staff Survey). gap = %BME − %White in percentage points, taken before
 * rounding and then rounded half away from zero to 1 dp, like both percentages.
 *
 * Verdict by the indicator's adverse direction (higher is worse for 5, 6 and 8; lower for 7):
 * a gap within ±`options.surveyGapTolerance` is non-adverse; a gap on the adverse side is
 * adverse; the other side favourable. The gap compared is the 1 dp one unless
 * `options.verdictBasis` is 'unrounded'. When respondent counts are given and either is under
 * `options.minimumRespondents` (11), the verdict is too-few: the survey does not publish such
 * small groups, so the figures are likely unreliable. Percentages are bounded 0–100 by the schema,
 * so the gap is always finite.
 */
export function surveyIndicatorResult(id: SurveyIndicatorId, input: SurveyInput, options: WresOptions): SurveyIndicatorResult {
  const adverse = WRES_INDICATORS[id].adverseDirection;
  const gapUnrounded = input.bme - input.white;
  const gap = round1(gapUnrounded);
  const whiteRespondents = input.whiteRespondents ?? null;
  const bmeRespondents = input.bmeRespondents ?? null;
  const small = [whiteRespondents, bmeRespondents].some((n) => n !== null && n < options.minimumRespondents);
  const basis = options.verdictBasis === 'rounded' ? gap : gapUnrounded;
  return {
    indicator: id,
    kind: 'staff-survey',
    white: round1(input.white),
    bme: round1(input.bme),
    gap,
    gapUnrounded,
    adverseDirection: adverse,
    verdict: small ? 'too-few' : gapVerdict(basis, options.surveyGapTolerance, adverse),
    reason: small ? `fewer than ${options.minimumRespondents} respondents in a group (White ${whiteRespondents ?? 'not given'}, BME ${bmeRespondents ?? 'not given'})` : null,
    whiteRespondents,
    bmeRespondents,
  };
}
