import { useMemo } from 'react';
import { summariseActions, type ActionSummaries } from '../../domain/plan';
import { usePlanData } from './plan-data-context';

/**
 * The loaded plan's action summaries (see `summariseActions`) for today, worked out once per read of
 * the plan and day, not on each render: the dashboard, each indicator's page and the board report
 * count the same actions this one way.
 */
export function usePlanSummaries(): ActionSummaries {
  const { snapshot, today } = usePlanData();
  return useMemo(() => summariseActions(snapshot?.actions.map((stored) => stored.value) ?? [], today), [snapshot, today]);
}
