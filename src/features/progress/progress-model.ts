import { EDS2022_OUTCOMES, EDS2_OUTCOMES, type EdsFramework } from '../../domain/eds';
import { type ProgressAction, type ProgressByIndicator } from '../../domain/plan';
import {
  PRIMARY_MEASURE,
  WRES_INDICATORS,
  calculateWres,
  certaintySentence,
  compareWithEngland,
  headlineFigure,
  headlineSpec,
  wresSeries,
  type HeadlineMeasure,
  type Verdict,
  type WresIndicatorId,
  type WresInput,
} from '../../domain/wres';
import { changeSentence, englandSentence, formatHeadline } from '../../components/figure-format';

/** One indicator's figures as the progress page shows them. */
export interface IndicatorFigures {
  readonly title: string;
  readonly value: string;
  readonly verdict: Verdict | null;
  readonly certainty: string;
  readonly change: string;
  readonly england: string;
  readonly measure: HeadlineMeasure;
  readonly trend: readonly { readonly year: number; readonly value: number }[];
}

export interface IndicatorRow {
  readonly id: WresIndicatorId;
  readonly figures: IndicatorFigures;
  readonly actions: readonly ProgressAction[];
}

export interface OutcomeRow {
  readonly id: string;
  readonly title: string;
  readonly actions: readonly ProgressAction[];
}

/** The plan framework's outcome ids, in order, so the page lists only that framework's outcomes. */
export function frameworkOutcomeIds(framework: EdsFramework): string[] {
  return (framework === 'eds2' ? EDS2_OUTCOMES : EDS2022_OUTCOMES).map((outcome) => outcome.id);
}

function outcomeWording(id: string): string {
  return [...EDS2_OUTCOMES, ...EDS2022_OUTCOMES].find((outcome) => outcome.id === id)?.wording ?? '';
}

/** Each indicator's latest-year figures joined to its actions; all nine, figures or not. */
export function indicatorRows(years: readonly WresInput[], progress: ProgressByIndicator): IndicatorRow[] {
  const latest = years.toSorted((a, b) => b.year - a.year)[0];
  const sameTrust = latest === undefined ? [] : years.filter((input) => input.organisation.odsCode === latest.organisation.odsCode);
  const results = sameTrust.toSorted((a, b) => a.year - b.year).map((input) => calculateWres(input));
  const result = results.at(-1);
  const series = results.length === 0 ? null : wresSeries(results);
  const england = result === undefined ? [] : compareWithEngland(result);
  return progress.wres.map(({ indicator: id, actions }) => {
    const spec = headlineSpec(id);
    const figure = result === undefined ? null : headlineFigure(result, id);
    const indicatorSeries = series?.indicators.find((s) => s.indicator === id);
    const change = indicatorSeries?.changes.find((c) => c.to.year === result?.year) ?? null;
    const comparison = england.find((c) => c.indicator === id && c.measure === PRIMARY_MEASURE[id]) ?? null;
    return {
      id,
      actions,
      figures: {
        title: `Indicator ${id}: ${WRES_INDICATORS[id].shortTitle}`,
        value: figure === null ? 'Not given' : (figure.figureWords ?? formatHeadline(spec.measure, figure.value)),
        verdict: figure?.verdict ?? null,
        certainty: figure === null ? 'No figure' : certaintySentence(figure.certainty, figure.certaintyReason),
        change: figure === null ? '' : changeSentence(change),
        england: result === undefined ? '' : englandSentence(comparison, result.year),
        measure: spec.measure,
        trend: (indicatorSeries?.points ?? []).flatMap((point) => (point.value === null ? [] : [{ year: point.year, value: point.value }])),
      },
    };
  });
}

export function outcomeRows(progress: ProgressByIndicator): OutcomeRow[] {
  return progress.eds.map(({ outcome, actions }) => ({ id: outcome, title: `Outcome ${outcome}: ${outcomeWording(outcome)}`, actions }));
}
