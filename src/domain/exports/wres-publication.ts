import type { StaffGroup } from '../wres/bands';
import { type WresResult, calculateWres } from '../wres/calculate';
import { WRES_INDICATORS } from '../wres/indicator-catalogue';
import type { WresInput } from '../wres/input-schema';
import type { WresOptions } from '../wres/options';
import type { Certainty, Verdict } from '../wres/verdict';
import { verdictWithCertainty } from '../wres/verdict-words';
import { at, entry, present } from '../shared/checked-access';
import { type PlainCell as Cell, type ExportTable, neutraliseTable } from './cells';
import { B, type Counts4, type Pattern, T, W, bandKey, choosePattern, countRows, sortedBands } from './publication-suppression';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  SUPPRESSED,
  type Suppressed,
  type SuppressionRule,
  checkThreshold,
  dependentFigure,
  effectiveThreshold,
  roundToFive,
} from './suppression';

/** The columns of the published WRES data, one table for every indicator. */
export const PUBLICATION_WRES_HEADER: readonly string[] = ['Indicator', 'Measure', 'White', 'BME', 'Unknown', 'Total', 'Figure', 'Verdict'];

/** What the Indicator column holds on the footnote rows under the table. */
export const PUBLICATION_NOTE = 'Note';

/** The measure of each headline figure's row, as the publication names it. */
export const HEADLINE_MEASURES = {
  senior: 'BME % of staff in bands 8a–9 and VSM',
  ratio: { '2': 'Relative likelihood, White ÷ BME', '3': 'Relative likelihood, BME ÷ White', '4': 'Relative likelihood, White ÷ BME' },
  votingDifference: 'Voting board BME % minus workforce BME % (percentage points)',
  wholeBoardDifference: 'Whole board BME % minus workforce BME % (percentage points)',
  executiveDifference: 'Executive board BME % minus workforce BME % (percentage points)',
} as const;

/** The measure of indicator 9's row of non-voting board members (counts, no figure). */
export const NON_VOTING_MEASURE = 'Non-voting board members';

/** What the Figure column shows for a relative likelihood with no finite value (the denominator group had no events). */
export const NOT_FINITE = 'no finite value';

export const STAFF_GROUP_LABELS: Readonly<Record<StaffGroup, string>> = {
  'non-clinical': 'Non-clinical',
  clinical: 'Clinical',
  'medical-dental': 'Medical and dental',
};

const DEFAULT_SUPPRESSION_RULE: SuppressionRule = { method: 'threshold', threshold: DEFAULT_SUPPRESSION_THRESHOLD };

type Shown = number | Suppressed | null;

interface ShownRow {
  readonly values: readonly Shown[];
  readonly hidden: readonly boolean[];
}

interface Context {
  readonly input: WresInput;
  readonly result: WresResult;
  readonly pattern: Pattern;
  readonly rounded: boolean;
  readonly counts: ReadonlyMap<string, Counts4>;
}

function shownRow(context: Context, key: string): ShownRow {
  const hidden = entry(context.pattern.rows, key);
  const counts = entry(context.counts, key);
  return { hidden, values: counts.map((value, j) => (hidden[j] ? SUPPRESSED : context.rounded ? roundToFive(value) : value)) };
}

/** Which counts a BME % is worked out from, by the denominator reading in force. */
function bmePercentInputs(row: ShownRow, denominator: WresResult['readings']['percentDenominator']): boolean[] {
  return denominator === 'all-staff' ? [at(row.hidden, B), at(row.hidden, T)] : [at(row.hidden, W), at(row.hidden, B)];
}

function line(indicator: string, measure: string, values: readonly Shown[], figure: Shown | string = null, verdict: string | null = null): Cell[] {
  return [indicator, measure, ...values, figure, verdict];
}

const verdictCell = (verdict: Verdict, certainty: Certainty): string => verdictWithCertainty(verdict, certainty);

function indicator1Rows(context: Context): Cell[][] {
  const input = present(context.input.indicator1, 'indicator 1');
  const denominator = context.result.readings.percentDenominator;
  const calculated = present(context.result.indicators['1'], "indicator 1's result");
  const out = sortedBands(input.rows).map((row) => {
    const shown = shownRow(context, bandKey(row));
    const inGroup = present(
      calculated.staffGroups.find((share) => share.staffGroup === row.staffGroup),
      `${row.staffGroup}'s shares`,
    );
    const band = present(
      inGroup.bands.find((share) => share.band === row.band),
      `${row.band}'s share`,
    );
    return line(
      '1',
      `${STAFF_GROUP_LABELS[row.staffGroup]}: ${row.band}`,
      shown.values,
      dependentFigure(band.bmePercent, bmePercentInputs(shown, denominator)),
    );
  });
  const all = shownRow(context, '1:all');
  out.push(line('1', 'All staff (BME % in Figure)', all.values, dependentFigure(calculated.workforce.bmePercent, bmePercentInputs(all, denominator))));
  // The headline: always published, with its verdict (the senior share against the workforce's).
  out.push(line('1', HEADLINE_MEASURES.senior, [null, null, null, null], calculated.senior.bmePercent, verdictCell(calculated.verdict, calculated.certainty)));
  return out;
}

interface RatioSpec {
  readonly population: string;
  readonly events: string;
  readonly likelihood: string;
}

const RATIO_SPECS: Readonly<Record<'2' | '3' | '4', RatioSpec>> = {
  '2': { population: 'Applicants shortlisted', events: 'Appointed from shortlisting', likelihood: 'Likelihood of appointment from shortlisting (%)' },
  '3': {
    population: 'Headcount',
    events: 'Entered a formal disciplinary investigation',
    likelihood: 'Likelihood of entering the formal disciplinary process (%)',
  },
  '4': { population: 'Headcount', events: 'Accessed non-mandatory training or CPD', likelihood: 'Likelihood of accessing non-mandatory training or CPD (%)' },
};

function ratioRows(context: Context, id: '2' | '3' | '4'): Cell[][] {
  const spec = RATIO_SPECS[id];
  const calculated = present(context.result.indicators[id], `indicator ${id}'s result`);
  const years = id === '3' && context.counts.has('3:population:previous') ? ['', ':previous'] : [''];
  const pooled = years.length > 1 && context.result.readings.indicator3Average !== 'single-year';
  const out: Cell[][] = [];
  const likelihoodInputs: [boolean[], boolean[]] = [[], []];
  years.forEach((suffix, y) => {
    const population = shownRow(context, `${id}:population${suffix}`);
    const events = shownRow(context, `${id}:events${suffix}`);
    const label = suffix === '' ? '' : ' (previous year)';
    out.push(line(id, `${spec.population}${label}`, population.values), line(id, `${spec.events}${label}`, events.values));
    if (y === 0 || pooled) {
      likelihoodInputs[0].push(at(population.hidden, W), at(events.hidden, W));
      likelihoodInputs[1].push(at(population.hidden, B), at(events.hidden, B));
    }
  });
  out.splice(
    2,
    0,
    line(id, spec.likelihood, [
      dependentFigure(calculated.white.likelihoodPercent, likelihoodInputs[0]),
      dependentFigure(calculated.bme.likelihoodPercent, likelihoodInputs[1]),
      null,
      null,
    ]),
  );
  const figure = calculated.value ?? (calculated.verdict === 'not-calculable' ? null : NOT_FINITE);
  out.push(line(id, HEADLINE_MEASURES.ratio[id], [null, null, null, null], figure, verdictCell(calculated.verdict, calculated.certainty)));
  return out;
}

const SURVEY_IDS = ['5', '6', '7', '8'] as const;

function surveyRows(context: Context, id: (typeof SURVEY_IDS)[number]): Cell[][] {
  const survey = present(context.input[`indicator${id}`], `indicator ${id}`);
  const hidden = entry(context.pattern.respondents, id);
  const calculated = present(context.result.indicators[id], `indicator ${id}'s result`);
  // The gap is always published; with it, one group's percentage gives the other's, so a small group hides both.
  const percentsHidden = hidden.some(Boolean);
  const percent = (value: number): Shown => (percentsHidden ? SUPPRESSED : value);
  const out = [
    line(
      id,
      `${WRES_INDICATORS[id].shortTitle} (%; Figure: BME − White, percentage points)`,
      [percent(calculated.white), percent(calculated.bme), null, null],
      calculated.gap,
      verdictCell(calculated.verdict, calculated.certainty),
    ),
  ];
  const respondents = [survey.whiteRespondents, survey.bmeRespondents];
  if (respondents.some((count) => count !== undefined)) {
    const shown = respondents.map((count, g): Shown => (count === undefined ? null : hidden[g] ? SUPPRESSED : context.rounded ? roundToFive(count) : count));
    out.push(line(id, 'Respondents', [...shown, null, null]));
  }
  return out;
}

function indicator9Rows(context: Context): Cell[][] {
  const board = present(context.input.indicator9, 'indicator 9');
  const calculated = present(context.result.indicators['9'], "indicator 9's result");
  const denominator = context.result.readings.percentDenominator;
  const voting = shownRow(context, '9:voting');
  const out = [
    line('9', 'Voting board members (BME % in Figure)', voting.values, dependentFigure(calculated.boardBmePercent, bmePercentInputs(voting, denominator))),
  ];
  // Non-voting members: counts only; with the voting board they make the whole board, whose difference is a headline.
  if (board.boardNonVoting !== undefined) out.push(line('9', NON_VOTING_MEASURE, shownRow(context, '9:nonvoting').values));
  // The executive comparison is there exactly when the input gives the executive board.
  const executive = calculated.executive === null ? undefined : { row: shownRow(context, '9:executive'), comparison: calculated.executive };
  if (executive !== undefined)
    out.push(
      line(
        '9',
        'Executive board members (BME % in Figure)',
        executive.row.values,
        dependentFigure(executive.comparison.boardBmePercent, bmePercentInputs(executive.row, denominator)),
      ),
    );
  if (board.workforce !== undefined) {
    const workforce = shownRow(context, '9:workforce');
    out.push(
      line('9', 'Workforce (BME % in Figure)', workforce.values, dependentFigure(calculated.workforceBmePercent, bmePercentInputs(workforce, denominator))),
    );
  }
  out.push(line('9', HEADLINE_MEASURES.votingDifference, [null, null, null, null], calculated.value, verdictCell(calculated.verdict, calculated.certainty)));
  const whole = calculated.totalBoard;
  if (whole !== null)
    out.push(line('9', HEADLINE_MEASURES.wholeBoardDifference, [null, null, null, null], whole.value, verdictCell(whole.verdict, whole.certainty)));
  if (executive !== undefined)
    out.push(
      line(
        '9',
        HEADLINE_MEASURES.executiveDifference,
        [null, null, null, null],
        executive.comparison.value,
        verdictCell(executive.comparison.verdict, executive.comparison.certainty),
      ),
    );
  return out;
}

/** A row of counts: it has a total, or it is a survey's respondents. */
const isCountRow = (row: readonly Cell[]): boolean => row[5] !== null || row[1] === 'Respondents';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The footnote rows: what was hidden, by which rule, and why. */
function footnote(rule: SuppressionRule, rows: readonly (readonly Cell[])[], primary: number): Cell[][] {
  const threshold = effectiveThreshold(rule);
  const hidden = rows
    .filter(isCountRow)
    .flatMap((row) => row.slice(2, 6))
    .filter((cell) => cell === SUPPRESSED).length;
  const figures = rows.flatMap((row) => (isCountRow(row) ? [row[6]] : [row[2], row[3], row[6]])).filter((cell) => cell === SUPPRESSED).length;
  const method =
    rule.method === 'nhs-digital-2018'
      ? "Method: NHS Digital's 2018 rule. Counts from 1 to 7 are shown as *; every other count is rounded to the nearest 5, so rows and columns may not add up exactly. Percentages, likelihoods and gaps are worked out from the true counts."
      : `Method: small-number threshold of ${threshold} (set in Settings). Counts from 1 to ${threshold - 1} are shown as *.`;
  const notes = [
    method,
    `${plural(hidden, 'count is', 'counts are')} hidden: ${plural(primary, 'is a small number', 'are small numbers')}, and the others are hidden so that no small number can be worked back from the totals, percentages and ratios published here (each hidden count could be any of at least ${threshold} values).`,
    `${plural(figures, 'percentage or likelihood is', 'percentages or likelihoods are')} hidden with the counts ${figures === 1 ? 'it depends' : 'they depend'} on (a survey group with few respondents hides both groups' percentages, as the gap and one would give the other).`,
    'Zeros are published: 0 is not a small number, and only counts from 1 upwards are hidden.',
    "The headline figures are always published with their verdicts, as the Standard requires: indicator 1's BME % in bands 8a–9 and VSM, the relative likelihoods of indicators 2–4, the gaps of indicators 5–8 and indicator 9's differences (voting board, whole board and executive board against the workforce). Where one of them could give a hidden count back, more counts are hidden instead.",
  ];
  return [
    Array.from({ length: PUBLICATION_WRES_HEADER.length }, () => null),
    ...notes.map((note) => [PUBLICATION_NOTE, note, null, null, null, null, null, null]),
  ];
}

/**
 * The WRES data of one year as a trust publishes it on its website. Columns: Indicator, Measure,
 * White, BME, Unknown, Total, Figure, Verdict; then footnote rows (Indicator "Note") saying what
 * was hidden and why.
 *
 * Rules (see docs/publication-pack.md):
 * - **Zeros are published.** Counts from 1 to below the threshold are hidden (`*`); with
 *   NHS Digital's 2018 rule the threshold is 8 and every other count is rounded to the nearest 5.
 * - **Headline figures are always published**, with the verdict and its certainty in words:
 *   indicator 1's BME % in bands 8a–9 and VSM, the relative likelihoods of indicators 2–4, the
 *   gaps of 5–8 and indicator 9's differences (voting board; whole board, voting and non-voting
 *   members, when non-voting members are given; executive board).
 * - **No hidden count can be worked back.** Further entries are hidden, cheapest first (Unknown,
 *   then totals and White, BME last), until every hidden count could be at least `threshold`
 *   values given everything published (see {@link choosePattern}). A percentage or likelihood worked
 *   out from a hidden count is hidden; where the headline would give a count back, more counts or
 *   the likelihood percentages are hidden instead. Survey percentages are hidden in pairs when
 *   a group's respondent count is hidden, since the gap and one would give the other.
 *
 * The figures are calculated here with `options` (the readings in force), so they always match
 * the counts. Throws a RangeError for a threshold that is not a whole number ≥ 1.
 */
export function publicationWresTable(
  input: WresInput,
  rule: SuppressionRule = DEFAULT_SUPPRESSION_RULE,
  options: Partial<WresOptions> = {},
): ExportTable<Cell> {
  checkThreshold(rule.threshold);
  const result = calculateWres(input, options);
  const pattern = choosePattern(input, effectiveThreshold(rule), options);
  const context: Context = {
    input,
    result,
    pattern,
    rounded: rule.method === 'nhs-digital-2018',
    counts: new Map(countRows(input).map((row) => [row.key, row.counts])),
  };
  const rows: Cell[][] = [];
  if (input.indicator1 !== undefined) rows.push(...indicator1Rows(context));
  for (const id of ['2', '3', '4'] as const) if (input[`indicator${id}`] !== undefined) rows.push(...ratioRows(context, id));
  for (const id of SURVEY_IDS) if (input[`indicator${id}`] !== undefined) rows.push(...surveyRows(context, id));
  if (input.indicator9 !== undefined) rows.push(...indicator9Rows(context));
  return neutraliseTable({ name: `WRES data ${input.year}`, rows: [[...PUBLICATION_WRES_HEADER], ...rows, ...footnote(rule, rows, pattern.primary)] });
}
