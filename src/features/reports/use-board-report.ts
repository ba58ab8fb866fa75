import { useMemo } from 'react';
import { planSummaries, usePlanData } from '../../app/plan-data';
import { changesSince, lastBoardDate, LAST_BOARD_DATE_SETTING, progressByIndicator } from '../../domain/plan';
import { boardSummary, indicatorRows } from '../../domain/reports';
import { calculateWres } from '../../domain/wres';
import { actionsOf, actionsWithCreation, atRiskCount, edsFacts, edsReviewToShow, organisationName, wresYearsNewestFirst, yearAndPrevious } from './report-data';

/**
 * What the board report shows: the chosen WRES year (or the newest stored) against the year
 * before, the summary sentence, progress by indicator, the EDS review to show (latest agreed) and
 * what changed since the last board ({@link lastBoardDate}: the date remembered in Settings, else three months ago).
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
  const summary = planSummaries(snapshot, today);
  const since = lastBoardDate(snapshot?.settings[LAST_BOARD_DATE_SETTING], today);
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
      atRisk: atRiskCount(actions),
      eds: eds.shown === undefined ? null : edsFacts(eds.shown),
    }),
    progress,
    eds,
    since,
    changes: changesSince(actionsWithCreation(snapshot), since, today),
  };
}

export type BoardReport = ReturnType<typeof useBoardReport>;
