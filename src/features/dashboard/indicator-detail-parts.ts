import { percentOf, roundHalfAwayFromZero } from '../../domain/shared';
import {
  AFC_BANDS,
  type Indicator1Result,
  type Indicator9Result,
  type RatioIndicatorResult,
  type Share,
  type SurveyIndicatorResult,
  type WresIndicatorId,
  type WresIndicatorResults,
} from '../../domain/wres';
import { formatPercent, formatPoints, formatPointsInterval, formatRatio } from '../../components/figure-format';
import type { BandPoint, DetailParts, DetailTable } from './indicator-detail-types';

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

function ratioDetail(id: '2' | '3' | '4', result: RatioIndicatorResult, year: number): DetailParts {
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
      countRow(
        'unknown',
        `Ethnicity unknown (left out of the ratio)`,
        result.unknown.events,
        result.unknown.population,
        percentOrDash(result.unknown.excludedPercent) + ' of all',
      ),
    ],
  };
  return { calculation, statement: result.statement, meaning: result.meaning, notes: [...result.notes], tables: [table] };
}

function surveyDetail(id: '5' | '6' | '7' | '8', result: SurveyIndicatorResult, year: number): DetailParts {
  return {
    calculation: `BME staff: ${formatPercent(result.bme)}; White staff: ${formatPercent(result.white)} → ${formatPoints(result.gap)}`,
    statement: null,
    meaning: null,
    notes: [
      ...(result.gapInterval === null
        ? []
        : [`95% interval of the gap: ${formatPointsInterval(result.gapInterval.lower, result.gapInterval.upper)} (${result.gapInterval.method} method).`]),
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

function boardDetail(result: Indicator9Result, year: number): DetailParts {
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

function representationDetail(result: Indicator1Result, year: number): DetailParts {
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
  const byBand = result.staffGroups.map((group): DetailTable => ({
    caption: `${STAFF_GROUP_WORDS[group.staffGroup]} by ${group.staffGroup === 'medical-dental' ? 'grade' : 'band'}, ${year}`,
    columns: group.staffGroup === 'medical-dental' ? ['Grade', ...columns.slice(1)] : columns,
    rows: group.bands.map((band) => ({ key: band.band, cells: [...shareCells(band.band, band), pointsOrDash(band.differenceFromWorkforce)] })),
  }));
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

export function bandPoints(result: Indicator1Result | undefined): BandPoint[] {
  if (result === undefined) return [];
  const percentIn = (group: 'non-clinical' | 'clinical', band: string) =>
    result.staffGroups.find((g) => g.staffGroup === group)?.bands.find((b) => b.band === band)?.bmePercent ?? null;
  return AFC_BANDS.map((band) => ({ band, nonClinical: percentIn('non-clinical', band), clinical: percentIn('clinical', band) })).filter(
    (point) => point.nonClinical !== null || point.clinical !== null,
  );
}

const NO_PARTS: DetailParts = { calculation: null, statement: null, meaning: null, notes: [], tables: [] };

/** The calculation, notes and tables of indicator `id`, or none when the year has no result for it. */
export function detailParts(id: WresIndicatorId, results: WresIndicatorResults, year: number): DetailParts {
  if (id === '1') return results['1'] === undefined ? NO_PARTS : representationDetail(results['1'], year);
  if (id === '9') return results['9'] === undefined ? NO_PARTS : boardDetail(results['9'], year);
  if (id === '2' || id === '3' || id === '4') return results[id] === undefined ? NO_PARTS : ratioDetail(id, results[id], year);
  return results[id] === undefined ? NO_PARTS : surveyDetail(id, results[id], year);
}
