import { useMemo } from 'react';
import { summariseActions, type ActionSummaries } from '../../domain/plan';
import type { IsoDate } from '../../domain/shared';
import type { PlanSnapshot } from '../../storage/ports';
import { usePlanData } from './plan-data-context';

// One summary per plan read and day: the dashboard, each indicator's page and the board report all
// count the same actions, and at 10,000 actions counting is worth doing once, not on every page.
const summariesOf = new WeakMap<PlanSnapshot, { today: IsoDate; summaries: ActionSummaries }>();
const NO_PLAN: readonly never[] = [];

/** The plan's action summaries (see `summariseActions`) for `today`, worked out once per read of the plan. */
export function planSummaries(snapshot: PlanSnapshot | undefined, today: IsoDate): ActionSummaries {
  if (snapshot === undefined) return summariseActions(NO_PLAN, today);
  const known = summariesOf.get(snapshot);
  if (known?.today === today) return known.summaries;
  const summaries = summariseActions(
    snapshot.actions.map((stored) => stored.value),
    today,
  );
  summariesOf.set(snapshot, { today, summaries });
  return summaries;
}

/** The loaded plan's action summaries for today, shared by every page that shows them. */
export function usePlanSummaries(): ActionSummaries {
  const { snapshot, today } = usePlanData();
  return useMemo(() => planSummaries(snapshot, today), [snapshot, today]);
}
