/**
 * Readings of rules that wres.md marks unconfirmed [U], and thresholds that are app choices
 * rather than WRES rules. Each is a named option; the result repeats the resolved set under
 * `readings`, so a published figure always says how it was reached.
 */
export interface WresOptions {
  /** Four-fifths "non-adverse" range for relative likelihoods, both ends inclusive (wres.md §4). */
  readonly nonAdverseRange: { readonly lower: number; readonly upper: number };
  /**
   * Whether verdicts compare the 2 dp figure the board sees ('rounded', default, so a shown 1.25
   * is never called adverse) or the unrounded ratio ('unrounded').
   */
  readonly verdictBasis: 'rounded' | 'unrounded';
  /**
   * A group with fewer events than this adds a small-numbers caution to indicators 2–4 (app
   * choice: 10, wres.md §4). It is a note, never a verdict: how sure the figure is comes from its
   * interval, as `certainty`.
   */
  readonly minimumEvents: number;
  /**
   * How a relative likelihood's interval is formed when a cell of its 2×2 table is zero (a group
   * with no events, or one where everyone had one): 'haldane-anscombe' (default) adds ½ to every
   * cell, so "no BME applicant appointed" still gets an interval and a certainty; 'none' gives no
   * interval there (certainty not assessed).
   */
  readonly zeroCellCorrection: 'haldane-anscombe' | 'none';
  /**
   * Indicator 3's two-year rolling average [U]: 'single-year' (default; wres.md recommends it),
   * 'pooled-two-years' (events and headcounts of both years added), or 'mean-of-likelihoods'
   * (each group's likelihood averaged over the two years). Without `previousYear` the
   * single-year figure is used and the indicator says so.
   */
  readonly indicator3Average: 'single-year' | 'pooled-two-years' | 'mean-of-likelihoods';
  /**
   * Denominator of BME % in indicators 1 and 9 [U]: 'all-staff' (White + BME + Unknown, as trusts
   * publish; default) or 'known-ethnicity' (White + BME).
   */
  readonly percentDenominator: 'all-staff' | 'known-ethnicity';
  /**
   * Fewer survey respondents than this in a group adds a caution to indicators 5–8 [U: 11, the
   * number below which the Staff Survey does not publish a group]; a note, never a verdict.
   */
  readonly minimumRespondents: number;
  /**
   * A survey gap (pp) no larger than this either way is `non-adverse` (default 0: any gap that does
   * not round to 0.0 counts; its certainty then says whether it could be chance).
   */
  readonly surveyGapTolerance: number;
  /** A board-minus-workforce difference (pp) no larger than this either way is `non-adverse` (default 0). */
  readonly representationGapTolerance: number;
}

export const DEFAULT_WRES_OPTIONS: WresOptions = Object.freeze({
  nonAdverseRange: Object.freeze({ lower: 0.8, upper: 1.25 }),
  verdictBasis: 'rounded',
  minimumEvents: 10,
  zeroCellCorrection: 'haldane-anscombe',
  indicator3Average: 'single-year',
  percentDenominator: 'all-staff',
  minimumRespondents: 11,
  surveyGapTolerance: 0,
  representationGapTolerance: 0,
});

function nonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`options.${name} must be a number of 0 or more (got ${value})`);
}

/**
 * Fills in defaults and checks the options. Throws a RangeError naming the option when a
 * threshold is negative or not finite, or when the range is not 0 < lower ≤ 1 ≤ upper: options
 * come from code, not from users, so a bad one is a programming error.
 */
export function resolveWresOptions(options: Partial<WresOptions> = {}): WresOptions {
  const resolved: WresOptions = { ...DEFAULT_WRES_OPTIONS, ...options };
  const { lower, upper } = resolved.nonAdverseRange;
  if (!(lower > 0 && lower <= 1 && upper >= 1 && Number.isFinite(upper))) {
    throw new RangeError(`options.nonAdverseRange must satisfy 0 < lower ≤ 1 ≤ upper (got ${lower}–${upper})`);
  }
  nonNegative('minimumEvents', resolved.minimumEvents);
  if (!['haldane-anscombe', 'none'].includes(resolved.zeroCellCorrection)) {
    throw new RangeError(`options.zeroCellCorrection must be 'haldane-anscombe' or 'none' (got ${String(resolved.zeroCellCorrection)})`);
  }
  nonNegative('minimumRespondents', resolved.minimumRespondents);
  nonNegative('surveyGapTolerance', resolved.surveyGapTolerance);
  nonNegative('representationGapTolerance', resolved.representationGapTolerance);
  return resolved;
}
