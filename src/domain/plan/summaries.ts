import { at, present } from '../shared/checked-access';
import { compareText } from '../shared/text-order';
import { type IsoDate, planYearOf, planYearRange } from '../shared/uk-date';
import { WRES_INDICATOR_IDS } from '../wres/indicator-catalogue';
import type { Action } from './action';
import { DEFAULT_DUE_SOON_DAYS, dueState } from './due';
import type { ActionStatus } from './status';

export interface ActionCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  readonly overdue: number;
  readonly dueSoon: number;
  /** Completed with `completedOn` inside the current plan year (1 April – 31 March). */
  readonly completedThisPlanYear: number;
}

export interface ActionSummaries {
  /** The plan year containing `today`, e.g. "2024/25". */
  readonly planYear: string;
  readonly board: ActionCounts;
  /** Every WRES indicator "1".."9", including those with no actions (a gap a board should see). */
  readonly byIndicator: Readonly<Record<string, ActionCounts>>;
  /** Only EDS outcomes that have actions. */
  readonly byEdsOutcome: Readonly<Record<string, ActionCounts>>;
  /** One entry per owner id, ordered by name. */
  readonly byOwner: readonly { readonly ownerId: string; readonly ownerName: string; readonly counts: ActionCounts }[];
}

function counts(actions: readonly Action[], today: IsoDate, dueSoonDays: number): ActionCounts {
  // Every status is a key, even with no actions: the type requires each of ACTION_STATUSES.
  const byStatus: Record<ActionStatus, number> = { 'Not started': 0, 'On track': 0, 'At risk': 0, 'Off track': 0, Completed: 0 };
  const range = present(planYearRange(planYearOf(today)), `the range of plan year ${planYearOf(today)}`);
  let overdue = 0;
  let dueSoon = 0;
  let completedThisPlanYear = 0;
  for (const action of actions) {
    byStatus[action.status] += 1;
    const state = dueState(action, today, dueSoonDays);
    if (state === 'overdue') overdue += 1;
    if (state === 'due-soon') dueSoon += 1;
    // ISO dates compare correctly as strings.
    const done = action.completedOn;
    if (state === 'completed' && done !== undefined && done >= range.start && done <= range.end) completedThisPlanYear += 1;
  }
  return { total: actions.length, byStatus, overdue, dueSoon, completedThisPlanYear };
}

function groupBy(actions: readonly Action[], keys: (action: Action) => readonly string[]): Map<string, Action[]> {
  const groups = new Map<string, Action[]>();
  for (const action of actions) {
    for (const key of keys(action)) {
      // Appended in place: copying the group on every action made a plan of n actions cost n².
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [action]);
      else group.push(action);
    }
  }
  return groups;
}

/**
 * Summaries for the board, per WRES indicator, per EDS outcome and per owner: counts by status,
 * overdue and due soon (on UK dates, from `today`, which the caller takes from its injected clock
 * with `ukToday`), and completed this plan year. An action linked to two indicators counts under
 * both, but once for the board.
 */
export function summariseActions(actions: readonly Action[], today: IsoDate, dueSoonDays: number = DEFAULT_DUE_SOON_DAYS): ActionSummaries {
  const of = (list: readonly Action[]) => counts(list, today, dueSoonDays);
  const byIndicatorGroups = groupBy(actions, (action) => action.indicators);
  const byIndicator = Object.fromEntries(WRES_INDICATOR_IDS.map((id) => [id, of(byIndicatorGroups.get(id) ?? [])]));
  const byEdsOutcome = Object.fromEntries(
    [...groupBy(actions, (action) => action.edsOutcomes)].toSorted(([a], [b]) => compareText(a, b)).map(([id, list]) => [id, of(list)]),
  );
  const byOwner = [...groupBy(actions, (action) => [action.owner.id])]
    .map(([ownerId, list]) => ({ ownerId, ownerName: at(list, 0).owner.name, counts: of(list) }))
    .toSorted((a, b) => compareText(a.ownerName, b.ownerName));
  return { planYear: planYearOf(today), board: of(actions), byIndicator, byEdsOutcome, byOwner };
}
