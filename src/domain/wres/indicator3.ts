import type { DisciplinaryYear, WresInput } from './input-schema';
import type { WresOptions } from './options';
import { type RatioCounts, type RatioFigure, type RatioIndicatorResult, ratioFigure, ratioIndicatorResult } from './ratio-indicators';

function countsOf(year: DisciplinaryYear): RatioCounts {
  const { entered, headcount } = year;
  return {
    white: { events: entered.white, population: headcount.white },
    bme: { events: entered.bme, population: headcount.bme },
    unknown: { events: entered.unknown, population: headcount.unknown },
  };
}

/**
 * Averages each group's likelihood over two years and divides: RL = mean(L_B) ÷ mean(L_W).
 * No log-method interval exists for averaged likelihoods, so none is given. With no White entry
 * in either year but some BME entries, the ratio has no finite value; with none in either group,
 * it is not calculable.
 */
function meanOfLikelihoods(current: RatioCounts, previous: RatioCounts): RatioFigure | { reason: string } {
  const years = [current, previous];
  if (years.some((year) => year.white.population === 0 || year.bme.population === 0)) {
    return { reason: 'a year has no White or no BME staff in the headcount, so its likelihoods cannot be averaged' };
  }
  const mean = (group: 'white' | 'bme'): number =>
    (current[group].events / current[group].population + previous[group].events / previous[group].population) / 2;
  const white = mean('white');
  const bme = mean('bme');
  if (white === 0 && bme === 0)
    return { reason: 'neither White nor BME staff entered the formal disciplinary process in either year, so there is nothing to compare' };
  const intervalNote = 'the log-method interval is not defined for averaged likelihoods';
  const likelihoods = { white: white * 100, bme: bme * 100 };
  if (white === 0) {
    return {
      unrounded: null,
      confidenceInterval: null,
      intervalNote,
      infiniteReason: 'no White staff entered the formal disciplinary process in either year, so the ratio has no finite value',
      likelihoods,
    };
  }
  return {
    unrounded: bme / white,
    confidenceInterval: null,
    intervalNote,
    likelihoods,
  };
}

/**
 * Indicator 3: BME ÷ White likelihood of entering the formal disciplinary process (BME is the
 * numerator, unlike indicators 2 and 4).
 *
 * Reading of the unconfirmed two-year rolling average (`options.indicator3Average`):
 * - 'single-year': this year's counts only;
 * - 'pooled-two-years': events and headcounts of both years added, then one ratio (counts shown
 *   are the pooled sums). The pooled headcount counts most staff twice, so it is person-years, not
 *   people: the interval treats events as Poisson counts over person-years (√(1/a + 1/c) on the
 *   log scale), which is wider than the binomial one and does not pretend the two years' staff
 *   are different people;
 * - 'mean-of-likelihoods': each group's likelihood averaged over the years, then divided (counts
 *   shown are the pooled sums; likelihoods are the means; no interval).
 * Without `previousYear` a two-year reading falls back to 'single-year', and `reading` and
 * `notes` say so.
 */
export function indicator3Result(input: NonNullable<WresInput['indicator3']>, options: WresOptions): RatioIndicatorResult {
  const current = countsOf(input);
  const wanted = options.indicator3Average;
  if (wanted === 'single-year' || input.previousYear === undefined) {
    const result = ratioIndicatorResult('3', current, options);
    if (wanted === 'single-year') return { ...result, reading: 'single-year' };
    return {
      ...result,
      reading: 'single-year',
      notes: [...result.notes, `The ${wanted} reading needs indicator3.previousYear, which is not given: this is the single-year figure.`],
    };
  }
  const previous = countsOf(input.previousYear);
  const pooled: RatioCounts = {
    white: { events: current.white.events + previous.white.events, population: current.white.population + previous.white.population },
    bme: { events: current.bme.events + previous.bme.events, population: current.bme.population + previous.bme.population },
    unknown: { events: current.unknown.events + previous.unknown.events, population: current.unknown.population + previous.unknown.population },
  };
  const figure = wanted === 'mean-of-likelihoods' ? meanOfLikelihoods(current, previous) : ratioFigure('3', pooled, options, 'person-years');
  return { ...ratioIndicatorResult('3', pooled, options, figure), reading: wanted };
}
