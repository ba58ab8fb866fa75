import type { ActionSummaries } from '../../domain/plan';
import {
  NATIONAL_FIGURES,
  PRIMARY_MEASURE,
  WRES_INDICATORS,
  WRES_INDICATOR_IDS,
  calculateWres,
  compareWithEngland,
  headlineFigure,
  headlineSpec,
  wresSeries,
  type EnglandComparison,
  type HeadlineMeasure,
  type IndicatorChange,
  type Certainty,
  type NationalFigure,
  type Verdict,
  type WresIndicatorId,
  type WresInput,
  type WresResult,
} from '../../domain/wres';
import { linkedActions, type LinkedActions } from './action-links';
import {
  certaintySentence,
  changeSentence,
  englandSentence,
  formatHeadline,
  formatPercent,
  formatPointsInterval,
  formatRatio,
} from '../../components/figure-format';

export interface TrendValue {
  year: number;
  value: number;
}

export interface IndicatorCardModel {
  id: WresIndicatorId;
  /** "Indicator 2: Appointment from shortlisting": the card's accessible name. */
  title: string;
  wording: string;
  /** What the headline figure measures, e.g. "relative likelihood". */
  measureLabel: string;
  measure: HeadlineMeasure;
  /** False when the chosen year has no figures for this indicator. */
  given: boolean;
  value: string;
  verdict: Verdict | null;
  /** How sure the evidence is of the verdict; null when there is no figure this year. */
  certainty: Certainty | null;
  /** The certainty in words with its reason: "Could be chance: the 95% interval, …". */
  certaintyText: string | null;
  /** A small-numbers caution, in words, or null. */
  caution: string | null;
  /** Why the figure is not calculable, in words. */
  reason: string | null;
  /** The groups behind the figure, in one line. */
  detail: string | null;
  /** "95% confidence interval 1.32 to 1.78" for relative likelihoods, "… −1.2 to +5.0 pp" for survey gaps. */
  interval: string | null;
  change: string;
  changeDirection: IndicatorChange['direction'] | null;
  england: string;
  trend: TrendValue[];
  /** The trend in words: the text alternative of the trend line. */
  trendText: string;
  actions: LinkedActions;
}

/** England's latest figure before `year` on an indicator's main measure, for when `year` has none yet. */
export function latestEarlierNational(id: WresIndicatorId, year: number): NationalFigure | null {
  const earlier = NATIONAL_FIGURES.filter((f) => f.indicator === id && f.measure === PRIMARY_MEASURE[id] && f.year < year);
  return earlier.toSorted((a, b) => a.year - b.year).at(-1) ?? null;
}

/** The results of every stored year of one organisation, oldest first. */
export function resultsOf(years: readonly WresInput[]): WresResult[] {
  return years.toSorted((a, b) => a.year - b.year).map((input) => calculateWres(input));
}

/** The years to offer in the picker, newest first. */
export function reportingYears(years: readonly WresInput[]): number[] {
  return [...new Set(years.map((input) => input.year))].toSorted((a, b) => b - a);
}

function detailOf(result: WresResult, id: WresIndicatorId): string | null {
  const r = result.indicators;
  switch (id) {
    case '1': {
      const i1 = r['1'];
      return i1?.workforce.bmePercent == null ? null : `Whole workforce ${formatPercent(i1.workforce.bmePercent)} BME`;
    }
    case '2':
    case '3':
    case '4': {
      const ratio = r[id];
      if (ratio === undefined || ratio.white.likelihoodPercent === null || ratio.bme.likelihoodPercent === null) return null;
      return `Likelihood: White ${formatPercent(ratio.white.likelihoodPercent)}, BME ${formatPercent(ratio.bme.likelihoodPercent)}`;
    }
    case '5':
    case '6':
    case '7':
    case '8': {
      const survey = r[id];
      return survey === undefined ? null : `BME ${formatPercent(survey.bme)}, White ${formatPercent(survey.white)}`;
    }
    case '9': {
      const board = r['9'];
      if (board?.boardBmePercent == null || board.workforceBmePercent === null) return null;
      return `Board ${formatPercent(board.boardBmePercent)} BME, workforce ${formatPercent(board.workforceBmePercent)} BME`;
    }
  }
}

function trendTextOf(title: string, trend: readonly TrendValue[], measure: HeadlineMeasure): string {
  const first = trend.at(0);
  const last = trend.at(-1);
  if (first === undefined || last === undefined) return `${title}: no figures over the years`;
  const points = trend.map((point) => `${point.year} ${formatHeadline(measure, point.value)}`).join(', ');
  return `Trend ${first.year} to ${last.year}: ${points}`;
}

/**
 * Everything the nine cards show for `year`: each indicator's headline figure and verdict, the
 * change since the stored year before, England's figure, the trend over the stored years of the
 * same organisation, and the actions linked to it.
 */
export function indicatorCards(years: readonly WresInput[], year: number, summaries: ActionSummaries): IndicatorCardModel[] {
  const chosen = years.find((input) => input.year === year);
  const sameTrust = chosen === undefined ? [] : years.filter((input) => input.organisation.odsCode === chosen.organisation.odsCode);
  const results = resultsOf(sameTrust);
  const result = results.find((r) => r.year === year);
  const series = results.length === 0 ? null : wresSeries(results);
  const england: readonly EnglandComparison[] = result === undefined ? [] : compareWithEngland(result);
  return WRES_INDICATOR_IDS.map((id): IndicatorCardModel => {
    const definition = WRES_INDICATORS[id];
    const spec = headlineSpec(id);
    const title = `Indicator ${id}: ${definition.shortTitle}`;
    const figure = result === undefined ? null : headlineFigure(result, id);
    const indicatorSeries = series?.indicators.find((s) => s.indicator === id);
    const change = indicatorSeries?.changes.find((c) => c.to.year === year) ?? null;
    const trend = (indicatorSeries?.points ?? []).flatMap((point) => (point.value === null ? [] : [{ year: point.year, value: point.value }]));
    const comparison = england.find((c) => c.indicator === id && c.measure === PRIMARY_MEASURE[id]) ?? null;
    const interval = figure?.interval ?? null;
    return {
      id,
      title,
      wording: definition.wording,
      measureLabel: spec.label,
      measure: spec.measure,
      given: figure !== null,
      value: figure === null ? 'Not given' : (figure.figureWords ?? formatHeadline(spec.measure, figure.value)),
      verdict: figure?.verdict ?? null,
      certainty: figure?.certainty ?? null,
      certaintyText: figure === null ? null : certaintySentence(figure.certainty, figure.certaintyReason),
      caution: figure?.smallNumbers === true ? cautionOf(result, id) : null,
      reason:
        figure === null
          ? `No figures for indicator ${id} in ${year}`
          : figure.verdict === 'not-calculable'
            ? (figure.reason ?? resultReason(result, id))
            : null,
      detail: result === undefined ? null : detailOf(result, id),
      interval: interval === null ? null : `95% confidence interval ${intervalText(spec.measure, interval)}`,
      change: figure === null ? '' : changeSentence(change),
      changeDirection: change?.direction ?? null,
      england: englandSentence(comparison, year, latestEarlierNational(id, year)),
      trend,
      trendText: trendTextOf(title, trend, spec.measure),
      actions: linkedActions(summaries.byIndicator[id]),
    };
  });
}

function intervalText(measure: HeadlineMeasure, interval: { readonly lower: number; readonly upper: number }): string {
  return measure === 'relative-likelihood'
    ? `${formatRatio(interval.lower)} to ${formatRatio(interval.upper)}`
    : formatPointsInterval(interval.lower, interval.upper);
}

/** The small-numbers caution of indicators 2–8 in words. */
function cautionOf(result: WresResult | undefined, id: WresIndicatorId): string {
  const indicator = result?.indicators[id];
  if (indicator !== undefined && indicator.kind === 'staff-survey') return `Small numbers: ${indicator.reason ?? 'few respondents in a group'}.`;
  if (indicator !== undefined && indicator.kind === 'relative-likelihood') {
    return `Small numbers: fewer than ${result?.readings.minimumEvents ?? 10} events in a group (White ${indicator.white.events}, BME ${indicator.bme.events}), so the figure can swing from year to year.`;
  }
  return 'Small numbers: read the figure with its certainty.';
}

/** Indicators 1 and 5–8 carry their reasons on the result, not on the headline figure. */
function resultReason(result: WresResult | undefined, id: WresIndicatorId): string | null {
  const indicator = result?.indicators[id];
  return indicator !== undefined && 'reason' in indicator ? indicator.reason : null;
}
