import { type IsoDate, daysBetween, londonDate } from '../shared/uk-date';
import type { ActionStatus } from './status';

/** Where an action stands against its due date. */
export type DueState = 'completed' | 'overdue' | 'due-soon' | 'later';

/** Days ahead that count as "due soon" unless a caller says otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 14;

/** Today's UK calendar date from an injected clock (Europe/London; see {@link londonDate}). */
export function ukToday(clock: () => Date): IsoDate {
  return londonDate(clock());
}

/**
 * Due state on UK calendar dates. Completed actions are 'completed' whatever the date. Otherwise
 * a due date before `today` is 'overdue' (the due day itself is not overdue); due today or within
 * `dueSoonDays` days is 'due-soon'; anything later is 'later'.
 */
export function dueState(
  action: { readonly status: ActionStatus; readonly dueDate: IsoDate },
  today: IsoDate,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): DueState {
  if (action.status === 'Completed') return 'completed';
  const daysLeft = daysBetween(today, action.dueDate);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due-soon' : 'later';
}
