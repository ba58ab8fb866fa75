import { useMemo } from 'react';
import { usePlanData } from '../../app/plan-data';
import { EDS2022_OUTCOMES, EDS2_OUTCOMES, type EdsReview, rollUpEds2, rollUpEds2022 } from '../../domain/eds';
import { changesSince, dueState, progressByIndicator, summariseActions } from '../../domain/plan';
import { boardSummary, indicatorRows } from '../../domain/reports';
import { type IsoDate, addDays, isIsoDate } from '../../domain/shared';
import { calculateWres } from '../../domain/wres';
import { actionsOf, edsReviewToShow, organisationName, wresYearsNewestFirst, yearAndPrevious } from './report-data';

/** With no remembered board date, "since the last board" means the last quarter (about three months). */
const DEFAULT_BOARD_INTERVAL_DAYS = 91;

/** The review named as a board reads it, with its result: the overall rating, or how much is scored. */
function edsFacts(review: EdsReview): { name: string; result: string } {
  const name = `EDS ${review.framework === 'eds2' ? '2' : '2022'} review ${review.year}, ${review.status.toLowerCase()}`;
  if (review.framework === 'eds2') return { name, result: `${rollUpEds2(review).graded} of ${EDS2_OUTCOMES.length} outcomes graded` };
  const rollUp = rollUpEds2022(review);
  return { name, result: rollUp.overallRating ?? `${rollUp.scored} of ${EDS2022_OUTCOMES.length} outcomes scored, no overall rating yet` };
}

/**
 * What the board report shows: the chosen WRES year (or the newest stored) against the year
 * before, the summary sentence, progress by indicator, the EDS review to show (latest agreed) and
 * what changed since the last board (Settings `lastBoardDate`, else three months ago).
 */
export function useBoardReport(chosenYear: number | undefined) {
  const { snapshot, today } = usePlanData();
  const years = useMemo(() => wresYearsNewestFirst(snapshot), [snapshot]);
  const year = chosenYear !== undefined && years.some((input) => input.year === chosenYear) ? chosenYear : years[0]?.year;
  const { current, previous } = year === undefined ? { current: undefined, previous: undefined } : yearAndPrevious(years, year);
  const rows = useMemo(
    () => (current === undefined ? undefined : indicatorRows(calculateWres(current), previous === undefined ? undefined : calculateWres(previous))),
    [current, previous],
  );
  const actions = actionsOf(snapshot);
  const eds = edsReviewToShow(snapshot);
  const summary = summariseActions(actions, today);
  const remembered = snapshot?.settings.lastBoardDate ?? '';
  const since: IsoDate = isIsoDate(remembered) && remembered <= today ? remembered : addDays(today, -DEFAULT_BOARD_INTERVAL_DAYS);
  const progress = progressByIndicator({ actions, today, edsOutcomes: [] }).wres;
  return {
    today,
    organisation: organisationName(snapshot),
    year,
    previousYear: previous?.year,
    planYear: summary.planYear,
    rows,
    sentence: boardSummary({
      rows: rows ?? [],
      overdue: summary.board.overdue,
      atRisk: actions.filter((action) => dueState(action, today) === 'due-soon').length,
      eds: eds.shown === undefined ? null : edsFacts(eds.shown),
    }),
    progress,
    eds,
    since,
    changes: changesSince(actions, since, today),
  };
}

export type BoardReport = ReturnType<typeof useBoardReport>;
