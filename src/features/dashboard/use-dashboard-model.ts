import { useMemo } from 'react';
import { firstRunProgress, planGlance, type ActionSummaries, type FirstRunProgress, type PlanGlance } from '../../domain/plan';
import { calculateWres, type WresInput } from '../../domain/wres';
import { planFramework } from '../../domain/eds/review-to-show';
import { usePlanData, usePlanSummaries } from '../../app/plan-data';
import { indicatorCards, reportingYears, type IndicatorCardModel } from './dashboard-model';
import { edsPanel, type EdsPanelModel } from './eds-model';

export interface DashboardModel {
  years: number[];
  /** The year shown: the one chosen, or the latest stored. Undefined when no year is stored. */
  year: number | undefined;
  cards: IndicatorCardModel[];
  eds: EdsPanelModel;
  hasEdsReview: boolean;
  summaries: ActionSummaries;
  canEdit: boolean;
  /** The first-run steps, ticked from the plan. */
  firstRun: FirstRunProgress;
  /**
   * Whether the first-run checklist is shown: once the plan has loaded, to people who can do the
   * steps, while any is not done. It goes by itself once all six are: each is something the plan
   * needs (sharing good practice needs the type and region), so there is nothing to dismiss early.
   */
  showFirstRun: boolean;
  /** The plan at a glance, for the year shown. */
  glance: PlanGlance;
  /** True when the plan holds a WRES year or an action: something for the glance to count. */
  hasFigures: boolean;
}

/** The stored WRES inputs, newest year first. */
export function useWresInputs(): WresInput[] {
  const { snapshot } = usePlanData();
  return useMemo(() => (snapshot?.wresYears ?? []).map((stored) => stored.value), [snapshot]);
}

/** What the dashboard shows for the chosen year, worked out once per change of the plan. */
export function useDashboardModel(chosenYear: number | undefined): DashboardModel {
  const { snapshot, canEdit } = usePlanData();
  const inputs = useWresInputs();
  const summaries = usePlanSummaries();
  const years = useMemo(() => reportingYears(inputs), [inputs]);
  const year = chosenYear !== undefined && years.includes(chosenYear) ? chosenYear : years[0];
  const cards = useMemo(() => (year === undefined ? [] : indicatorCards(inputs, year, summaries)), [inputs, year, summaries]);
  const eds = useMemo(() => {
    const reviews = (snapshot?.edsReviews ?? []).map((stored) => stored.value);
    return edsPanel(planFramework(snapshot?.settings.edsFramework, reviews), reviews, summaries);
  }, [snapshot, summaries]);
  const glance = useMemo(() => {
    const input = inputs.find((candidate) => candidate.year === year);
    return planGlance(input === undefined ? null : calculateWres(input), summaries);
  }, [inputs, year, summaries]);
  const firstRun = useMemo(
    () =>
      firstRunProgress({
        settings: snapshot?.settings ?? {},
        wresYears: snapshot?.wresYears.length ?? 0,
        edsReviews: snapshot?.edsReviews.length ?? 0,
        actions: snapshot?.actions.length ?? 0,
      }),
    [snapshot],
  );
  const hasFigures = year !== undefined || summaries.board.total > 0;
  const showFirstRun = canEdit && snapshot !== undefined && !firstRun.complete;
  return { years, year, cards, eds, hasEdsReview: eds.latestYear !== null, summaries, canEdit, firstRun, showFirstRun, glance, hasFigures };
}
