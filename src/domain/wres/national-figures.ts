import { roundHalfAwayFromZero } from '../shared/rounding';
import type { Indicator1Result } from './indicator1';
import type { Indicator9Result } from './indicator9';
import type { WresResult } from './calculate';
import { NO_PEOPLE, addCounts } from './ethnicity';
import { headlineSpec } from './headline-measures';
import { type AdverseDirection, type WresIndicatorId, WRES_INDICATORS, WRES_INDICATOR_IDS } from './indicator-catalogue';
import { shareOf } from './shares';
import { type TrendOptions, resolveTrendOptions, trendDirection } from './trends';

/** The sources national figures are taken from, by their key in wres.md §1. */
export const NATIONAL_SOURCES = Object.freeze({
  S11: 'https://www.hsj.co.uk/workforce/our-nhs-people-matter-progress-and-challenges-on-workforce-race-equality-in-the-nhs/7026937.article',
  S12: 'https://www.hsjjobs.com/article/white-candidates-still-50pc-more-likely-to-be-recruited-says-new-nhse-data/',
  S14: 'https://www.nhsemployers.org/articles/nhs-workforce-race-equality-standard',
  S15: 'https://granhotelsantacruz.com/pulse/wres-2-data-international-recruitment-serious-problem-roger-kline-miyhe',
  S16: 'https://nhsproviders.org/closing-the-gap-a-guide-to-addressing-racial-discrimination-in-disciplinaries/executive-summary',
  S17: 'https://www.hsj.co.uk/workforce/nhse-sets-first-targets-to-cut-bme-disciplinary-cases/7025477.article',
  S18: 'https://www.capsticks.com/insights/nhse-and-nhsi-set-targets-to-reduce-disciplinary-cases-involving-bme-staff',
  S21: 'https://www.rdash.nhs.uk/documents/workforce-race-equality-standard-wres-annual-report-2025',
  S28: 'https://www.england.nhs.uk/long-read/nhs-workforce-race-equality-standard-wres-2024-data-analysis-report-for-nhs-trusts',
  S29: 'https://www.england.nhs.uk/long-read/workforce-race-equality-standard-2023-data-analysis-report-for-nhs-trusts/',
  S30: 'https://www.england.nhs.uk/long-read/nhs-workforce-race-equality-standard-wres2022-data-analysis-report-for-nhs-trusts/',
  S31: 'https://diversityhub.com/wres-report-shows-rise-in-bullying-and-discrimination-against-bme-workforce',
  S32: 'https://nhsrho.org/news/statement-in-response-to-publication-of-the-nhs-workforce-race-equality-standard-wres-2023-data-analysis',
  S39: 'https://www.ncic.nhs.uk/trust/equality-diversity-and-inclusion/workforce-race-equality-standard-report-2023',
  S41: 'https://kmpt.nhs.uk/about-us/about-us-documents/publications/workforce-reports/workforce-race-equality-standard-2021-2022/information',
  S47: 'https://nhsemployers.org/retention-and-staff-experience/diversity-and-inclusion/policy-and-guidance/race',
} as const);
export type NationalSourceKey = keyof typeof NATIONAL_SOURCES;

/** What a national figure measures, so it is only ever set beside the same measure for a trust. */
export type NationalMeasure =
  /** Indicator 1: BME % of the whole NHS trust workforce. */
  | 'workforce-bme-percent'
  /** Indicator 1: BME % of very senior managers (VSM). */
  | 'vsm-bme-percent'
  /** Indicators 2–4. */
  | 'relative-likelihood'
  /** Indicators 5–8: % of BME respondents. */
  | 'bme-percent'
  /** Indicators 5–8: % of White respondents. */
  | 'white-percent'
  /** Indicator 7: % of black staff only; a trust's WRES result has no such figure. */
  | 'black-staff-percent'
  /**
   * Indicator 9: BME % of all board members, voting and non-voting, as England publishes it. A
   * trust's figure for it is its whole board ({@link Indicator9Result.totalBoard}), never its
   * voting board alone.
   */
  | 'board-bme-percent'
  /** Indicator 9: BME % of voting board members, the WRES indicator 9 board; compared only with an England figure of the same. */
  | 'voting-board-bme-percent';

export interface NationalSource {
  readonly key: NationalSourceKey;
  readonly address: string;
}

/** One England-wide figure for NHS trusts, for one WRES report year. */
export interface NationalFigure {
  /** WRES report year: workforce data at 31 March of that year, staff survey from the autumn before. */
  readonly year: number;
  readonly indicator: WresIndicatorId;
  readonly measure: NationalMeasure;
  /** Relative likelihood (unitless) or percent, as published. */
  readonly value: number;
  /** Decimal places as published. */
  readonly decimals: 0 | 1 | 2;
  readonly sources: readonly NationalSource[];
  /** True where wres.md marks the figure inferred or unverified, or gives no source. */
  readonly unconfirmed: boolean;
  readonly note: string | null;
}

const source = (...keys: NationalSourceKey[]): readonly NationalSource[] => keys.map((key) => ({ key, address: NATIONAL_SOURCES[key] }));

function figure(
  year: number,
  indicator: WresIndicatorId,
  measure: NationalMeasure,
  value: number,
  sources: readonly NationalSource[],
  extra: { readonly unconfirmed?: boolean; readonly note?: string; readonly decimals?: 0 | 1 | 2 } = {},
): NationalFigure {
  const decimals = extra.decimals ?? (measure === 'relative-likelihood' ? 2 : 1);
  return { year, indicator, measure, value, decimals, sources, unconfirmed: extra.unconfirmed ?? sources.length === 0, note: extra.note ?? null };
}

/**
 * National (England, NHS trusts) WRES figures by report year, as collected in wres.md §5. Every
 * figure names its sources; `unconfirmed` is set where wres.md marks it inferred [I] or asks for
 * it to be verified. Deliberately left out: the "national" figures quoted by RDaSH's 2025 report
 * (wres.md says they look inverted), shares of trusts past a threshold (they cannot place one
 * trust), and regional figures. Years and indicators not listed have no confirmed figure yet.
 */
export const NATIONAL_FIGURES: readonly NationalFigure[] = Object.freeze([
  figure(2016, '1', 'workforce-bme-percent', 17.7, source('S12'), {
    unconfirmed: true,
    note: 'Inferred from 2022 coverage: "17.7 per cent six years ago".',
  }),
  figure(2016, '2', 'relative-likelihood', 1.57, source('S11', 'S12', 'S15')),
  figure(2016, '3', 'relative-likelihood', 1.56, source('S11', 'S12')),
  figure(2016, '4', 'relative-likelihood', 1.11, source('S11')),
  figure(2017, '2', 'relative-likelihood', 1.6, source('S11')),
  figure(2017, '3', 'relative-likelihood', 1.37, source('S11')),
  figure(2017, '4', 'relative-likelihood', 1.22, source('S11')),
  figure(2018, '2', 'relative-likelihood', 1.45, source('S11', 'S12')),
  figure(2018, '3', 'relative-likelihood', 1.24, source('S11', 'S17', 'S18')),
  figure(2018, '4', 'relative-likelihood', 1.15, source('S11')),
  figure(2019, '2', 'relative-likelihood', 1.46, source('S11')),
  figure(2019, '3', 'relative-likelihood', 1.22, source('S11')),
  figure(2019, '4', 'relative-likelihood', 1.15, source('S11')),
  figure(2020, '2', 'relative-likelihood', 1.61, source('S12'), { note: '"peaking at 1.61 in 2020"' }),
  figure(2020, '5', 'bme-percent', 30.3, source('S31')),
  figure(2021, '1', 'workforce-bme-percent', 22.4, source('S12', 'S41')),
  figure(2021, '2', 'relative-likelihood', 1.61, source('S30'), {
    unconfirmed: true,
    note: 'Inferred: the 2022 report refers to a change "from 1.61"; the rest of the sentence is not confirmed.',
  }),
  figure(2021, '3', 'relative-likelihood', 1.14, source('S16')),
  figure(2021, '5', 'bme-percent', 28.9, source('S31')),
  figure(2022, '1', 'workforce-bme-percent', 24.2, source('S12', 'S30')),
  figure(2022, '2', 'relative-likelihood', 1.54, source('S12', 'S39')),
  figure(2022, '3', 'relative-likelihood', 1.14, source('S12', 'S16')),
  figure(2022, '5', 'bme-percent', 29.2, source('S31')),
  figure(2022, '1', 'vsm-bme-percent', 10.3, source('S47')),
  figure(2022, '7', 'black-staff-percent', 35, source('S30'), { decimals: 0 }),
  figure(2023, '1', 'workforce-bme-percent', 26.4, source('S29', 'S47', 'S32'), {
    note: "NHS England's 2023 report: 26.4% of the workforce at 31 March 2023 (NHS Employers' summary); NHS RHO rounded it to 26%.",
  }),
  figure(2023, '1', 'vsm-bme-percent', 11.2, source('S14', 'S47')),
  figure(2023, '2', 'relative-likelihood', 1.59, source('S15')),
  figure(2023, '6', 'bme-percent', 27.5, source('S47')),
  figure(2023, '6', 'white-percent', 21.7, source('S47')),
  figure(2023, '7', 'black-staff-percent', 39, source('S47'), { decimals: 0 }),
  figure(2024, '1', 'workforce-bme-percent', 28.6, source('S14', 'S21')),
  figure(2024, '1', 'vsm-bme-percent', 12.7, source('S14')),
  figure(2024, '6', 'bme-percent', 24.9, source('S14')),
  figure(2024, '6', 'white-percent', 20.7, source('S14')),
  figure(2024, '7', 'bme-percent', 48.8, source('S28')),
  figure(2024, '7', 'white-percent', 59.4, source('S28')),
  figure(2024, '7', 'black-staff-percent', 42.2, source('S14')),
  figure(2024, '9', 'board-bme-percent', 16.5, source('S14'), {
    note: 'All board members, voting and non-voting. Published June 2025; the highest since WRES began.',
  }),
]);

/** The national figure for a year, indicator and measure, if one is recorded. */
export function nationalFigure(year: number, indicator: WresIndicatorId, measure: NationalMeasure): NationalFigure | null {
  return NATIONAL_FIGURES.find((f) => f.year === year && f.indicator === indicator && f.measure === measure) ?? null;
}

/** Where a trust stands against England. */
export type Standing = 'better' | 'worse' | 'same' | 'not-comparable' | 'no-direction';

export interface EnglandComparison {
  readonly year: number;
  readonly indicator: WresIndicatorId;
  readonly measure: NationalMeasure;
  readonly unit: 'relative likelihood' | 'percent';
  /** The trust's figure as published (2 dp for ratios, 1 dp for percents). */
  readonly trustValue: number | null;
  readonly englandValue: number | null;
  /** Trust − England: ratio points (2 dp) or percentage points (1 dp). */
  readonly difference: number | null;
  readonly standing: Standing;
  readonly national: NationalFigure | null;
  /** The national figure is unconfirmed: show it, but say so. */
  readonly unconfirmed: boolean;
  readonly reason: string | null;
}

export interface EnglandOptions {
  /** How a relative likelihood is better; see {@link TrendOptions.ratioImprovement}. */
  readonly ratioImprovement: TrendOptions['ratioImprovement'];
  /** Whether unconfirmed national figures are used (flagged) or treated as missing. Default true. */
  readonly includeUnconfirmed: boolean;
}

const DIRECTIONLESS: readonly NationalMeasure[] = ['workforce-bme-percent'];

function adverseDirectionOf(indicator: WresIndicatorId): AdverseDirection {
  return WRES_INDICATORS[indicator].adverseDirection;
}

/**
 * Places one trust figure against England's for the same year, indicator and measure.
 *
 * difference = trust − England, rounded half away from zero (2 dp for relative likelihoods, 1 dp
 * for percents). standing:
 * - 'better' / 'worse' / 'same' for BME staff: relative likelihoods by
 *   `options.ratioImprovement` (default closer to parity, |ln RL| smaller, is better); percents by
 *   the indicator's adverse direction in the catalogue (e.g. a lower indicator 5 % is better, a
 *   higher indicator 7 % or VSM or board BME % is better);
 * - 'no-direction' for the whole workforce's BME %, which reflects the local population;
 * - 'not-comparable', with the reason, when the trust has no figure, England has none for the
 *   year, or England's is unconfirmed and `includeUnconfirmed` is false.
 * The judgement uses the published figures, so a trust shown as 1.54 beside England's 1.54 is
 * 'same'. Note that the national BME % denominator (with or without unknown ethnicity) is not
 * confirmed, so small percent differences deserve caution.
 */
export function placeAgainstEngland(
  trust: {
    readonly year: number;
    readonly indicator: WresIndicatorId;
    readonly measure: NationalMeasure;
    readonly value: number | null;
    readonly reason?: string;
  },
  options: Partial<EnglandOptions> = {},
): EnglandComparison {
  const { ratioImprovement } = resolveTrendOptions(options.ratioImprovement === undefined ? {} : { ratioImprovement: options.ratioImprovement });
  const includeUnconfirmed = options.includeUnconfirmed ?? true;
  const national = nationalFigure(trust.year, trust.indicator, trust.measure);
  const isRatio = trust.measure === 'relative-likelihood';
  const base = {
    year: trust.year,
    indicator: trust.indicator,
    measure: trust.measure,
    unit: isRatio ? ('relative likelihood' as const) : ('percent' as const),
    trustValue: trust.value,
    national,
    unconfirmed: national?.unconfirmed ?? false,
  };
  const notComparable = (reason: string, englandValue: number | null): EnglandComparison => ({
    ...base,
    englandValue,
    difference: null,
    standing: 'not-comparable',
    reason,
  });
  if (national === null) return notComparable(`there is no national figure for indicator ${trust.indicator} (${trust.measure}) in ${trust.year}`, null);
  if (national.unconfirmed && !includeUnconfirmed)
    return notComparable('the national figure is unconfirmed and unconfirmed figures are excluded', national.value);
  if (trust.value === null) return notComparable(trust.reason ?? `the trust has no ${trust.measure} figure for indicator ${trust.indicator}`, national.value);
  const difference = roundHalfAwayFromZero(trust.value - national.value, isRatio ? 2 : 1);
  const compared = { ...base, englandValue: national.value, difference, reason: null };
  if (DIRECTIONLESS.includes(trust.measure)) return { ...compared, standing: 'no-direction' };
  // "Moving" from England's figure to the trust's: an improvement means the trust is better.
  const spec = isRatio ? headlineSpec(trust.indicator) : { ...headlineSpec('1'), adverseDirection: adverseDirectionOf(trust.indicator) };
  const moved = trendDirection(spec, national.value, trust.value, { ratioImprovement, gapImprovement: 'adverse-direction', basis: 'rounded' });
  return { ...compared, standing: moved === 'improved' ? 'better' : moved === 'worsened' ? 'worse' : 'same' };
}

/** A trust's figure for a national measure, or null with the reason it has none. */
export type TrustFigure = { readonly value: number | null; readonly reason?: string };

function vsmPercent(result: Indicator1Result, denominator: WresResult['readings']['percentDenominator']): TrustFigure {
  const vsm = result.staffGroups.flatMap((group) => group.bands.filter((band) => band.band === 'VSM'));
  if (vsm.length === 0) return { value: null, reason: 'indicator 1 has no VSM row' };
  const share = shareOf(vsm.reduce(addCounts, NO_PEOPLE), denominator);
  return share.bmePercent === null ? { value: null, reason: 'no VSM member has a recorded ethnicity' } : { value: share.bmePercent };
}

/**
 * The trust's board BME % (1 dp) for a board measure, like with like: the whole board
 * (`totalBoard`) for England's all-board figure ('board-bme-percent'), the voting board for a
 * voting-board figure ('voting-board-bme-percent'; any other measure is read as the all-board one). Null with the reason when the trust gives no
 * whole board (no non-voting members, not even 0), or no member of the board in question has a
 * recorded ethnicity. Used by {@link compareWithEngland}; exported so a voting-board figure can be
 * placed by hand with {@link placeAgainstEngland}.
 */
export function trustBoardPercent(result: Indicator9Result, measure: NationalMeasure): TrustFigure {
  if (measure === 'voting-board-bme-percent') {
    return result.boardBmePercent === null ? { value: null, reason: 'no voting board member has a recorded ethnicity' } : { value: result.boardBmePercent };
  }
  if (result.totalBoard === null) {
    return {
      value: null,
      reason: "the trust gives only its voting board members, and England's figure is of all board members: give the non-voting members too",
    };
  }
  return result.totalBoard.boardBmePercent === null
    ? { value: null, reason: 'no board member has a recorded ethnicity' }
    : { value: result.totalBoard.boardBmePercent };
}

/** The trust's figure for a measure, from its result; undefined when the result has no such indicator. */
function trustFigure(result: WresResult, indicator: WresIndicatorId, measure: NationalMeasure): TrustFigure | undefined {
  const { indicators } = result;
  switch (indicator) {
    case '1': {
      const r = indicators['1'];
      if (r === undefined) return undefined;
      if (measure === 'vsm-bme-percent') return vsmPercent(r, result.readings.percentDenominator);
      return { value: r.workforce.bmePercent };
    }
    case '2':
    case '3':
    case '4': {
      const r = indicators[indicator];
      if (r === undefined) return undefined;
      return r.value === null ? { value: null, reason: `the trust's figure is not calculable: ${r.reason}` } : { value: r.value };
    }
    case '5':
    case '6':
    case '7':
    case '8': {
      const r = indicators[indicator];
      if (r === undefined) return undefined;
      if (measure === 'black-staff-percent') return { value: null, reason: 'a WRES result has no figure for black staff alone' };
      return { value: measure === 'white-percent' ? r.white : r.bme };
    }
    case '9': {
      const r = indicators['9'];
      if (r === undefined) return undefined;
      return trustBoardPercent(r, measure);
    }
  }
}

/** The measure each indicator is first placed on, whether or not England has a figure. */
export const PRIMARY_MEASURE: Readonly<Record<WresIndicatorId, NationalMeasure>> = {
  '1': 'workforce-bme-percent',
  '2': 'relative-likelihood',
  '3': 'relative-likelihood',
  '4': 'relative-likelihood',
  '5': 'bme-percent',
  '6': 'bme-percent',
  '7': 'bme-percent',
  '8': 'bme-percent',
  '9': 'board-bme-percent',
};

/**
 * Places every indicator in a trust's result against England for the result's year: each
 * indicator's main measure (workforce BME % for 1, the relative likelihood for 2–4, the BME % for
 * 5–8, the BME % of all board members for 9), then any other national measure recorded for that
 * indicator and year (VSM BME %, White %, black staff %, voting-board BME %). Indicator 9 is
 * compared like with like: the trust's whole board (voting + non-voting) against England's
 * all-board figure, its voting board only against a voting-board figure; a trust that gives only
 * its voting board is not comparable with the all-board figure, with the reason. See {@link placeAgainstEngland} for the rules. Indicators
 * the result does not give are left out.
 */
export function compareWithEngland(result: WresResult, options: Partial<EnglandOptions> = {}): readonly EnglandComparison[] {
  // Every indicator has a primary measure; the ids are in the order Object.keys gave them (1 to 9).
  return WRES_INDICATOR_IDS.flatMap((indicator) => {
    const others = NATIONAL_FIGURES.filter((f) => f.year === result.year && f.indicator === indicator && f.measure !== PRIMARY_MEASURE[indicator]).map(
      (f) => f.measure,
    );
    return [PRIMARY_MEASURE[indicator], ...others].flatMap((measure) => {
      const trust = trustFigure(result, indicator, measure);
      if (trust === undefined) return [];
      return [placeAgainstEngland({ year: result.year, indicator, measure, ...trust }, options)];
    });
  });
}
