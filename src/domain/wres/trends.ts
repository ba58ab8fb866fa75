import { at } from '../shared/checked-access';
import { roundHalfAwayFromZero } from '../shared/rounding';
import type { WresResult } from './calculate';
import { type HeadlineFigure, type HeadlineSpec, type HeadlineMeasure, type ChangeUnit, headlineFigure, headlineSpec } from './headline-measures';
import { type AdverseDirection, type WresIndicatorId, WRES_INDICATOR_IDS } from './indicator-catalogue';
import type { Certainty, Verdict } from './verdict';

/** Which way an indicator moved between two years, for BME staff. */
export type TrendDirection = 'improved' | 'worsened' | 'no-change' | 'not-comparable';

/**
 * Readings of "better" that wres.md does not define. Each is a named option, and every
 * comparison repeats the resolved set under `readings`.
 */
export interface TrendOptions {
  /**
   * When a relative likelihood (indicators 2–4) is better [U: wres.md gives parity, 1.00, and the
   * 0.80–1.25 range, but no rule for movement]:
   * - 'closer-to-parity' (default): better when |ln RL| is smaller, i.e. nearer 1.00 on the log
   *   scale the ratios are drawn on. 2.00 and 0.50 are equally far from parity; 0.80 → 1.25 is
   *   no change; 1.00 → 0.70 has worsened (out of the range the other way).
   * - 'adverse-direction': better when lower, since the catalogue's adverse direction for 2–4 is
   *   'higher'. Then 0.50 → 0.30 is an improvement.
   */
  readonly ratioImprovement: 'closer-to-parity' | 'adverse-direction';
  /**
   * When a gap in percentage points (indicators 5–8: BME − White; 9: board − workforce) is better:
   * - 'adverse-direction' (default; wres.md §4 defines each gap by its adverse direction): better
   *   when it moves away from the adverse side, e.g. indicator 5's gap falling, indicator 7's rising;
   * - 'closer-to-zero': better when |gap| is smaller, treating any difference between groups as
   *   a disparity.
   * Indicator 1's senior BME share is not a gap: it is always better when higher.
   */
  readonly gapImprovement: 'adverse-direction' | 'closer-to-zero';
  /**
   * Whether direction is judged on the figures as published ('rounded', default, so a shown
   * 1.25 → 1.25 is never called a change) or on the unrounded figures ('unrounded').
   */
  readonly basis: 'rounded' | 'unrounded';
}

const DEFAULT_TREND_OPTIONS: TrendOptions = Object.freeze({
  ratioImprovement: 'closer-to-parity',
  gapImprovement: 'adverse-direction',
  basis: 'rounded',
});

/** One end of a change. */
export interface TrendEnd {
  readonly year: number;
  /** The headline figure as published; null when absent or not calculable that year. */
  readonly value: number | null;
  readonly verdict: Verdict | null;
}

/** How one indicator moved between two years. */
export interface IndicatorChange {
  readonly indicator: WresIndicatorId;
  readonly measure: HeadlineMeasure;
  readonly label: string;
  readonly unit: ChangeUnit;
  readonly adverseDirection: AdverseDirection;
  readonly from: TrendEnd;
  readonly to: TrendEnd;
  /** to − from of the published figures, rounded half away from zero to their precision (2 dp or 1 dp). */
  readonly change: number | null;
  /** to − from of the unrounded figures. */
  readonly changeUnrounded: number | null;
  readonly direction: TrendDirection;
  /** Why the years are not comparable. */
  readonly reason: string | null;
  /** True when either year has small numbers (a group under the threshold): the movement may be chance. */
  readonly lowNumbers: boolean;
}

/** Every indicator's movement between two of a trust's years. */
export interface YearComparison {
  readonly organisation: WresResult['organisation'];
  readonly fromYear: number;
  readonly toYear: number;
  readonly readings: TrendOptions;
  /** Every indicator given in either year, in id order; those given in only one are not-comparable. */
  readonly indicators: readonly IndicatorChange[];
}

/** Fills in defaults; an unknown reading is a programming error, so a RangeError. */
export function resolveTrendOptions(options: Partial<TrendOptions> = {}): TrendOptions {
  const resolved: TrendOptions = { ...DEFAULT_TREND_OPTIONS, ...options };
  if (!['closer-to-parity', 'adverse-direction'].includes(resolved.ratioImprovement)) {
    throw new RangeError(`options.ratioImprovement must be 'closer-to-parity' or 'adverse-direction' (got ${String(resolved.ratioImprovement)})`);
  }
  if (!['adverse-direction', 'closer-to-zero'].includes(resolved.gapImprovement)) {
    throw new RangeError(`options.gapImprovement must be 'adverse-direction' or 'closer-to-zero' (got ${String(resolved.gapImprovement)})`);
  }
  if (!['rounded', 'unrounded'].includes(resolved.basis)) {
    throw new RangeError(`options.basis must be 'rounded' or 'unrounded' (got ${String(resolved.basis)})`);
  }
  return resolved;
}

// Reciprocal ratios (0.80 and 1.25) are equally far from parity, but their logarithms differ in
// the last bits; closer than this counts as equal.
const LOG_TOLERANCE = 1e-9;

/** A verdict that judged the figure: given, and not 'not-calculable'. */
function judged(verdict: Verdict | null): verdict is Verdict {
  return verdict !== null && verdict !== 'not-calculable';
}

/**
 * The verdict decides first, so a trend is never worded against it: moving out of `adverse` is an
 * improvement and moving into it is worsening, whatever the reading says of the distance (so
 * 1.30 → 0.75 is improved, although 0.75 is further from parity). Null when neither or both years
 * are adverse, or either has no judged verdict; then the reading decides.
 */
export function verdictDirection(from: Verdict | null, to: Verdict | null): 'improved' | 'worsened' | null {
  if (!judged(from) || !judged(to)) return null;
  if ((from === 'adverse') === (to === 'adverse')) return null;
  return to === 'adverse' ? 'worsened' : 'improved';
}

/**
 * How far a figure is from the good end, so that smaller is better. Relative likelihoods of 0
 * are infinitely far from parity (never NaN: only compared, never output).
 */
function badness(spec: HeadlineSpec, value: number, options: TrendOptions): number {
  if (spec.measure === 'relative-likelihood' && options.ratioImprovement === 'closer-to-parity') return Math.abs(Math.log(value));
  const isGap = spec.measure === 'survey-gap' || spec.measure === 'board-minus-workforce';
  if (isGap && options.gapImprovement === 'closer-to-zero') return Math.abs(value);
  return spec.adverseDirection === 'higher' ? value : -value;
}

/**
 * Judges a move from `from` to `to` (both finite) of one headline figure: improved when
 * {@link badness} falls, worsened when it rises, no-change when equal (within 1e-9 on the log
 * scale, so reciprocals tie).
 */
export function trendDirection(spec: HeadlineSpec, from: number, to: number, options: TrendOptions): Exclude<TrendDirection, 'not-comparable'> {
  const before = badness(spec, from, options);
  const after = badness(spec, to, options);
  if (before === after) return 'no-change';
  const tolerance = spec.measure === 'relative-likelihood' && options.ratioImprovement === 'closer-to-parity' ? LOG_TOLERANCE : 0;
  if (Math.abs(after - before) <= tolerance) return 'no-change';
  return after < before ? 'improved' : 'worsened';
}

function end(year: number, figure: HeadlineFigure | null): TrendEnd {
  return { year, value: figure?.value ?? null, verdict: figure?.verdict ?? null };
}

interface Calculated {
  readonly value: number;
  readonly unrounded: number;
  readonly basis: string | null;
  readonly verdict: Verdict;
}

function calculated(id: WresIndicatorId, year: number, figure: HeadlineFigure | null): Calculated | string {
  if (figure === null) return `indicator ${id} is not given for ${year}`;
  // value and unrounded are null together, and then a reason is always given.
  if (figure.value === null || figure.unrounded === null) {
    if (figure.figureWords !== null) return `indicator ${id} has no finite figure for ${year}: ${figure.figureWords}`;
    return `indicator ${id} is not calculable for ${year}: ${figure.reason}`;
  }
  return { value: figure.value, unrounded: figure.unrounded, basis: figure.basis, verdict: figure.verdict };
}

/**
 * How indicator `id` moved from `fromYear` to `toYear`, given each year's headline figure (null
 * when the indicator was not given). See {@link compareYears} for the rules.
 */
export function indicatorChange(
  id: WresIndicatorId,
  fromYear: number,
  from: HeadlineFigure | null,
  toYear: number,
  to: HeadlineFigure | null,
  options: TrendOptions = DEFAULT_TREND_OPTIONS,
): IndicatorChange {
  const spec = headlineSpec(id);
  const lowNumbers = from?.smallNumbers === true || to?.smallNumbers === true;
  const base = {
    indicator: id,
    measure: spec.measure,
    label: spec.label,
    unit: spec.changeUnit,
    adverseDirection: spec.adverseDirection,
    from: end(fromYear, from),
    to: end(toYear, to),
    lowNumbers,
  };
  const before = calculated(id, fromYear, from);
  const after = calculated(id, toYear, to);
  const notComparable = (reason: string): IndicatorChange => ({ ...base, change: null, changeUnrounded: null, direction: 'not-comparable', reason });
  if (typeof before === 'string') return notComparable(before);
  if (typeof after === 'string') return notComparable(after);
  if (before.basis !== after.basis) {
    return notComparable(`the figures were reached differently (${fromYear}: ${String(before.basis)}; ${toYear}: ${String(after.basis)})`);
  }
  const [a, b] = options.basis === 'rounded' ? [before.value, after.value] : [before.unrounded, after.unrounded];
  return {
    ...base,
    change: roundHalfAwayFromZero(after.value - before.value, spec.decimals),
    changeUnrounded: after.unrounded - before.unrounded,
    direction: verdictDirection(before.verdict, after.verdict) ?? trendDirection(spec, a, b, options),
    reason: null,
  };
}

function checkSameTrust(results: readonly WresResult[]): void {
  const first = results[0];
  const other = results.find((result) => result.organisation.odsCode !== first?.organisation.odsCode);
  if (first !== undefined && other !== undefined) {
    throw new RangeError(`results must be for one organisation (got ${first.organisation.odsCode} and ${other.organisation.odsCode})`);
  }
}

/**
 * Compares a trust's WRES results for two years, indicator by indicator.
 *
 * For each indicator given in either year, the headline figure ({@link headlineFigure}): the
 * relative likelihood for 2–4 (change in ratio points, 2 dp); % BME − % White for 5–8, board
 * BME % − workforce BME % for 9 and the senior (8a–9, VSM) BME % for 1 (changes in percentage
 * points, 1 dp). `change` = to − from of the published figures, so it is the difference a reader
 * would work out; `changeUnrounded` is the exact difference.
 *
 * Direction, for BME staff: when one year's verdict is adverse and the other's is not, by the
 * verdicts ({@link verdictDirection}); otherwise by the indicator's adverse direction in the
 * catalogue and the readings in `options` (see {@link TrendOptions}): improved, worsened or
 * no-change. It is
 * not-comparable, with the reason, when the indicator is missing or not calculable in either
 * year, or when the figure was reached differently (indicator 3's rolling-average reading, or
 * the BME % denominator of 1 and 9). `lowNumbers` flags small numbers in either year.
 *
 * Throws a RangeError when the results are for different organisations (by ODS code), when
 * `from.year` is not before `to.year`, or for an unknown reading.
 */
export function compareYears(from: WresResult, to: WresResult, options: Partial<TrendOptions> = {}): YearComparison {
  const readings = resolveTrendOptions(options);
  checkSameTrust([from, to]);
  if (from.year >= to.year) throw new RangeError(`the earlier year must come first (got ${from.year} then ${to.year})`);
  const indicators = WRES_INDICATOR_IDS.flatMap((id) => {
    const before = headlineFigure(from, id);
    const after = headlineFigure(to, id);
    if (before === null && after === null) return [];
    return [indicatorChange(id, from.year, before, to.year, after, readings)];
  });
  return { organisation: to.organisation, fromYear: from.year, toYear: to.year, readings, indicators };
}

/** One year's point on an indicator's trend line. */
export interface TrendPoint {
  readonly year: number;
  /** The headline figure as published; null when the indicator was not given or not calculable. */
  readonly value: number | null;
  readonly unrounded: number | null;
  readonly verdict: Verdict | null;
  /** How sure that year's verdict is; null when the indicator was not given. */
  readonly certainty: Certainty | null;
  /** 95% interval, for error bars: of a relative likelihood (2 dp) or a survey gap (percentage points, 1 dp). */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
}

/** An indicator's trend: a point per year, each year's change, and the first-to-last change. */
export interface IndicatorSeries {
  readonly indicator: WresIndicatorId;
  readonly measure: HeadlineMeasure;
  readonly label: string;
  readonly unit: ChangeUnit;
  readonly adverseDirection: AdverseDirection;
  /** One point per year given, in year order, including years without this indicator (value null). */
  readonly points: readonly TrendPoint[];
  /** Change between each pair of consecutive years given. */
  readonly changes: readonly IndicatorChange[];
  /** First year to last year; null with only one year. */
  readonly overall: IndicatorChange | null;
}

export interface WresSeries {
  readonly organisation: WresResult['organisation'];
  readonly years: readonly number[];
  readonly readings: TrendOptions;
  /** Every indicator given in any year, in id order. */
  readonly indicators: readonly IndicatorSeries[];
}

/**
 * A trust's WRES over several years, for trend lines: the results are sorted by year; for each
 * indicator given in any year, its headline figure per year (null where missing, so a line shows
 * a gap rather than joining across it), the change between consecutive years and from first to
 * last, judged as in {@link compareYears}.
 *
 * Throws a RangeError when there are no results, when two share a year, when they are for
 * different organisations, or for an unknown reading.
 */
export function wresSeries(results: readonly WresResult[], options: Partial<TrendOptions> = {}): WresSeries {
  const readings = resolveTrendOptions(options);
  checkSameTrust(results);
  const sorted = results.toSorted((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('a series needs at least one year of results');
  const repeated = sorted.find((result, i) => i > 0 && result.year === sorted[i - 1]?.year);
  if (repeated !== undefined) throw new RangeError(`each year may appear once (${repeated.year} is given twice)`);

  const indicators = WRES_INDICATOR_IDS.flatMap((id): IndicatorSeries[] => {
    // Each year with its headline figure (null when the indicator was not given that year).
    const yearly = sorted.map((result) => ({ year: result.year, figure: headlineFigure(result, id) }));
    if (yearly.every(({ figure }) => figure === null)) return [];
    const spec = headlineSpec(id);
    const points = yearly.map(({ year, figure }): TrendPoint => ({
      year,
      value: figure?.value ?? null,
      unrounded: figure?.unrounded ?? null,
      verdict: figure?.verdict ?? null,
      certainty: figure?.certainty ?? null,
      interval: figure?.interval ?? null,
    }));
    // Each year after the first against the year before it (yearly[i] is the year before yearly[i + 1]).
    const changes = yearly.slice(1).map((to, i) => {
      const from = at(yearly, i);
      return indicatorChange(id, from.year, from.figure, to.year, to.figure, readings);
    });
    const overall = sorted.length < 2 ? null : indicatorChange(id, first.year, at(yearly, 0).figure, last.year, at(yearly, yearly.length - 1).figure, readings);
    return [
      { indicator: id, measure: spec.measure, label: spec.label, unit: spec.changeUnit, adverseDirection: spec.adverseDirection, points, changes, overall },
    ];
  });
  return { organisation: last.organisation, years: sorted.map((result) => result.year), readings, indicators };
}
