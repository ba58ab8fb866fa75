import {
  WRES_INDICATORS,
  compareWithEngland,
  headlineFigure,
  headlineSpec,
  verdictWithCertainty,
  wresSeries,
  type EnglandComparison,
  type HeadlineMeasure,
  type IndicatorSeries,
  type WresIndicatorId,
  type WresInput,
} from '../../domain/wres';
import { certaintySentence, englandSentence, formatHeadline, formatPointsInterval, formatRatio, verdictWords } from '../../components/figure-format';
import { latestEarlierNational, resultsOf } from './dashboard-model';
import { bandPoints, detailParts } from './indicator-detail-parts';
import type { IndicatorDetailModel, TrendRow } from './indicator-detail-types';

function englandLines(comparisons: readonly EnglandComparison[], id: WresIndicatorId, year: number): string[] {
  const mine = comparisons.filter((c) => c.indicator === id);
  const earlier = latestEarlierNational(id, year);
  return mine.length === 0 ? [englandSentence(null, year, earlier)] : mine.map((c, index) => englandSentence(c, year, index === 0 ? earlier : null));
}

function trendRows(series: IndicatorSeries | undefined, measure: HeadlineMeasure): TrendRow[] {
  return (series?.points ?? []).map((point) => ({
    year: point.year,
    value: point.value,
    text: formatHeadline(measure, point.value),
    verdict:
      point.verdict === null ? 'Not given' : point.certainty === null ? verdictWords(point.verdict) : verdictWithCertainty(point.verdict, point.certainty),
    interval:
      point.interval === null
        ? '—'
        : measure === 'relative-likelihood'
          ? `${formatRatio(point.interval.lower)} to ${formatRatio(point.interval.upper)}`
          : formatPointsInterval(point.interval.lower, point.interval.upper),
  }));
}

/** Everything the detail page of one indicator shows for a year; null when the year is not stored. */
export function indicatorDetail(years: readonly WresInput[], id: WresIndicatorId, year: number): IndicatorDetailModel | null {
  const chosen = years.find((input) => input.year === year);
  if (chosen === undefined) return null;
  const results = resultsOf(years.filter((input) => input.organisation.odsCode === chosen.organisation.odsCode));
  const result = results.find((r) => r.year === year);
  if (result === undefined) return null;
  const definition = WRES_INDICATORS[id];
  const spec = headlineSpec(id);
  const figure = headlineFigure(result, id);
  const series = wresSeries(results).indicators.find((s) => s.indicator === id);
  return {
    id,
    title: `Indicator ${id}: ${definition.shortTitle}`,
    wording: definition.wording,
    formula: definition.formula,
    source: definition.source,
    year,
    measureLabel: spec.label,
    value: figure === null ? 'Not given' : (figure.figureWords ?? formatHeadline(spec.measure, figure.value)),
    verdict: figure?.verdict ?? null,
    verdictText: figure === null ? 'No verdict' : verdictWords(figure.verdict),
    certaintyText: figure === null || figure.verdict === 'not-calculable' ? null : certaintySentence(figure.certainty, figure.certaintyReason),
    reason: figure === null ? `No figures for indicator ${id} in ${year}` : figure.reason,
    ...detailParts(id, result.indicators, year),
    england: englandLines(compareWithEngland(result), id, year),
    trend: trendRows(series, spec.measure),
    trendUnit: spec.measure === 'relative-likelihood' ? 'ratio' : spec.measure === 'senior-bme-percent' ? 'percent' : 'points',
    bands: id === '1' ? bandPoints(result.indicators['1']) : [],
  };
}
