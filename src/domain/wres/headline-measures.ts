import type { WresResult } from './calculate';
import { type AdverseDirection, type WresIndicatorId, WRES_INDICATORS } from './indicator-catalogue';
import type { Certainty, Verdict } from './verdict';

/** What is tracked from year to year for each indicator: one figure, so a trend line has one value per year. */
export type HeadlineMeasure =
  /** Indicator 1: BME % of staff in AfC 8a–9 and VSM (non-clinical and clinical). */
  | 'senior-bme-percent'
  /** Indicators 2–4: the relative likelihood. */
  | 'relative-likelihood'
  /** Indicators 5–8: % BME − % White, percentage points. */
  | 'survey-gap'
  /** Indicator 9: board voting BME % − workforce BME %, percentage points. */
  | 'board-minus-workforce';

/** Units of a change: ratio points for relative likelihoods, percentage points for the rest. */
export type ChangeUnit = 'ratio points' | 'percentage points';

export interface HeadlineSpec {
  readonly measure: HeadlineMeasure;
  readonly label: string;
  readonly changeUnit: ChangeUnit;
  /** Decimal places the figure is published to (and so its changes are rounded to). */
  readonly decimals: 1 | 2;
  readonly adverseDirection: AdverseDirection;
}

const SPECS: Readonly<Record<WresIndicatorId, HeadlineSpec>> = {
  '1': {
    measure: 'senior-bme-percent',
    label: 'BME % of staff in bands 8a–9 and VSM',
    changeUnit: 'percentage points',
    decimals: 1,
    adverseDirection: WRES_INDICATORS['1'].adverseDirection,
  },
  '2': {
    measure: 'relative-likelihood',
    label: 'relative likelihood',
    changeUnit: 'ratio points',
    decimals: 2,
    adverseDirection: WRES_INDICATORS['2'].adverseDirection,
  },
  '3': {
    measure: 'relative-likelihood',
    label: 'relative likelihood',
    changeUnit: 'ratio points',
    decimals: 2,
    adverseDirection: WRES_INDICATORS['3'].adverseDirection,
  },
  '4': {
    measure: 'relative-likelihood',
    label: 'relative likelihood',
    changeUnit: 'ratio points',
    decimals: 2,
    adverseDirection: WRES_INDICATORS['4'].adverseDirection,
  },
  '5': {
    measure: 'survey-gap',
    label: '% BME − % White',
    changeUnit: 'percentage points',
    decimals: 1,
    adverseDirection: WRES_INDICATORS['5'].adverseDirection,
  },
  '6': {
    measure: 'survey-gap',
    label: '% BME − % White',
    changeUnit: 'percentage points',
    decimals: 1,
    adverseDirection: WRES_INDICATORS['6'].adverseDirection,
  },
  '7': {
    measure: 'survey-gap',
    label: '% BME − % White',
    changeUnit: 'percentage points',
    decimals: 1,
    adverseDirection: WRES_INDICATORS['7'].adverseDirection,
  },
  '8': {
    measure: 'survey-gap',
    label: '% BME − % White',
    changeUnit: 'percentage points',
    decimals: 1,
    adverseDirection: WRES_INDICATORS['8'].adverseDirection,
  },
  '9': {
    measure: 'board-minus-workforce',
    label: 'board voting BME % − workforce BME %',
    changeUnit: 'percentage points',
    decimals: 1,
    adverseDirection: WRES_INDICATORS['9'].adverseDirection,
  },
};

/** The headline figure tracked for an indicator, its unit and its adverse direction (from the catalogue). */
export function headlineSpec(id: WresIndicatorId): HeadlineSpec {
  return SPECS[id];
}

/** One year's headline figure of one indicator, as read from a `WresResult`. */
export interface HeadlineFigure {
  /** As published: 2 dp for ratios, 1 dp for percentages and points; null when not calculable. */
  readonly value: number | null;
  readonly unrounded: number | null;
  readonly verdict: Verdict;
  /** How sure the evidence is of the verdict. */
  readonly certainty: Certainty;
  /** The certainty in a sentence, starting with its words ("clear: …", "could be chance: …", "not assessed: …"). */
  readonly certaintyReason: string;
  /** A group under the small-numbers threshold (events for 2–4, respondents for 5–8): a caution. */
  readonly smallNumbers: boolean;
  /** The figure in words when no number shows it, e.g. "No BME applicants were appointed (White: …)". */
  readonly figureWords: string | null;
  /** Why `value` is null. */
  readonly reason: string | null;
  /** A setting that changes the figure itself, so two years are only comparable when it matches. */
  readonly basis: string | null;
  /** 95% interval, when there is one: of a relative likelihood (2 dp) or a survey gap (percentage points, 1 dp). */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
}

/** Indicators 1 and 9 count everyone (all staff, the whole board), so no sampling interval is formed. */
const COUNT_OF_EVERYONE = 'not assessed: a count of everyone, not a sample';

/**
 * Reads the headline figure of indicator `id` from a result, or null when the input did not give
 * that indicator. `basis` names the reading that shapes the figure: indicator 3's rolling-average
 * reading, and the BME % denominator for indicators 1 and 9.
 */
export function headlineFigure(result: WresResult, id: WresIndicatorId): HeadlineFigure | null {
  const { indicators, readings } = result;
  switch (id) {
    case '1': {
      const r = indicators['1'];
      if (r === undefined) return null;
      const value = r.senior.bmePercent;
      return {
        value,
        unrounded: r.senior.bmePercentUnrounded,
        verdict: r.verdict,
        certainty: 'not-assessed',
        certaintyReason: COUNT_OF_EVERYONE,
        smallNumbers: false,
        figureWords: null,
        reason: value === null ? 'there is no one in bands 8a–9 or VSM to take a share of' : null,
        basis: `BME % over ${readings.percentDenominator}`,
        interval: null,
      };
    }
    case '2':
    case '3':
    case '4': {
      const r = indicators[id];
      if (r === undefined) return null;
      const ci = r.confidenceInterval;
      return {
        value: r.value,
        unrounded: r.unrounded,
        verdict: r.verdict,
        certainty: r.certainty,
        certaintyReason: r.certaintyReason,
        smallNumbers: r.smallNumbers,
        figureWords: r.figureWords,
        reason: r.value === null ? r.reason : null,
        basis: r.reading === undefined ? null : `${r.reading} reading`,
        interval: ci === null ? null : { lower: ci.lower, upper: ci.upper },
      };
    }
    case '5':
    case '6':
    case '7':
    case '8': {
      const r = indicators[id];
      if (r === undefined) return null;
      const interval = r.gapInterval === null ? null : { lower: r.gapInterval.lower, upper: r.gapInterval.upper };
      return {
        value: r.gap,
        unrounded: r.gapUnrounded,
        verdict: r.verdict,
        certainty: r.certainty,
        certaintyReason: r.certaintyReason,
        smallNumbers: r.smallNumbers,
        figureWords: null,
        reason: null,
        basis: null,
        interval,
      };
    }
    case '9': {
      const r = indicators['9'];
      if (r === undefined) return null;
      return {
        value: r.value,
        unrounded: r.unrounded,
        verdict: r.verdict,
        certainty: 'not-assessed',
        certaintyReason: COUNT_OF_EVERYONE,
        smallNumbers: false,
        figureWords: null,
        reason: r.reason,
        basis: `BME % over ${readings.percentDenominator}`,
        interval: null,
      };
    }
  }
}
