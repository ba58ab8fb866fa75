import { STAFF_GROUPS, type StaffGroup, bandOrder } from '../wres/bands';
import { type WresResult, calculateWres } from '../wres/calculate';
import type { Indicator1Result } from '../wres/indicator1';
import type { Indicator9Result } from '../wres/indicator9';
import type { WresOptions } from '../wres/options';
import type { SurveyIndicatorResult } from '../wres/survey-indicators';
import type { GroupCounts } from '../wres/ethnicity';
import { WRES_INDICATORS } from '../wres/indicator-catalogue';
import type { WresInput } from '../wres/input-schema';
import type { RatioIndicatorResult } from '../wres/ratio-indicators';
import { type Cell, type ExportTable, neutraliseTable } from './cells';
import { DEFAULT_SUPPRESSION_THRESHOLD, SUPPRESSED, type Suppressed, checkThreshold, dependentFigure, suppressGrid } from './suppression';

/** The columns of the published WRES data, one table for every indicator. */
export const PUBLICATION_WRES_HEADER: readonly string[] = ['Indicator', 'Measure', 'White', 'BME', 'Unknown', 'Total', 'Figure'];

export const STAFF_GROUP_LABELS: Readonly<Record<StaffGroup, string>> = { 'non-clinical': 'Non-clinical', clinical: 'Clinical', 'medical-dental': 'Medical and dental' };

type Shown = number | Suppressed | null;
/** A published row of counts: White, BME, Unknown, Total, with which of them are hidden. */
interface CountRow {
  readonly values: readonly Shown[];
  readonly hidden: readonly boolean[];
}

const W = 0;
const B = 1;
const T = 3;

function groupRow(counts: GroupCounts): number[] {
  return [counts.white, counts.bme, counts.unknown];
}

/** Suppresses rows of White/BME/Unknown counts, each with its total; `columnTotals` adds an "all" row. */
function suppressRows(rows: readonly GroupCounts[], threshold: number, columnTotals: boolean): CountRow[] {
  const grid = suppressGrid({ cells: rows.map(groupRow), columnTotals }, threshold);
  return grid.values.map((values, i) => ({ values, hidden: grid.hidden[i] as boolean[] }));
}

/** Which counts a BME % is worked out from, by the denominator reading in force. */
function bmePercentInputs(row: CountRow, denominator: WresResult['readings']['percentDenominator']): boolean[] {
  return denominator === 'all-staff' ? [row.hidden[B] as boolean, row.hidden[T] as boolean] : [row.hidden[W] as boolean, row.hidden[B] as boolean];
}

function line(indicator: string, measure: string, values: readonly Shown[], figure: Shown = null): Cell[] {
  return [indicator, measure, ...values, figure];
}

function indicator1Rows(input: NonNullable<WresInput['indicator1']>, result: WresResult, threshold: number): Cell[][] {
  const rows = input.rows.toSorted(
    (a, b) => STAFF_GROUPS.indexOf(a.staffGroup) - STAFF_GROUPS.indexOf(b.staffGroup) || bandOrder(a.staffGroup, a.band) - bandOrder(b.staffGroup, b.band),
  );
  const shown = suppressRows(rows, threshold, true);
  const denominator = result.readings.percentDenominator;
  const calculated = result.indicators['1'] as Indicator1Result;
  const bandPercent = (group: StaffGroup, band: string): number | null => {
    const inGroup = calculated.staffGroups.find((share) => share.staffGroup === group) as Indicator1Result['staffGroups'][number];
    return (inGroup.bands.find((share) => share.band === band) as Indicator1Result['staffGroups'][number]['bands'][number]).bmePercent;
  };
  const out = rows.map((row, i) => {
    const counts = shown[i] as CountRow;
    return line('1', `${STAFF_GROUP_LABELS[row.staffGroup]}: ${row.band}`, counts.values, dependentFigure(bandPercent(row.staffGroup, row.band), bmePercentInputs(counts, denominator)));
  });
  const all = shown[rows.length] as CountRow;
  out.push(line('1', 'All staff (BME % in Figure)', all.values, dependentFigure(calculated.workforce.bmePercent, bmePercentInputs(all, denominator))));
  // The senior share sums several rows, so it could give back any hidden count among them.
  const seniorInputs = rows.flatMap((row, i) => (row.staffGroup !== 'medical-dental' && /^(Band 8[a-d]|Band 9|VSM)$/.test(row.band) ? bmePercentInputs(shown[i] as CountRow, denominator) : []));
  out.push(line('1', 'BME % of staff in bands 8a–9 and VSM', [null, null, null, null], dependentFigure(calculated.senior.bmePercent, seniorInputs)));
  return out;
}

interface RatioSpec {
  readonly population: string;
  readonly events: string;
  readonly likelihood: string;
  readonly ratio: string;
}

const RATIO_SPECS: Readonly<Record<'2' | '3' | '4', RatioSpec>> = {
  '2': { population: 'Applicants shortlisted', events: 'Appointed from shortlisting', likelihood: 'Likelihood of appointment from shortlisting (%)', ratio: 'Relative likelihood, White ÷ BME' },
  '3': { population: 'Headcount', events: 'Entered a formal disciplinary investigation', likelihood: 'Likelihood of entering the formal disciplinary process (%)', ratio: 'Relative likelihood, BME ÷ White' },
  '4': { population: 'Headcount', events: 'Accessed non-mandatory training or CPD', likelihood: 'Likelihood of accessing non-mandatory training or CPD (%)', ratio: 'Relative likelihood, White ÷ BME' },
};

interface RatioYear {
  readonly label: string;
  readonly population: GroupCounts;
  readonly events: GroupCounts;
}

function ratioRows(id: '2' | '3' | '4', years: readonly RatioYear[], calculated: RatioIndicatorResult, threshold: number): Cell[][] {
  const spec = RATIO_SPECS[id];
  const out: Cell[][] = [];
  const inputs: boolean[] = [];
  years.forEach((year, y) => {
    // Populations and events are separate equations (events are within, not part of, the population).
    const [population, events] = suppressRows([year.population, year.events], threshold, false) as [CountRow, CountRow];
    out.push(line(id, `${spec.population}${year.label}`, population.values), line(id, `${spec.events}${year.label}`, events.values));
    inputs.push(population.hidden[W] as boolean, population.hidden[B] as boolean, events.hidden[W] as boolean, events.hidden[B] as boolean);
    if (y > 0) return;
    const percent = (group: 'white' | 'bme', column: number): Shown =>
      dependentFigure(calculated[group].likelihoodPercent, [population.hidden[column] as boolean, events.hidden[column] as boolean]);
    out.push(line(id, spec.likelihood, [percent('white', W), percent('bme', B), null, null]));
  });
  out.push(line(id, spec.ratio, [null, null, null, null], dependentFigure(calculated.value, inputs)));
  return out;
}

const SURVEY_IDS = ['5', '6', '7', '8'] as const;

function shownCount(count: number | undefined, isHidden: boolean): Shown {
  if (count === undefined) return null;
  return isHidden ? SUPPRESSED : count;
}

function surveyRows(id: (typeof SURVEY_IDS)[number], survey: NonNullable<WresInput['indicator5']>, result: WresResult, threshold: number): Cell[][] {
  const respondents = [survey.whiteRespondents, survey.bmeRespondents];
  const hidden = respondents.map((count) => count !== undefined && count < threshold);
  const calculated = result.indicators[id] as SurveyIndicatorResult;
  const whitePercent = dependentFigure(calculated.white, [hidden[0] as boolean]);
  const bmePercent = dependentFigure(calculated.bme, [hidden[1] as boolean]);
  const out = [line(id, `${WRES_INDICATORS[id].shortTitle} (%; Figure: BME − White, percentage points)`, [whitePercent, bmePercent, null, null], dependentFigure(calculated.gap, hidden))];
  if (respondents.some((count) => count !== undefined)) {
    out.push(line(id, 'Respondents', [shownCount(survey.whiteRespondents, hidden[0] as boolean), shownCount(survey.bmeRespondents, hidden[1] as boolean), null, null]));
  }
  return out;
}

function indicator9Rows(input: WresInput, result: WresResult, threshold: number, workforceRow: CountRow | undefined): Cell[][] {
  const board = input.indicator9 as NonNullable<WresInput['indicator9']>;
  const calculated = result.indicators['9'] as Indicator9Result;
  const denominator = result.readings.percentDenominator;
  const given = [board.boardVoting, board.boardExecutive, board.workforce];
  const shown = given.map((counts) => (counts === undefined ? undefined : (suppressRows([counts], threshold, false)[0] as CountRow)));
  const [voting, executive, workforceGiven] = shown as [CountRow, CountRow | undefined, CountRow | undefined];
  const workforce = workforceGiven ?? workforceRow;
  const workforceInputs = workforce === undefined ? [] : bmePercentInputs(workforce, denominator);
  const votingInputs = bmePercentInputs(voting, denominator);
  const out = [line('9', 'Voting board members (BME % in Figure)', voting.values, dependentFigure(calculated.boardBmePercent, votingInputs))];
  if (executive !== undefined) {
    out.push(line('9', 'Executive board members (BME % in Figure)', executive.values, dependentFigure((calculated.executive as NonNullable<Indicator9Result['executive']>).boardBmePercent, bmePercentInputs(executive, denominator))));
  }
  if (workforceGiven !== undefined) out.push(line('9', 'Workforce (BME % in Figure)', workforceGiven.values, dependentFigure(calculated.workforceBmePercent, workforceInputs)));
  out.push(line('9', 'Voting board BME % minus workforce BME % (percentage points)', [null, null, null, null], dependentFigure(calculated.value, [...votingInputs, ...workforceInputs])));
  return out;
}

/**
 * The WRES data of one year as a trust publishes it on its website, with small numbers
 * suppressed ({@link suppressGrid}) and every figure worked out from a suppressed count
 * suppressed too ({@link dependentFigure}). Columns: Indicator, Measure, White, BME, Unknown,
 * Total, Figure. The tables and their equations:
 *
 * - **Indicator 1**: one row per staff group and band (in pay order), with its total, and an "All
 *   staff" totals row: rows and columns are both equations. Figure = the row's BME %. The senior
 *   BME % (bands 8a–9 and VSM) adds up several rows, so it is suppressed when any BME or
 *   denominator count of those rows is. Staff-group subtotals are not published, because a
 *   subtotal would be a third set of equations the rule does not cover.
 * - **Indicators 2–4**: the population row and the events row, each with its total (each its own
 *   equation: events are within the population, not part of it); indicator 3's previous year
 *   likewise. A group's likelihood % is suppressed with its events or population; the relative
 *   likelihood with any White or BME count it uses (both years for indicator 3).
 * - **Indicators 5–8**: the survey's White and BME percentages; a group's percentage is
 *   suppressed when its respondent count is given and below the threshold, and the gap with either.
 * - **Indicator 9**: voting (and executive) board members, and the workforce when given, each a
 *   one-row equation; the board and workforce BME % and their difference follow their counts. When
 *   the workforce is taken from indicator 1, its suppression is that of the "All staff" row.
 *
 * The figures are calculated here with `options` (the readings in force), so they always match
 * the counts. Throws a RangeError for a threshold that is not a whole number ≥ 1.
 */
export function publicationWresTable(input: WresInput, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD, options: Partial<WresOptions> = {}): ExportTable {
  checkThreshold(threshold);
  const result = calculateWres(input, options);
  const rows: Cell[][] = [[...PUBLICATION_WRES_HEADER]];
  let workforceRow: CountRow | undefined;
  if (input.indicator1 !== undefined) {
    const indicator1 = indicator1Rows(input.indicator1, result, threshold);
    rows.push(...indicator1);
    const all = indicator1[indicator1.length - 2] as Cell[];
    workforceRow = { values: all.slice(2, 6) as Shown[], hidden: all.slice(2, 6).map((cell) => cell === '*') };
  }
  if (input.indicator2 !== undefined) {
    rows.push(...ratioRows('2', [{ label: '', population: input.indicator2.shortlisted, events: input.indicator2.appointed }], result.indicators['2'] as RatioIndicatorResult, threshold));
  }
  if (input.indicator3 !== undefined) {
    const years: RatioYear[] = [{ label: '', population: input.indicator3.headcount, events: input.indicator3.entered }];
    const previous = input.indicator3.previousYear;
    if (previous !== undefined) years.push({ label: ' (previous year)', population: previous.headcount, events: previous.entered });
    rows.push(...ratioRows('3', years, result.indicators['3'] as RatioIndicatorResult, threshold));
  }
  if (input.indicator4 !== undefined) {
    rows.push(...ratioRows('4', [{ label: '', population: input.indicator4.headcount, events: input.indicator4.accessed }], result.indicators['4'] as RatioIndicatorResult, threshold));
  }
  for (const id of SURVEY_IDS) {
    const survey = input[`indicator${id}`];
    if (survey !== undefined) rows.push(...surveyRows(id, survey, result, threshold));
  }
  if (input.indicator9 !== undefined) rows.push(...indicator9Rows(input, result, threshold, workforceRow));
  return neutraliseTable({ name: `WRES data ${input.year}`, rows });
}
