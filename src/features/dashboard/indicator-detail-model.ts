import { percentOf, roundHalfAwayFromZero } from '../../domain/shared';
import {
  AFC_BANDS,
  WRES_INDICATORS,
  compareWithEngland,
  headlineFigure,
  headlineSpec,
  wresSeries,
  type EnglandComparison,
  type Indicator1Result,
  type Indicator9Result,
  type RatioIndicatorResult,
  type Share,
  type SurveyIndicatorResult,
  type Verdict,
  type WresIndicatorId,
  type WresInput,
} from '../../domain/wres';
import { latestEarlierNational, resultsOf } from './dashboard-model';
import { verdictWithCertainty } from '../../domain/wres';
import { certaintySentence, englandSentence, formatHeadline, formatPercent, formatPoints, formatPointsInterval, formatRatio, verdictWords } from '../../components/figure-format';

export interface DetailTable {
  caption: string;
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

export interface TrendRow {
  year: number;
  value: number | null;
  text: string;
  verdict: string;
  interval: string;
}

/** BME % by AfC band for non-clinical and clinical staff, for the band chart. */
export interface BandPoint {
  band: string;
  nonClinical: number | null;
  clinical: number | null;
}

export interface IndicatorDetailModel {
  id: WresIndicatorId;
  title: string;
  wording: string;
  formula: string;
  source: string;
  year: number;
  measureLabel: string;
  value: string;
  verdict: Verdict | null;
  verdictText: string;
  /** The certainty in words with its reason, e.g. "Clear: the whole of the 95% interval, …"; null without a figure. */
  certaintyText: string | null;
  /** The verdict as a sentence naming who is less likely (indicators 2–4), or null. */
  meaning: string | null;
  reason: string | null;
  /** The calculation in words, e.g. "White applicants: 21.80% appointed; BME applicants: 13.80% → 1.58". */
  calculation: string | null;
  /** The domain's own sentence, e.g. "White applicants are 1.58 times as likely as …". */
  statement: string | null;
  notes: string[];
  tables: DetailTable[];
  england: string[];
  trend: TrendRow[];
  /** Whether the trend is in ratios (2 dp) or percentage points / percent (1 dp). */
  trendUnit: 'ratio' | 'percent' | 'points';
  bands: BandPoint[];
}

const count = (value: number): string => value.toLocaleString('en-GB');
const percentOrDash = (value: number | null): string => (value === null ? '—' : formatPercent(value));
const pointsOrDash = (value: number | null): string => (value === null ? '—' : formatPoints(value));

const RATIO_WORDS: Readonly<Record<'2' | '3' | '4', { people: string; population: string; events: string; verb: string }>> = {
  '2': { people: 'applicants', population: 'Shortlisted', events: 'Appointed', verb: 'appointed' },
  '3': { people: 'staff', population: 'Headcount', events: 'Entered the formal disciplinary process', verb: 'entered the formal disciplinary process' },
  '4': { people: 'staff', population: 'Headcount', events: 'Accessed non-mandatory training or CPD', verb: 'accessed non-mandatory training or CPD' },
};

/** A group's likelihood to 2 dp from its counts, or the domain's figure where a reading averages years. */
function likelihoodText(result: RatioIndicatorResult, group: 'white' | 'bme'): string {
  const counts = result[group];
  if (result.reading === 'mean-of-likelihoods') return counts.likelihoodPercent === null ? '—' : `${counts.likelihoodPercent.toFixed(1)}%`;
  const percent = percentOf(counts.events, counts.population);
  return percent === null ? '—' : `${roundHalfAwayFromZero(percent, 2).toFixed(2)}%`;
}

function countRow(key: string, label: string, events: number, population: number, likelihood: string) {
  return { key, cells: [label, count(population), count(events), likelihood] };
}

function respondents(n: number | null): string {
  return n === null ? 'Not given' : count(n);
}

function ratioDetail(id: '2' | '3' | '4', result: RatioIndicatorResult, year: number) {
  const words = RATIO_WORDS[id];
  const order: ('white' | 'bme')[] = id === '3' ? ['bme', 'white'] : ['white', 'bme'];
  const name = { white: 'White', bme: 'BME' } as const;
  const calculation =
    result.value === null
      ? null
      : `${order.map((group) => `${name[group]} ${words.people}: ${likelihoodText(result, group)} ${words.verb}`).join('; ')} → ${formatRatio(result.value)}`;
  const table: DetailTable = {
    caption: `Indicator ${id} by ethnic group, ${year}`,
    columns: ['Group', words.population, words.events, 'Likelihood'],
    rows: [
      countRow('white', `White ${words.people}`, result.white.events, result.white.population, likelihoodText(result, 'white')),
      countRow('bme', `BME ${words.people}`, result.bme.events, result.bme.population, likelihoodText(result, 'bme')),
      countRow('unknown', `Ethnicity unknown (left out of the ratio)`, result.unknown.events, result.unknown.population, percentOrDash(result.unknown.excludedPercent) + ' of all'),
    ],
  };
  return { calculation, statement: result.statement, meaning: result.meaning, notes: [...result.notes], tables: [table] };
}

function surveyDetail(id: '5' | '6' | '7' | '8', result: SurveyIndicatorResult, year: number) {
  return {
    calculation: `BME staff: ${formatPercent(result.bme)}; White staff: ${formatPercent(result.white)} → ${formatPoints(result.gap)}`,
    statement: null,
    meaning: null,
    notes: [
      ...(result.gapInterval === null ? [] : [`95% interval of the gap: ${formatPointsInterval(result.gapInterval.lower, result.gapInterval.upper)} (${result.gapInterval.method} method).`]),
      ...(result.reason === null ? [] : [`Small numbers: ${result.reason}.`]),
    ],
    tables: [
      {
        caption: `Indicator ${id} by ethnic group, NHS Staff Survey for ${year}`,
        columns: ['Group', 'Percent', 'Respondents'],
        rows: [
          { key: 'bme', cells: ['BME staff', formatPercent(result.bme), respondents(result.bmeRespondents)] },
          { key: 'white', cells: ['White staff', formatPercent(result.white), respondents(result.whiteRespondents)] },
        ],
      },
    ],
  };
}

function shareCells(label: string, share: Share): string[] {
  return [label, count(share.white), count(share.bme), count(share.unknown), percentOrDash(share.bmePercent)];
}

function boardDetail(result: Indicator9Result, year: number) {
  const rows = [{ key: 'voting', cells: shareCells('Voting board members', result.board) }];
  if (result.executive !== null) rows.push({ key: 'executive', cells: shareCells('Executive board members', result.executive.board) });
  if (result.workforce !== null) rows.push({ key: 'workforce', cells: shareCells('Whole workforce', result.workforce) });
  return {
    calculation:
      result.value === null
        ? null
        : `Voting board members: ${percentOrDash(result.boardBmePercent)} BME; whole workforce: ${percentOrDash(result.workforceBmePercent)} BME → ${formatPoints(result.value)}`,
    statement: null,
    meaning: null,
    notes: result.executive?.value == null ? [] : [`Executive board members: ${formatPoints(result.executive.value)} against the workforce.`],
    tables: [{ caption: `Indicator 9: board and workforce by ethnic group, ${year}`, columns: ['Group', 'White', 'BME', 'Unknown', 'BME %'], rows }],
  };
}

const STAFF_GROUP_WORDS = { 'non-clinical': 'Non-clinical staff', clinical: 'Clinical staff', 'medical-dental': 'Medical and dental staff' } as const;

function representationDetail(result: Indicator1Result, year: number) {
  const columns = ['Band', 'White', 'BME', 'Unknown', 'BME %', 'Difference from workforce'];
  const summary: DetailTable = {
    caption: `Indicator 1: BME share by staff group, ${year}`,
    columns: ['Group', 'White', 'BME', 'Unknown', 'BME %', 'Difference from workforce'],
    rows: [
      { key: 'workforce', cells: [...shareCells('Whole workforce', result.workforce), '—'] },
      { key: 'senior', cells: [...shareCells('Bands 8a–9 and VSM', result.senior), pointsOrDash(result.senior.differenceFromWorkforce)] },
      ...result.staffGroups.map((group) => ({
        key: group.staffGroup,
        cells: [...shareCells(STAFF_GROUP_WORDS[group.staffGroup], group), pointsOrDash(group.differenceFromWorkforce)],
      })),
    ],
  };
  const byBand = result.staffGroups.map(
    (group): DetailTable => ({
      caption: `${STAFF_GROUP_WORDS[group.staffGroup]} by ${group.staffGroup === 'medical-dental' ? 'grade' : 'band'}, ${year}`,
      columns: group.staffGroup === 'medical-dental' ? ['Grade', ...columns.slice(1)] : columns,
      rows: group.bands.map((band) => ({ key: band.band, cells: [...shareCells(band.band, band), pointsOrDash(band.differenceFromWorkforce)] })),
    }),
  );
  return {
    calculation:
      result.senior.bmePercent === null || result.senior.differenceFromWorkforce === null
        ? null
        : `Bands 8a–9 and VSM: ${formatPercent(result.senior.bmePercent)} BME; whole workforce: ${percentOrDash(result.workforce.bmePercent)} BME → ${formatPoints(result.senior.differenceFromWorkforce)}`,
    statement: null,
    meaning: null,
    notes: [],
    tables: [summary, ...byBand],
  };
}

function bandPoints(result: Indicator1Result | undefined): BandPoint[] {
  if (result === undefined) return [];
  const percentIn = (group: 'non-clinical' | 'clinical', band: string) =>
    result.staffGroups.find((g) => g.staffGroup === group)?.bands.find((b) => b.band === band)?.bmePercent ?? null;
  return AFC_BANDS.map((band) => ({ band, nonClinical: percentIn('non-clinical', band), clinical: percentIn('clinical', band) })).filter(
    (point) => point.nonClinical !== null || point.clinical !== null,
  );
}

function englandLines(comparisons: readonly EnglandComparison[], id: WresIndicatorId, year: number): string[] {
  const mine = comparisons.filter((c) => c.indicator === id);
  const earlier = latestEarlierNational(id, year);
  return mine.length === 0 ? [englandSentence(null, year, earlier)] : mine.map((c, index) => englandSentence(c, year, index === 0 ? earlier : null));
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
  const r = result.indicators;
  const empty = { calculation: null, statement: null, meaning: null, notes: [] as string[], tables: [] as DetailTable[] };
  const parts =
    id === '1' && r['1'] !== undefined
      ? representationDetail(r['1'], year)
      : (id === '2' || id === '3' || id === '4') && r[id] !== undefined
        ? ratioDetail(id, r[id], year)
        : (id === '5' || id === '6' || id === '7' || id === '8') && r[id] !== undefined
          ? surveyDetail(id, r[id], year)
          : id === '9' && r['9'] !== undefined
            ? boardDetail(r['9'], year)
            : empty;
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
    ...parts,
    england: englandLines(compareWithEngland(result), id, year),
    trend: (series?.points ?? []).map((point) => ({
      year: point.year,
      value: point.value,
      text: formatHeadline(spec.measure, point.value),
      verdict: point.verdict === null ? 'Not given' : point.certainty === null ? verdictWords(point.verdict) : verdictWithCertainty(point.verdict, point.certainty),
      interval:
        point.interval === null
          ? '—'
          : spec.measure === 'relative-likelihood'
            ? `${formatRatio(point.interval.lower)} to ${formatRatio(point.interval.upper)}`
            : formatPointsInterval(point.interval.lower, point.interval.upper),
    })),
    trendUnit: spec.measure === 'relative-likelihood' ? 'ratio' : spec.measure === 'senior-bme-percent' ? 'percent' : 'points',
    bands: id === '1' ? bandPoints(r['1']) : [],
  };
}
