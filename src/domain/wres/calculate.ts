import type { Indicator1Result } from './indicator1';
import { indicator1Result } from './indicator1';
import { indicator3Result } from './indicator3';
import { type Indicator9Result, indicator9Result } from './indicator9';
import type { WresInput } from './input-schema';
import { type WresOptions, resolveWresOptions } from './options';
import { type RatioIndicatorResult, indicator2Result, indicator4Result } from './ratio-indicators';
import { type SurveyIndicatorId, type SurveyIndicatorResult, surveyIndicatorResult } from './survey-indicators';

/** Each indicator's result under its id; only the indicators the input gives are present. */
export interface WresIndicatorResults {
  readonly '1'?: Indicator1Result;
  readonly '2'?: RatioIndicatorResult;
  readonly '3'?: RatioIndicatorResult;
  readonly '4'?: RatioIndicatorResult;
  readonly '5'?: SurveyIndicatorResult;
  readonly '6'?: SurveyIndicatorResult;
  readonly '7'?: SurveyIndicatorResult;
  readonly '8'?: SurveyIndicatorResult;
  readonly '9'?: Indicator9Result;
}

/** The calculated WRES for one organisation and year: plain JSON, with the readings used. */
export interface WresResult {
  readonly schemaVersion: 1;
  readonly organisation: WresInput['organisation'];
  readonly year: number;
  /** Every option in force, including the reading of each unconfirmed rule. */
  readonly readings: WresOptions;
  readonly indicators: WresIndicatorResults;
}

const SURVEY_IDS: readonly SurveyIndicatorId[] = ['5', '6', '7', '8'];

/**
 * Calculates every WRES indicator the (already validated) input gives. See each indicator's
 * function for its formula, units, rounding and edge cases: indicator 1 {@link indicator1Result},
 * 2 and 4 {@link indicator2Result} / {@link indicator4Result}, 3 {@link indicator3Result}, 5–8
 * {@link surveyIndicatorResult}, 9 {@link indicator9Result}. Pure and deterministic: the same
 * input and options always give the same JSON, and no number in it is NaN or ±Infinity.
 * Throws a RangeError only for invalid options (see {@link resolveWresOptions}).
 */
export function calculateWres(input: WresInput, options: Partial<WresOptions> = {}): WresResult {
  const readings = resolveWresOptions(options);
  const indicators: { -readonly [K in keyof WresIndicatorResults]: WresIndicatorResults[K] } = {};
  if (input.indicator1 !== undefined) indicators['1'] = indicator1Result(input.indicator1.rows, readings);
  if (input.indicator2 !== undefined) indicators['2'] = indicator2Result(input.indicator2, readings);
  if (input.indicator3 !== undefined) indicators['3'] = indicator3Result(input.indicator3, readings);
  if (input.indicator4 !== undefined) indicators['4'] = indicator4Result(input.indicator4, readings);
  for (const id of SURVEY_IDS) {
    const survey = input[`indicator${id}`];
    if (survey !== undefined) indicators[id] = surveyIndicatorResult(id, survey, readings);
  }
  if (input.indicator9 !== undefined) indicators['9'] = indicator9Result(input.indicator9, input.indicator1, readings);
  return { schemaVersion: 1, organisation: input.organisation, year: input.year, readings, indicators };
}
