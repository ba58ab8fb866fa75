import { useMemo } from 'react';
import { usePlanData } from '../../app/plan-data';
import { boardIndicatorsTable } from '../../domain/exports';
import { dueState, summariseActions } from '../../domain/plan';
import { calculateWres } from '../../domain/wres';
import { actionsOf, edsReviewToShow, organisationName, wresYearsNewestFirst, yearAndPrevious } from './report-data';

/**
 * What the board report shows: the chosen WRES year (or the newest stored) with the year before it,
 * the indicators table, the EDS review to show (latest agreed) and the action plan's summary and overdue actions.
 */
export function useBoardReport(chosenYear: number | undefined) {
  const { snapshot, today } = usePlanData();
  const years = useMemo(() => wresYearsNewestFirst(snapshot), [snapshot]);
  const year = chosenYear !== undefined && years.some((input) => input.year === chosenYear) ? chosenYear : years[0]?.year;
  const { current, previous } = year === undefined ? { current: undefined, previous: undefined } : yearAndPrevious(years, year);
  const indicators = useMemo(
    () => (current === undefined ? undefined : boardIndicatorsTable(calculateWres(current), previous === undefined ? undefined : calculateWres(previous))),
    [current, previous],
  );
  const actions = actionsOf(snapshot);
  return {
    today,
    organisation: organisationName(snapshot),
    year,
    previousYear: previous?.year,
    indicators,
    actions,
    summary: summariseActions(actions, today),
    overdue: actions.filter((action) => dueState(action, today) === 'overdue'),
    eds: edsReviewToShow(snapshot),
  };
}

export type BoardReport = ReturnType<typeof useBoardReport>;
