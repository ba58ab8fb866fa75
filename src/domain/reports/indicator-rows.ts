import type { WresResult } from '../wres/calculate';
import { type HeadlineFigure, type HeadlineSpec, headlineFigure, headlineSpec } from '../wres/headline-measures';
import { type WresIndicatorId, WRES_INDICATORS, WRES_INDICATOR_IDS } from '../wres/indicator-catalogue';
import { type NationalFigure, nationalFigure } from '../wres/national-figures';
import { compareYears } from '../wres/trends';
import type { Certainty, Verdict } from '../wres/verdict';
import { certaintyWords, verdictWords } from '../wres/verdict-words';
import { type Rag, ragOf } from './rag';
import { numberText, signedText } from './signed-text';

/** One WRES indicator as the board report and board paper show it: every figure already in words with its unit. */
export interface IndicatorRow {
  readonly id: WresIndicatorId;
  readonly title: string;
  /** What the figure measures, e.g. "relative likelihood". */
  readonly measure: string;
  /** The figure with its unit: "12.9%", "1.42", "+3.2 pp"; words when there is no number. */
  readonly figure: string;
  /** Change since the year before with a real sign and unit ("+0.7 pp", "−0.12", "no change"), or why there is none. */
  readonly change: string;
  /** The numeric change (published figures), when there is one: its sign is the sign of `change`. */
  readonly changeValue: number | null;
  /** England's figure with its unit and, when not the same measure, what it measures ("VSM 12.7%"). */
  readonly england: string;
  readonly verdict: Verdict | null;
  readonly verdictText: string;
  readonly certaintyText: string;
  readonly rag: Rag;
}

/** The headline figure with its unit: % for indicator 1, none for relative likelihoods, signed pp for gaps. */
export function figureText(spec: HeadlineSpec, value: number): string {
  switch (spec.measure) {
    case 'senior-bme-percent':
      return `${numberText(value, spec.decimals)}%`;
    case 'relative-likelihood':
      return numberText(value, spec.decimals);
    case 'survey-gap':
    case 'board-minus-workforce':
      return `${signedText(value, spec.decimals)} pp`;
  }
}

/** A change with its sign and unit: "+0.7 pp", "−0.12", or "no change" when it is zero at the published precision. */
export function changeText(spec: HeadlineSpec, change: number): string {
  const text = signedText(change, spec.decimals);
  if (Number(text.replace('\u2212', '-')) === 0) return 'no change';
  return spec.changeUnit === 'percentage points' ? `${text} pp` : text;
}

/** " (unconfirmed)" when any of the national figures used is unconfirmed, so it is shown but flagged. */
function unconfirmedNote(...figures: readonly NationalFigure[]): string {
  return figures.some((figure) => figure.unconfirmed) ? ' (unconfirmed)' : '';
}

function englandValue(figure: NationalFigure, prefix: string): string {
  const percent = figure.measure === 'relative-likelihood' ? '' : '%';
  return `${prefix}${numberText(figure.value, figure.decimals)}${percent}${unconfirmedNote(figure)}`;
}

/**
 * England's figure for an indicator and year, nearest to the trust's headline: the relative
 * likelihood for 2–4; for 5–8 the gap (% BME − % White) when both are published, else England's
 * BME %; for 1 the VSM BME % (else the workforce BME %); for 9 the BME % of all board members.
 * "Not published" when England has no figure for that year.
 */
export function englandText(year: number, id: WresIndicatorId): string {
  const find = (measure: Parameters<typeof nationalFigure>[2]) => nationalFigure(year, id, measure);
  switch (WRES_INDICATORS[id].kind) {
    case 'relative-likelihood': {
      const rl = find('relative-likelihood');
      if (rl !== null) return englandValue(rl, '');
      break;
    }
    case 'staff-survey': {
      const bme = find('bme-percent');
      const white = find('white-percent');
      if (bme !== null && white !== null) {
        return `${signedText(bme.value - white.value, 1)} pp${unconfirmedNote(bme, white)}`;
      }
      if (bme !== null) return englandValue(bme, 'BME ');
      break;
    }
    case 'representation': {
      const vsm = find('vsm-bme-percent') ?? find('workforce-bme-percent');
      if (vsm !== null) return englandValue(vsm, vsm.measure === 'vsm-bme-percent' ? 'VSM ' : 'workforce ');
      break;
    }
    case 'board': {
      const board = find('board-bme-percent');
      if (board !== null) return englandValue(board, 'all board ');
      break;
    }
  }
  return 'Not published';
}

function figureOrWords(spec: HeadlineSpec, figure: HeadlineFigure): string {
  if (figure.value !== null) return figureText(spec, figure.value);
  return figure.figureWords ?? 'Not calculable';
}

function certaintyText(verdict: Verdict, certainty: Certainty): string {
  return verdict === 'not-calculable' ? 'Not assessed' : certaintyWords(certainty);
}

/**
 * The nine WRES indicators of `current.year`, in order, as a board reads them, with the change
 * since `previous` (an earlier year of the same organisation; RangeError otherwise, from
 * `compareYears`). An indicator not given this year reads "Not given" and is grey.
 */
export function indicatorRows(current: WresResult, previous?: WresResult): IndicatorRow[] {
  const comparison = previous === undefined ? undefined : compareYears(previous, current);
  return WRES_INDICATOR_IDS.map((id) => {
    const spec = headlineSpec(id);
    const figure = headlineFigure(current, id);
    const moved = comparison?.indicators.find((item) => item.indicator === id);
    const changeValue = moved?.change ?? null;
    let change: string;
    if (changeValue !== null) change = changeText(spec, changeValue);
    else if (previous === undefined) change = 'No earlier year';
    else change = 'Not comparable';
    const base = { id, title: WRES_INDICATORS[id].shortTitle, measure: spec.label, change, changeValue, england: englandText(current.year, id) };
    if (figure === null) return { ...base, figure: 'Not given', verdict: null, verdictText: 'Not given', certaintyText: 'Not assessed', rag: 'grey' };
    return {
      ...base,
      figure: figureOrWords(spec, figure),
      verdict: figure.verdict,
      verdictText: verdictWords(figure.verdict),
      certaintyText: certaintyText(figure.verdict, figure.certainty),
      rag: ragOf(figure.verdict, figure.certainty),
    };
  });
}
