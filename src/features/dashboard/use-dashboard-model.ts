import { useMemo } from 'react';
import { summariseActions, type ActionSummaries } from '../../domain/plan';
import type { WresInput } from '../../domain/wres';
import { usePlanData } from '../../app/plan-data';
import { indicatorCards, reportingYears, type IndicatorCardModel } from './dashboard-model';
import { edsFrameworkOf, edsPanel, type EdsPanelModel } from './eds-model';

export interface DashboardModel {
  years: number[];
  /** The year shown: the one chosen, or the latest stored. Undefined when no year is stored. */
  year: number | undefined;
  cards: IndicatorCardModel[];
  eds: EdsPanelModel;
  hasEdsReview: boolean;
  summaries: ActionSummaries;
  canEdit: boolean;
}

/** The stored WRES inputs, newest year first. */
export function useWresInputs(): WresInput[] {
  const { snapshot } = usePlanData();
  return useMemo(() => (snapshot?.wresYears ?? []).map((stored) => stored.value), [snapshot]);
}

/** What the dashboard shows for the chosen year, worked out once per change of the plan. */
export function useDashboardModel(chosenYear: number | undefined): DashboardModel {
  const { snapshot, today, canEdit } = usePlanData();
  const inputs = useWresInputs();
  const summaries = useMemo(
    () =>
      summariseActions(
        (snapshot?.actions ?? []).map((stored) => stored.value),
        today,
      ),
    [snapshot, today],
  );
  const years = useMemo(() => reportingYears(inputs), [inputs]);
  const year = chosenYear !== undefined && years.includes(chosenYear) ? chosenYear : years[0];
  const cards = useMemo(() => (year === undefined ? [] : indicatorCards(inputs, year, summaries)), [inputs, year, summaries]);
  const eds = useMemo(() => {
    const reviews = (snapshot?.edsReviews ?? []).map((stored) => stored.value);
    return edsPanel(edsFrameworkOf(snapshot?.settings.edsFramework, reviews), reviews, summaries);
  }, [snapshot, summaries]);
  return { years, year, cards, eds, hasEdsReview: eds.latestYear !== null, summaries, canEdit };
}
