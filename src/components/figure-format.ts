import type { EnglandComparison, HeadlineMeasure, IndicatorChange, NationalFigure, TrendDirection, Verdict } from '../domain/wres';

/** A minus sign, not a hyphen, so screen readers say "minus" and the figure reads as printed. */
const MINUS = '\u2212';

function fixed(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `${MINUS}${text}` : text;
}

/** A relative likelihood: 2 decimal places, e.g. "1.53". */
export function formatRatio(value: number): string {
  return fixed(value, 2);
}

/** A percentage: 1 decimal place, e.g. "29.8%". */
export function formatPercent(value: number): string {
  return `${fixed(value, 1)}%`;
}

/** A difference in percentage points, always signed: "+2.7 pp", "−12.3 pp", "0.0 pp". */
export function formatPoints(value: number): string {
  const sign = value > 0 ? '+' : '';
  return `${sign}${fixed(value, 1)} pp`;
}

/** The headline figure of an indicator as a board reads it, by what it measures. */
export function formatHeadline(measure: HeadlineMeasure, value: number | null): string {
  if (value === null) return 'No figure';
  switch (measure) {
    case 'relative-likelihood':
      return formatRatio(value);
    case 'senior-bme-percent':
      return formatPercent(value);
    case 'survey-gap':
    case 'board-minus-workforce':
      return formatPoints(value);
  }
}

/** A change between years: ratio points signed to 2 dp, else percentage points signed to 1 dp. */
function formatChange(change: IndicatorChange): string {
  if (change.change === null) return '';
  if (change.unit === 'ratio points') {
    const sign = change.change > 0 ? '+' : '';
    return `${sign}${fixed(change.change, 2)}`;
  }
  return formatPoints(change.change);
}

/** The verdict in words, so the badge never relies on colour alone (the domain's one set of words). */
export { verdictWords, certaintySentence } from '../domain/wres';

/**
 * The Fluent badge colour of a verdict. Below-range and reversed are outside the range the other
 * way: told apart from adverse, and not shown as good news.
 */
export function verdictColour(verdict: Verdict): 'danger' | 'success' | 'brand' | 'subtle' {
  switch (verdict) {
    case 'adverse':
      return 'danger';
    case 'non-adverse':
      return 'success';
    case 'below-range':
    case 'reversed':
      return 'brand';
    case 'not-calculable':
      return 'subtle';
  }
}

/** A signed gap interval in percentage points: "−1.2 to +5.0 pp". */
export function formatPointsInterval(lower: number, upper: number): string {
  return `${formatPoints(lower).replace(' pp', '')} to ${formatPoints(upper)}`;
}

const DIRECTION_WORDS: Readonly<Record<TrendDirection, string>> = {
  improved: 'improved',
  worsened: 'worsened',
  'no-change': 'no change',
  'not-comparable': 'not comparable',
};

function directionWords(direction: TrendDirection): string {
  return DIRECTION_WORDS[direction];
}

/**
 * The change since the year before, in words: "+0.03 since 2023: worsened for BME staff",
 * "Not comparable with 2023: …", or that there is no earlier year.
 */
export function changeSentence(change: IndicatorChange | null): string {
  if (change === null) return 'No earlier year to compare with';
  const since = change.from.year;
  if (change.direction === 'not-comparable') return `Not comparable with ${since}: ${change.reason ?? 'no figure'}`;
  if (change.direction === 'no-change') return `No change since ${since}`;
  const caution = change.lowNumbers ? ' (low numbers: may be chance)' : '';
  return `${formatChange(change)} since ${since}: ${directionWords(change.direction)}${caution}`;
}

const MEASURE_WORDS: Readonly<Record<EnglandComparison['measure'], string>> = {
  'workforce-bme-percent': 'BME share of the workforce',
  'vsm-bme-percent': 'BME share of very senior managers',
  'relative-likelihood': 'relative likelihood',
  'bme-percent': 'BME staff',
  'white-percent': 'White staff',
  'black-staff-percent': 'black staff',
  'board-bme-percent': 'BME share of all board members',
  'voting-board-bme-percent': 'BME share of voting board members',
};

const STANDING_WORDS: Readonly<Record<EnglandComparison['standing'], string>> = {
  better: 'the trust is better for BME staff',
  worse: 'the trust is worse for BME staff',
  same: 'the same as the trust',
  'no-direction': 'a reflection of the local population, neither better nor worse',
  'not-comparable': 'not comparable',
};

function englandValue(comparison: EnglandComparison, value: number): string {
  return comparison.unit === 'relative likelihood' ? formatRatio(value) : formatPercent(value);
}

/**
 * England's figure beside the trust's, in words: "England 1.59 (relative likelihood, 2023);
 * trust 1.58: the trust is better for BME staff". Without a national figure for the year, the
 * latest earlier one is named, with its year, and not compared.
 */
export function englandSentence(comparison: EnglandComparison | null, year: number, earlier: NationalFigure | null = null): string {
  if (comparison === null || comparison.englandValue === null) {
    if (earlier === null) return `England: no national figure for ${year}`;
    const value = earlier.measure === 'relative-likelihood' ? formatRatio(earlier.value) : formatPercent(earlier.value);
    const flag = earlier.unconfirmed ? ', unconfirmed' : '';
    return `England: no national figure for ${year} yet; latest ${value} (${MEASURE_WORDS[earlier.measure]}, ${earlier.year}${flag})`;
  }
  const flag = comparison.unconfirmed ? ', unconfirmed' : '';
  const head = `England ${englandValue(comparison, comparison.englandValue)} (${MEASURE_WORDS[comparison.measure]}, ${comparison.year}${flag})`;
  if (comparison.standing === 'not-comparable') return head;
  const trust = comparison.trustValue === null ? '' : `; trust ${englandValue(comparison, comparison.trustValue)}`;
  return `${head}${trust}: ${STANDING_WORDS[comparison.standing]}`;
}

/** "1 linked action", "3 linked actions". */
export function countWords(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
