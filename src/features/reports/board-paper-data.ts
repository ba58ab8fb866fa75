import type { CoverSheet } from '../../domain/board-paper';
import { boardEdsTable } from '../../domain/exports';
import { type IndicatorRow, RAG_WORDS, boardSummary, indicatorRows } from '../../domain/reports';
import { changesSince, lastBoardDate, LAST_BOARD_DATE_SETTING, progressByIndicator, summariseActions } from '../../domain/plan';
import { type IsoDate, formatUkDate } from '../../domain/shared';
import { type WresResult, WRES_INDICATORS, WRES_INDICATOR_IDS, calculateWres, headlineFigure, headlineSpec } from '../../domain/wres';
import type { PlanSnapshot } from '../../storage/ports';
import type { BoardPaperModel, PaperRow, PaperSection, PaperTable } from './board-paper-model';
import { actionsOf, actionsWithCreation, atRiskCount, edsFacts, edsReviewToShow, organisationName, wresYearsNewestFirst, yearAndPrevious } from './report-data';

/** One indicator's headline figure over the stored years, oldest first: what its chart draws. */
export interface ChartSeries {
  readonly title: string;
  readonly measure: string;
  readonly points: readonly { readonly year: number; readonly value: number }[];
}

function indicatorsTable(current: WresResult, previous: WresResult | undefined): { table: PaperTable; rows: IndicatorRow[] } {
  const rows = indicatorRows(current, previous);
  const table = {
    caption: `The WRES indicators, ${current.year}`,
    header: ['Indicator', 'Measure', `Figure ${current.year}`, 'Change', 'England', 'Verdict', 'Certainty', 'RAG'],
    rows: rows.map((row) => ({
      cells: [`${row.id} ${row.title}`, row.measure, row.figure, row.change, row.england, row.verdictText, row.certaintyText, RAG_WORDS[row.rag]],
      rag: row.rag,
    })),
    ragColumn: 7,
  };
  return { table, rows };
}

/** Each indicator's headline figure in every stored year that gives it. */
export function chartSeries(snapshot: PlanSnapshot | undefined): ChartSeries[] {
  const results = wresYearsNewestFirst(snapshot)
    .toReversed()
    .map((input) => calculateWres(input));
  return WRES_INDICATOR_IDS.flatMap((id) => {
    const points = results.flatMap((result) => {
      const value = headlineFigure(result, id)?.value ?? null;
      return value === null ? [] : [{ year: result.year, value }];
    });
    return points.length === 0 ? [] : [{ title: `Indicator ${id}: ${WRES_INDICATORS[id].shortTitle}`, measure: headlineSpec(id).label, points }];
  });
}

const ACTION_RAG_WORDS = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Blue (completed)', grey: 'Grey' } as const;

function progressSection(snapshot: PlanSnapshot | undefined, today: IsoDate): PaperSection {
  const { wres } = progressByIndicator({ actions: actionsOf(snapshot), today, edsOutcomes: [] });
  const rows = wres.flatMap(({ indicator, actions }) => {
    const name = `${indicator} ${WRES_INDICATORS[indicator].shortTitle}`;
    if (actions.length === 0) return [{ cells: [name, 'No action linked', '', '', '', ''] }];
    return actions.map((action) => ({
      cells: [
        name,
        action.title,
        action.ownerName,
        formatUkDate(action.dueDate),
        `${ACTION_RAG_WORDS[action.rag]}: ${action.status}`,
        action.latestUpdate === null ? '' : `${formatUkDate(action.latestUpdate.on)}: ${action.latestUpdate.note}`,
      ],
      rag: action.rag,
    }));
  });
  const table = {
    caption: 'Actions by indicator, overdue first',
    header: ['Indicator', 'Action', 'Owner', 'Due', 'RAG and status', 'Latest update'],
    rows,
    ragColumn: 4,
  };
  return { heading: 'Progress by indicator', paragraphs: [], tables: [table] };
}

function edsSection(snapshot: PlanSnapshot | undefined): PaperSection {
  const { shown, inProgress } = edsReviewToShow(snapshot);
  const note = inProgress === undefined ? [] : [`The ${inProgress.year} review is in progress and not yet agreed.`];
  if (shown === undefined) return { heading: 'Equality Delivery System', paragraphs: ['No agreed EDS review is recorded yet.', ...note], tables: [] };
  const [header = [], ...rows] = boardEdsTable(shown).rows.map((row) => row.map((cell) => String(cell ?? '')));
  const caption = `EDS ${shown.framework === 'eds2' ? '2' : '2022'} review ${shown.year}, ${shown.status.toLowerCase()}`;
  return { heading: 'Equality Delivery System', paragraphs: note, tables: [{ caption, header, rows: rows.map((cells) => ({ cells })) }] };
}

/** One change as a row of the paper: what happened, to which action, and when. */
const changeRow =
  (what: string) =>
  (change: { title: string; on: IsoDate }): PaperRow => ({ cells: [what, change.title, formatUkDate(change.on)] });

// From the last board date remembered in Settings (the progress page sets it), else one quarter back: the same rule as the printed report.
function changesSection(snapshot: PlanSnapshot | undefined, today: IsoDate): PaperSection {
  const since = lastBoardDate(snapshot?.settings[LAST_BOARD_DATE_SETTING], today);
  const changes = changesSince(actionsWithCreation(snapshot), since, today);
  const rows = [
    ...changes.newActions.map(changeRow('New action')),
    ...changes.statusChanges.map((change) => changeRow(`Status now ${change.to}`)(change)),
    ...changes.completions.map(changeRow('Completed')),
    ...changes.newlyOverdue.map(changeRow('Newly overdue')),
  ];
  const sentence =
    rows.length === 0
      ? `Nothing changed in the action plan since ${formatUkDate(since)}.`
      : `${rows.length} ${rows.length === 1 ? 'change' : 'changes'} to the action plan since ${formatUkDate(since)}.`;
  const table = { caption: `Changes since ${formatUkDate(since)}`, header: ['Change', 'Action', 'On'], rows };
  return { heading: 'What changed since the last board', paragraphs: [sentence], tables: rows.length === 0 ? [] : [table] };
}

/** The board paper for the chosen WRES year, everything but its charts (drawn in the browser). */
export function boardPaperModel(
  snapshot: PlanSnapshot | undefined,
  year: number | undefined,
  today: IsoDate,
  cover: CoverSheet,
): Omit<BoardPaperModel, 'charts'> {
  const years = wresYearsNewestFirst(snapshot);
  const { current, previous } = year === undefined ? { current: undefined, previous: undefined } : yearAndPrevious(years, year);
  const indicators = current === undefined ? undefined : indicatorsTable(calculateWres(current), previous === undefined ? undefined : calculateWres(previous));
  const actions = actionsOf(snapshot);
  const board = summariseActions(actions, today).board;
  const shown = edsReviewToShow(snapshot).shown;
  // The same sentence as the printed report's: same counts, same review, same words.
  const summary = boardSummary({
    rows: indicators?.rows ?? [],
    overdue: board.overdue,
    atRisk: atRiskCount(actions),
    eds: shown === undefined ? null : edsFacts(shown),
  });
  return {
    organisation: organisationName(snapshot),
    cover,
    preparedOn: today,
    summary,
    indicators: { heading: 'WRES indicators', paragraphs: [], tables: indicators === undefined ? [] : [indicators.table] },
    progress: progressSection(snapshot, today),
    eds: edsSection(snapshot),
    changes: changesSection(snapshot, today),
  };
}
