import { rollUpEds2, rollUpEds2022 } from '../eds/roll-up';
import { frameworkName } from '../eds/framework-name';
import type { EdsReview } from '../eds/review';
import type { Action } from '../plan/action';
import { type DueState, dueState } from '../plan/due';
import { ACTION_STATUSES } from '../plan/status';
import { type IsoDate, formatUkDate } from '../shared/uk-date';
import type { WresResult } from '../wres/calculate';
import { headlineFigure, headlineSpec } from '../wres/headline-measures';
import { WRES_INDICATORS, WRES_INDICATOR_IDS, type WresIndicatorId } from '../wres/indicator-catalogue';
import { compareYears } from '../wres/trends';
import { VERDICT_WORDS, certaintySentence } from '../wres/verdict-words';
import { type Cell, type ExportTable, type NumberCell, dateCell, neutraliseTable, numberCell, percentCell } from './cells';

/** Due states as a board reads them. */
const DUE_STATE_WORDS: Readonly<Record<DueState, string>> = {
  completed: 'Completed',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  later: 'On schedule',
};

const TREND_WORDS = { improved: 'Improved', worsened: 'Worsened', 'no-change': 'No change', 'not-comparable': 'Not comparable' } as const;

/** An indicator's headline figure as a number cell: a percentage for 1, a ratio (2 dp) for 2–4, percentage points (1 dp) for 5–9. */
function figureCell(id: WresIndicatorId, value: number | null): NumberCell | null {
  const spec = headlineSpec(id);
  if (spec.measure === 'senior-bme-percent') return percentCell(value);
  return numberCell(value, spec.decimals === 2 ? '0.00' : '0.0');
}

/** A change in an indicator's figure, signed, to the figure's decimal places (ratio points or percentage points). */
function changeCell(id: WresIndicatorId, change: number | null): NumberCell | null {
  return numberCell(change, headlineSpec(id).decimals === 2 ? '+0.00;-0.00;0.00' : '+0.0;-0.0;0.0');
}

/**
 * The board report's indicator sheet: for each of the nine indicators, its headline figure (with
 * what it measures: the senior BME % for 1, the relative likelihood for 2–4, % BME − % White for
 * 5–8, board BME % − workforce BME % for 9), its verdict and how certain it is (in words, with the
 * reason) in `current.year` and, when `previous` is given, that year's figure, the change and
 * whether it improved for BME staff (see `compareYears`). Figures are number cells: indicator 1's a
 * percentage (12.9%), 2–4's ratios to 2 dp, 5–9's percentage points to 1 dp; changes are signed. An indicator not given in the current
 * year says so; a figure with no finite value (e.g. no BME applicant appointed) is given in words.
 * `previous` must be an earlier year of the same organisation (else RangeError,
 * from `compareYears`).
 */
export function boardIndicatorsTable(current: WresResult, previous?: WresResult): ExportTable {
  const comparison = previous === undefined ? undefined : compareYears(previous, current);
  const header: Cell[] = ['Indicator', 'Title', 'Measure', `Figure ${current.year}`, 'Verdict', 'Certainty'];
  if (previous !== undefined) header.push(`Figure ${previous.year}`, 'Change', 'Trend');
  const rows: Cell[][] = [header];
  for (const id of WRES_INDICATOR_IDS) {
    const figure = headlineFigure(current, id);
    const row: Cell[] = [id, WRES_INDICATORS[id].shortTitle];
    if (figure === null) row.push('', 'Not given this year', '', '');
    else
      row.push(
        headlineSpec(id).label,
        figure.value === null ? figure.figureWords : figureCell(id, figure.value),
        VERDICT_WORDS[figure.verdict],
        certaintySentence(figure.certainty, figure.certaintyReason),
      );
    const change = comparison?.indicators.find((item) => item.indicator === id);
    if (comparison !== undefined) {
      row.push(
        change === undefined ? null : figureCell(id, change.from.value),
        change === undefined ? null : changeCell(id, change.change),
        change === undefined ? 'Not given' : TREND_WORDS[change.direction],
      );
    }
    rows.push(row);
  }
  const title = `WRES indicators ${current.year}${previous === undefined ? '' : `, with the change since ${previous.year}`}`;
  return neutraliseTable({ name: 'Indicators', title, rows });
}

function latestUpdate(action: Action): string {
  const last = action.progressUpdates.at(-1);
  return last === undefined ? '' : `${formatUkDate(last.at.slice(0, 10))} ${last.authorName}: ${last.note}`;
}

/** Actions in status order (Not started … Completed), then by due date, then title. */
function actionsByStatus(actions: readonly Action[]): Action[] {
  return actions.toSorted(
    (a, b) =>
      ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status) || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'en-GB'),
  );
}

/**
 * The board report's action sheet: every action by status, then due date, with its owner, UK due
 * date (a date cell), where it stands against that date on `today` (overdue, due soon…), links
 * and latest update.
 */
export function boardActionsTable(actions: readonly Action[], today: IsoDate): ExportTable {
  const rows: Cell[][] = [
    ['Status', 'Action', 'Owner', 'Due date', 'Due', 'Priority', 'WRES indicators', 'EDS outcomes', 'Measure of success', 'Latest update'],
  ];
  for (const action of actionsByStatus(actions)) {
    rows.push([
      action.status,
      action.title,
      action.owner.name,
      dateCell(action.dueDate),
      DUE_STATE_WORDS[dueState(action, today)],
      action.priority,
      action.indicators.join(', '),
      action.edsOutcomes.join(', '),
      action.measureOfSuccess,
      latestUpdate(action),
    ]);
  }
  return neutraliseTable({ name: 'Actions', title: `Actions at ${formatUkDate(today)}`, rows });
}

/**
 * The action plan for publication: what is being done and how success is measured, without
 * owners' names or emails (personal data) or internal progress notes.
 */
export function publicationActionsTable(actions: readonly Action[]): ExportTable {
  const rows: Cell[][] = [['Action', 'Description', 'WRES indicators', 'EDS outcomes', 'Measure of success', 'Baseline', 'Target', 'Due date', 'Status']];
  for (const action of actionsByStatus(actions)) {
    rows.push([
      action.title,
      action.description,
      action.indicators.join(', '),
      action.edsOutcomes.join(', '),
      action.measureOfSuccess,
      action.baseline,
      action.target,
      dateCell(action.dueDate),
      action.status,
    ]);
  }
  return neutraliseTable({ name: 'Action plan', title: 'Action plan', rows });
}

/**
 * Every field of every action, for working on in a spreadsheet, one action a row, in status order.
 * Due and completion dates are date cells, which a CSV file writes as ISO dates (yyyy-mm-dd).
 */
export function actionsCsvTable(actions: readonly Action[], today: IsoDate): ExportTable {
  const rows: Cell[][] = [
    [
      'Id',
      'Title',
      'Description',
      'Status',
      'Due',
      'Priority',
      'Owner',
      'Owner email',
      'Due date',
      'Completed on',
      'Plan year',
      'WRES indicators',
      'EDS outcomes',
      'Measure of success',
      'Baseline',
      'Target',
      'Progress updates',
      'Latest update',
    ],
  ];
  for (const action of actionsByStatus(actions)) {
    rows.push([
      action.id,
      action.title,
      action.description,
      action.status,
      DUE_STATE_WORDS[dueState(action, today)],
      action.priority,
      action.owner.name,
      action.owner.email ?? '',
      dateCell(action.dueDate),
      dateCell(action.completedOn),
      action.planYear,
      action.indicators.join(', '),
      action.edsOutcomes.join(', '),
      action.measureOfSuccess,
      action.baseline,
      action.target,
      action.progressUpdates.length,
      latestUpdate(action),
    ]);
  }
  return neutraliseTable({ name: 'Actions', title: `Actions at ${formatUkDate(today)}`, csvDates: 'iso', rows });
}

/** The EDS sheet's title: the framework, year and status, and the review date when there is one. */
function edsTitle(review: EdsReview): string {
  const reviewed = review.reviewDate === undefined ? '' : `, reviewed ${formatUkDate(review.reviewDate)}`;
  return `${frameworkName(review.framework)} review ${review.year} (${review.status})${reviewed}`;
}

/**
 * The board report's EDS sheet from one review's roll-up: for EDS2, the count of each grade per
 * goal and overall; for EDS 2022, each domain's score out of its maximum and rating, and the
 * overall score and rating (or why there is none). With no review, one row says so.
 */
export function boardEdsTable(review: EdsReview | undefined): ExportTable {
  if (review === undefined) return { name: 'EDS', title: 'EDS', rows: [['EDS'], ['No EDS review is recorded yet.']] };
  if (review.framework === 'eds2') {
    const rollUp = rollUpEds2(review);
    const rows: Cell[][] = [['Goal', 'Name', 'Outcomes graded', 'Excelling', 'Achieving', 'Developing', 'Undeveloped']];
    for (const goal of rollUp.goals) {
      rows.push([
        goal.goal,
        goal.name,
        `${goal.graded} of ${goal.outcomes}`,
        goal.grades.Excelling,
        goal.grades.Achieving,
        goal.grades.Developing,
        goal.grades.Undeveloped,
      ]);
    }
    const outcomes = rollUp.goals.reduce((sum, goal) => sum + goal.outcomes, 0);
    rows.push([
      'All goals',
      `EDS2 review ${review.year} (${review.status})`,
      `${rollUp.graded} of ${outcomes}`,
      rollUp.grades.Excelling,
      rollUp.grades.Achieving,
      rollUp.grades.Developing,
      rollUp.grades.Undeveloped,
    ]);
    return neutraliseTable({ name: 'EDS', title: edsTitle(review), rows });
  }
  const rollUp = rollUpEds2022(review);
  const rows: Cell[][] = [['Domain', 'Name', 'Outcomes scored', 'Score', 'Maximum', 'Rating']];
  for (const domain of rollUp.domains) {
    rows.push([
      domain.domain,
      domain.name,
      `${domain.scored} of ${domain.outcomes}`,
      domain.subtotal,
      domain.maximum,
      domain.agreedRating === null ? 'None agreed' : `${domain.agreedRating} (agreed by the panel)`,
    ]);
  }
  rows.push([
    'All domains',
    `EDS 2022 review ${review.year} (${review.status})`,
    `${rollUp.scored} of 11`,
    rollUp.total,
    33,
    rollUp.overallRating ?? `Not rated: ${rollUp.reason}`,
  ]);
  return neutraliseTable({ name: 'EDS', title: edsTitle(review), rows });
}
