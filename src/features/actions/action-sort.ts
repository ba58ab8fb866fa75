import type { Action } from '../../domain/plan';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../../domain/plan';
import { compareIsoDates, compareTitles } from '../../domain/shared';

const SORTABLE_COLUMNS = ['title', 'owner', 'due', 'status', 'priority', 'indicators', 'eds'] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

// A sort compares each action many times; its lowest link is found once per list of links.
const firstOfList = new WeakMap<readonly string[], string>();

/** "2" before "10", "3.1" before "3.10", and an action with no links last. */
function firstOf(list: readonly string[]): string {
  let first = firstOfList.get(list);
  if (first === undefined) {
    first = list.toSorted(compareTitles)[0] ?? '\uffff';
    firstOfList.set(list, first);
  }
  return first;
}

/**
 * Ascending order of two actions by a column: titles and owners alphabetically, due date earliest
 * first, status in its lifecycle order (Not started … Completed), priority High first, links by
 * their lowest id. Ties fall back to the due date, then the title, so the order is stable.
 */
export function compareActions(column: SortColumn, a: Action, b: Action): number {
  const primary = (() => {
    switch (column) {
      case 'title':
        return compareTitles(a.title, b.title);
      case 'owner':
        return compareTitles(a.owner.name, b.owner.name);
      case 'due':
        return compareIsoDates(a.dueDate, b.dueDate);
      case 'status':
        return ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status);
      case 'priority':
        return ACTION_PRIORITIES.indexOf(a.priority) - ACTION_PRIORITIES.indexOf(b.priority);
      case 'indicators':
        return compareTitles(firstOf(a.indicators), firstOf(b.indicators));
      case 'eds':
        return compareTitles(firstOf(a.edsOutcomes), firstOf(b.edsOutcomes));
    }
  })();
  return primary || compareIsoDates(a.dueDate, b.dueDate) || compareTitles(a.title, b.title);
}

export function sortActions<T extends { value: Action }>(items: readonly T[], column: SortColumn, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return items.toSorted((a, b) => sign * compareActions(column, a.value, b.value));
}
