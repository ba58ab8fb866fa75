import type { ActionCounts } from '../../domain/plan';

/** What the Actions page is filtered to, by the query names agreed with it. */
export interface ActionsFilter {
  indicator?: string;
  eds?: string;
  state?: 'overdue' | 'at-risk';
  status?: 'Completed';
}

/** The address of the Actions page filtered, escaping the dashboard's nested route with `~`. */
export function actionsHref(filter: ActionsFilter): string {
  const params = new URLSearchParams();
  if (filter.indicator !== undefined) params.set('indicator', filter.indicator);
  if (filter.eds !== undefined) params.set('eds', filter.eds);
  if (filter.state !== undefined) params.set('state', filter.state);
  if (filter.status !== undefined) params.set('status', filter.status);
  const query = params.toString();
  return `~/actions${query === '' ? '' : `?${query}`}`;
}

/** How many actions are linked to an indicator or outcome, and how many need attention. */
export interface LinkedActions {
  total: number;
  overdue: number;
  atRisk: number;
}

const NO_LINKED_ACTIONS: LinkedActions = Object.freeze({ total: 0, overdue: 0, atRisk: 0 });

export function linkedActions(counts: ActionCounts | undefined): LinkedActions {
  if (counts === undefined) return NO_LINKED_ACTIONS;
  return { total: counts.total, overdue: counts.overdue, atRisk: counts.byStatus['At risk'] };
}
