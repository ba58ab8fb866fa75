import { formatHeadline, formatPercent, formatRatio, changeSentence, verdictWords } from '../../components/figure-format';
import type { CoverSheet } from '../../domain/board-paper';
import { boardEdsTable } from '../../domain/exports';
import { summariseActions } from '../../domain/plan';
import { type IsoDate, addDays, formatUkDate } from '../../domain/shared';
import {
  type HeadlineFigure,
  type WresResult,
  WRES_INDICATORS,
  WRES_INDICATOR_IDS,
  calculateWres,
  compareWithEngland,
  compareYears,
  headlineFigure,
  headlineSpec,
} from '../../domain/wres';
import type { PlanSnapshot } from '../../storage/ports';
import type { BoardPaperModel, PaperSection, PaperTable, Rag } from './board-paper-model';
import { actionsOf, edsReviewToShow, organisationName, wresYearsNewestFirst, yearAndPrevious } from './report-data';

/** One indicator's headline figure over the stored years, oldest first: what its chart draws. */
export interface ChartSeries {
  readonly title: string;
  readonly measure: string;
  readonly points: readonly { readonly year: number; readonly value: number }[];
}

const RAG_WORDS: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green', grey: 'No rating' };

// Interim until the report domain (branch wt-report) gives each indicator's RAG: adverse and clear is red.
function ragOf(figure: HeadlineFigure): Rag {
  if (figure.verdict === 'not-calculable') return 'grey';
  if (figure.verdict === 'non-adverse') return 'green';
  return figure.verdict === 'adverse' && figure.certainty === 'clear' ? 'red' : 'amber';
}

function indicatorsTable(current: WresResult, previous: WresResult | undefined): PaperTable {
  const comparison = previous === undefined ? undefined : compareYears(previous, current);
  const england = compareWithEngland(current);
  const rows = WRES_INDICATOR_IDS.flatMap((id) => {
    const figure = headlineFigure(current, id);
    if (figure === null) return [];
    const spec = headlineSpec(id);
    const national = england.find((item) => item.indicator === id);
    const englandValue = national?.englandValue ?? null;
    const englandText =
      englandValue === null || national === undefined
        ? 'No figure'
        : national.unit === 'relative likelihood'
          ? formatRatio(englandValue)
          : formatPercent(englandValue);
    const change = comparison?.indicators.find((item) => item.indicator === id) ?? null;
    const rag = ragOf(figure);
    return [
      {
        cells: [
          `${id} ${WRES_INDICATORS[id].shortTitle}`,
          spec.label,
          figure.value === null ? (figure.figureWords ?? 'No figure') : formatHeadline(spec.measure, figure.value),
          changeSentence(change),
          englandText,
          verdictWords(figure.verdict),
          figure.certaintyReason,
          RAG_WORDS[rag],
        ],
        rag,
      },
    ];
  });
  return {
    caption: `The WRES indicators, ${current.year}`,
    header: ['Indicator', 'Measure', `Figure ${current.year}`, 'Change', 'England', 'Verdict', 'Certainty', 'RAG'],
    rows,
    ragColumn: 7,
  };
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

function progressSection(snapshot: PlanSnapshot | undefined, today: IsoDate): PaperSection {
  const summary = summariseActions(actionsOf(snapshot), today);
  const rows = WRES_INDICATOR_IDS.map((id) => {
    const counts = summary.byIndicator[id];
    const open = counts === undefined ? 0 : counts.total - counts.byStatus.Completed;
    return {
      cells: [
        `${id} ${WRES_INDICATORS[id].shortTitle}`,
        String(counts?.total ?? 0),
        String(open),
        String(counts?.overdue ?? 0),
        String(counts?.byStatus.Completed ?? 0),
      ],
    };
  });
  const table = { caption: 'Actions by indicator', header: ['Indicator', 'Actions', 'Open', 'Overdue', 'Completed'], rows };
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

// Interim until the progress domain (branch wt-progress) gives the changes since the last board: the updates of the last quarter.
function changesSection(snapshot: PlanSnapshot | undefined, today: IsoDate): PaperSection {
  const since = addDays(today, -91);
  const updates = actionsOf(snapshot)
    .flatMap((action) => action.progressUpdates.map((update) => ({ action, update, on: update.at.slice(0, 10) })))
    .filter(({ on }) => on >= since)
    .toSorted((a, b) => b.update.at.localeCompare(a.update.at));
  const rows = updates.map(({ action, update, on }) => ({ cells: [formatUkDate(on), action.title, update.statusAfter ?? '', update.note] }));
  const sentence =
    rows.length === 0 ? `No action was updated since ${formatUkDate(since)}.` : `${rows.length} updates to actions since ${formatUkDate(since)}.`;
  const table = { caption: `Updates since ${formatUkDate(since)}`, header: ['Date', 'Action', 'Status after', 'Update'], rows };
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
  const board = summariseActions(actionsOf(snapshot), today).board;
  const adverse = indicators?.rows.filter((row) => row.cells[5] === verdictWords('adverse')).length ?? 0;
  const figures = indicators === undefined ? 'No WRES year is stored yet' : `${adverse} of ${indicators.rows.length} indicators adverse in ${current?.year}`;
  const summary = `${figures}; ${board.overdue} ${board.overdue === 1 ? 'action' : 'actions'} overdue; ${board.byStatus.Completed} of ${board.total} actions completed.`;
  return {
    organisation: organisationName(snapshot),
    cover,
    preparedOn: today,
    summary,
    indicators: { heading: 'WRES indicators', paragraphs: [], tables: indicators === undefined ? [] : [indicators] },
    progress: progressSection(snapshot, today),
    eds: edsSection(snapshot),
    changes: changesSection(snapshot, today),
  };
}
