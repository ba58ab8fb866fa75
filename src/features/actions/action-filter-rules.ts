import type { Action, ActionStatus } from '../../domain/plan';
import { ACTION_STATUSES, dueState } from '../../domain/plan';
import { type IsoDate, addDays, compareCodes, compareText } from '../../domain/shared';

/** The `state` filter: where an action stands against its due date, or whether it is in trouble. */
export const DUE_FILTERS = ['overdue', 'this-month', 'later', 'at-risk'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export const DUE_FILTER_LABELS: Readonly<Record<DueFilter, string>> = {
  overdue: 'Overdue',
  'this-month': 'Due this month',
  later: 'Due later',
  'at-risk': 'At risk or off track',
};

/** A `state` value in words; anything that is not a known filter is shown as it is. */
export function dueFilterLabel(value: string): string {
  const known = DUE_FILTERS.find((filter) => filter === value);
  return known ? DUE_FILTER_LABELS[known] : value;
}

/**
 * Every filter the Actions list understands. They live in the address under the agreed names
 * (`indicator`, `eds`, `state`, `status`, `owner`, `year`, `q`), so links from the dashboard and
 * links people share open the same list.
 */
export interface ActionFilters {
  indicator?: string;
  eds?: string;
  state?: DueFilter;
  status?: ActionStatus;
  owner?: string;
  year?: string;
  q?: string;
}

const FILTER_KEYS = ['indicator', 'eds', 'state', 'status', 'owner', 'year', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Reads filters from a query string (with or without its "?"); unknown or malformed values are left out. */
export function parseFilters(search: string): ActionFilters {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const read = (key: FilterKey): string | undefined => {
    const value = params.get(key)?.trim();
    return value ? value : undefined;
  };
  const filters: ActionFilters = {};
  const indicator = read('indicator');
  if (indicator && /^[1-9]$/.test(indicator)) filters.indicator = indicator;
  const eds = read('eds');
  if (eds) filters.eds = eds;
  const state = DUE_FILTERS.find((known) => known === read('state'));
  if (state) filters.state = state;
  const status = ACTION_STATUSES.find((known) => known === read('status'));
  if (status) filters.status = status;
  const owner = read('owner');
  if (owner) filters.owner = owner;
  const year = read('year');
  if (year) filters.year = year;
  const q = params.get('q');
  if (q && q.trim() !== '') filters.q = q;
  return filters;
}

/** Writes filters as a query string without its "?", in the agreed key order; empty ones are left out. */
export function filtersToSearch(filters: ActionFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  return params.toString();
}

export function hasFilters(filters: ActionFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined && filters[key] !== '');
}

/** The last day of the calendar month that `today` falls in. */
export function endOfMonth(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const firstOfNext = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(firstOfNext, -1);
}

/**
 * Whether an action is in a `state`:
 * - overdue: not completed and due before today;
 * - this-month: not completed, due from today to the end of this calendar month;
 * - later: not completed, due after this month;
 * - at-risk: not completed, with status At risk or Off track (amber or red).
 */
export function matchesState(action: Action, state: DueFilter, today: IsoDate): boolean {
  if (action.status === 'Completed') return false;
  switch (state) {
    case 'overdue':
      return dueState(action, today) === 'overdue';
    case 'this-month':
      return action.dueDate >= today && action.dueDate <= endOfMonth(today);
    case 'later':
      return action.dueDate > endOfMonth(today);
    case 'at-risk':
      return action.status === 'At risk' || action.status === 'Off track';
  }
}

// Each action's text in lower case, made once: a keystroke in the search box then only looks words up,
// instead of joining and lower-casing the text of every action in the plan again. An edited action is
// a new object, so its entry is made afresh, and a dropped one goes with its action.
const searchTexts = new WeakMap<Action, string>();

function searchTextOf(action: Action): string {
  let text = searchTexts.get(action);
  if (text === undefined) {
    text = [action.title, action.description, action.owner.name, action.owner.email ?? '', action.measureOfSuccess, action.baseline, action.target]
      .join('\n')
      .toLowerCase();
    searchTexts.set(action, text);
  }
  return text;
}

/** Search words in lower case; an action matches when its text holds every one. */
function searchWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** Search text matches the title, description, owner, measure of success, or a linked indicator or outcome id. */
function matchesSearch(action: Action, words: readonly string[]): boolean {
  const haystack = searchTextOf(action);
  return words.every((word) => haystack.includes(word));
}

/** The actions that pass every filter, in their original order. */
export function filterActions<T extends { value: Action }>(items: readonly T[], filters: ActionFilters, today: IsoDate): T[] {
  if (!hasFilters(filters)) return [...items];
  const words = filters.q ? searchWords(filters.q) : [];
  return items.filter(({ value: action }) => {
    if (filters.indicator && !action.indicators.some((id) => id === filters.indicator)) return false;
    if (filters.eds && !action.edsOutcomes.includes(filters.eds)) return false;
    if (filters.status && action.status !== filters.status) return false;
    if (filters.owner && action.owner.id !== filters.owner) return false;
    if (filters.year && action.planYear !== filters.year) return false;
    if (filters.state && !matchesState(action, filters.state, today)) return false;
    if (words.length > 0 && !matchesSearch(action, words)) return false;
    return true;
  });
}

/** Owners who have actions, by name, for the owner filter. */
export function ownersOf(actions: readonly Action[]): { id: string; name: string }[] {
  const owners = new Map<string, string>();
  for (const action of actions) owners.set(action.owner.id, action.owner.name);
  return [...owners].map(([id, name]) => ({ id, name })).toSorted((a, b) => compareText(a.name, b.name));
}

/** Plan years that have actions, newest first. */
export function planYearsOf(actions: readonly Action[]): string[] {
  return [...new Set(actions.map((action) => action.planYear))].toSorted((a, b) => compareCodes(b, a));
}
