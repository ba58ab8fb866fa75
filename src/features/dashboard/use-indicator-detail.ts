import { useMemo } from 'react';
import { WRES_INDICATOR_IDS, type WresIndicatorId } from '../../domain/wres';
import { usePlanData, usePlanSummaries } from '../../app/plan-data';
import { type LinkedActions, linkedActions } from './action-links';
import { reportingYears } from './dashboard-model';
import { indicatorDetail } from './indicator-detail-model';
import type { IndicatorDetailModel } from './indicator-detail-types';
import { useWresInputs } from './use-dashboard-model';

/** What the indicator page can show: nothing for an id WRES does not have, nothing yet without data, or the detail. */
export type IndicatorDetailState =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'no-data'; readonly id: WresIndicatorId }
  | {
      readonly kind: 'ready';
      readonly id: WresIndicatorId;
      /** The stored years, and the one shown: the one chosen, or the latest. */
      readonly years: readonly number[];
      readonly year: number;
      readonly model: IndicatorDetailModel;
      /** The actions linked to the indicator, with how many need attention. */
      readonly actions: LinkedActions;
      /** Whether the person may edit the plan, and so start an action from this indicator. */
      readonly canEdit: boolean;
      /** The trend's years that have a figure, for the chart. */
      readonly trendPoints: readonly { year: number; value: number }[];
    };

function isIndicatorId(id: string): id is WresIndicatorId {
  return WRES_INDICATOR_IDS.some((known) => known === id);
}

/** One indicator for the chosen year (or the latest stored), worked out once per change of the plan. */
export function useIndicatorDetail(id: string, chosenYear: number | undefined): IndicatorDetailState {
  const { canEdit } = usePlanData();
  const inputs = useWresInputs();
  const years = useMemo(() => reportingYears(inputs), [inputs]);
  const year = chosenYear !== undefined && years.includes(chosenYear) ? chosenYear : years[0];
  const known = isIndicatorId(id);
  const model = useMemo(() => (known && year !== undefined ? indicatorDetail(inputs, id, year) : null), [inputs, id, known, year]);
  const summaries = usePlanSummaries();
  const actions = useMemo(() => linkedActions(summaries.byIndicator[id]), [summaries, id]);
  if (!known) return { kind: 'unknown' };
  if (model === null || year === undefined) return { kind: 'no-data', id };
  const trendPoints = model.trend.flatMap((point) => (point.value === null ? [] : [{ year: point.year, value: point.value }]));
  return { kind: 'ready', id, years, year, model, actions, canEdit, trendPoints };
}
