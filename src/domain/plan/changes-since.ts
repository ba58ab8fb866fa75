import { type IsoDate, isIsoDate, londonDate } from '../shared/uk-date';
import type { Action } from './action';
import type { ActionStatus } from './status';

/** An action as the store returns it: `createdAt` is SharePoint's createdDateTime for the item, when known. */
export type ActionWithCreation = Action & { readonly createdAt?: string };

/** One change to one action, on a UK date. */
export interface ActionChange {
  readonly actionId: string;
  readonly title: string;
  readonly on: IsoDate;
}

/** A status change, read from a progress update that recorded the status after it. */
export interface StatusChange extends ActionChange {
  readonly to: ActionStatus;
}

/** What changed between the last board and today, each list newest first. */
export interface ChangesSince {
  readonly statusChanges: readonly StatusChange[];
  readonly completions: readonly ActionChange[];
  readonly newlyOverdue: readonly ActionChange[];
  readonly newActions: readonly ActionChange[];
}

const within = (date: IsoDate, since: IsoDate, today: IsoDate): boolean => date >= since && date <= today;

function newestFirst<T extends ActionChange>(changes: T[]): T[] {
  return changes.toSorted((a, b) => b.on.localeCompare(a.on) || a.title.localeCompare(b.title) || a.actionId.localeCompare(b.actionId));
}

/**
 * What changed from `since` to `today` (both UK dates, inclusive), from the history already kept:
 * - status changes: progress updates with `statusAfter` posted in the window (dated by SharePoint);
 * - completions: `completedOn` in the window;
 * - newly overdue: not completed, due on or after `since` and before `today`, so not overdue at
 *   the last board but overdue now (an action due today is not yet overdue);
 * - new actions: created (SharePoint's createdDateTime) in the window; actions with no known
 *   creation time are never listed as new.
 * Every list is newest first, with the change's date named.
 */
export function changesSince(actions: readonly ActionWithCreation[], since: IsoDate, today: IsoDate): ChangesSince {
  const statusChanges: StatusChange[] = [];
  const completions: ActionChange[] = [];
  const newlyOverdue: ActionChange[] = [];
  const newActions: ActionChange[] = [];
  for (const action of actions) {
    const named = { actionId: action.id, title: action.title };
    for (const update of action.progressUpdates) {
      const on = londonDate(new Date(update.at));
      if (update.statusAfter !== undefined && within(on, since, today)) statusChanges.push({ ...named, on, to: update.statusAfter });
    }
    if (action.completedOn !== undefined && within(action.completedOn, since, today)) completions.push({ ...named, on: action.completedOn });
    if (action.status !== 'Completed' && action.dueDate >= since && action.dueDate < today) newlyOverdue.push({ ...named, on: action.dueDate });
    if (action.createdAt !== undefined) {
      const on = londonDate(new Date(action.createdAt));
      if (within(on, since, today)) newActions.push({ ...named, on });
    }
  }
  return {
    statusChanges: newestFirst(statusChanges),
    completions: newestFirst(completions),
    newlyOverdue: newestFirst(newlyOverdue),
    newActions: newestFirst(newActions),
  };
}

/** The Settings key that remembers the date of the last board report (an ISO date, YYYY-MM-DD). */
export const LAST_BOARD_DATE_SETTING = 'lastBoardDate';

/**
 * The same day three calendar months earlier, or that month's last day when it has no such day
 * (31 May → 28 or 29 February): a quarter, the usual gap between boards.
 */
function threeMonthsBefore(date: IsoDate): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 3, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 4, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/**
 * The date "what changed since the last board" starts from, one rule for the progress page, the
 * printed report and the Word paper: the date remembered in Settings when it is a real ISO date not
 * after today; otherwise three months before today ({@link threeMonthsBefore}).
 */
export function lastBoardDate(remembered: string | undefined, today: IsoDate): IsoDate {
  return remembered !== undefined && isIsoDate(remembered) && remembered <= today ? remembered : threeMonthsBefore(today);
}
