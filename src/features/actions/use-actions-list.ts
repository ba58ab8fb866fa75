import { useDeferredValue, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { IsoDate } from '../../domain/shared';
import { usePlanData } from '../../app/plan-data';
import { filterActions, ownersOf, planYearsOf } from './action-filter-rules';
import type { ActionRow } from './action-row';
import { sortActions, type SortColumn, type SortDirection } from './action-sort';
import { useActionsWorkspace } from './actions-workspace';
import { type ActionFiltersState, useActionFilters } from './use-action-filters';
import { useNarrowLayout } from './use-narrow-layout';

export interface ActionsListState extends ActionFiltersState {
  /** Every saved action, then those still being saved that the store has not confirmed yet. */
  all: ActionRow[];
  /** The rows that pass the filters and search, in the table's order. */
  shown: ActionRow[];
  /** The table's order: the column and direction chosen in its header (due date, earliest first, to begin with). */
  sort: ActionsSort;
  setSort: (sort: ActionsSort) => void;
  /** The owners who have actions, by name, for the owner filter. */
  owners: { id: string; name: string }[];
  /** The plan years that have actions, newest first, for the plan-year filter. */
  years: string[];
  /** The last status message: saving, saved, or not saved. */
  notice: string | undefined;
  canEdit: boolean;
  today: IsoDate;
  /** Cards instead of the table, for a narrow side panel. */
  narrow: boolean;
  newAction: () => void;
}

export interface ActionsSort {
  column: SortColumn;
  direction: SortDirection;
}

/** The Actions list's state: the saved and still-saving actions, filtered as the address says. */
export function useActionsList(): ActionsListState {
  const { snapshot, today, canEdit } = usePlanData();
  const { pending, notice } = useActionsWorkspace();
  const filterState = useActionFilters();
  const [, navigate] = useLocation();
  const narrow = useNarrowLayout();
  const all = useMemo<ActionRow[]>(() => {
    const saved = snapshot?.actions ?? [];
    const savedIds = new Set(saved.map((item) => item.value.id));
    return [...saved.map((item) => ({ value: item.value })), ...pending.filter((action) => !savedIds.has(action.id)).map((value) => ({ value, saving: true }))];
  }, [snapshot, pending]);
  // The search box shows each keystroke at once; the rows follow when React has time, so typing in a
  // long plan never waits for the table to be filtered and drawn again.
  const filters = useDeferredValue(filterState.filters);
  // The whole plan is sorted once per plan and chosen order; filtering keeps that order, so a
  // keystroke only filters, and the grid's own sort of rows already in order is a single pass.
  const [sort, setSort] = useState<ActionsSort>({ column: 'due', direction: 'ascending' });
  const sorted = useMemo(() => sortActions(all, sort.column, sort.direction), [all, sort]);
  const shown = useMemo(() => filterActions(sorted, filters, today), [sorted, filters, today]);
  // Worked out once per plan, not on every keystroke in the search box.
  const owners = useMemo(() => ownersOf(all.map((row) => row.value)), [all]);
  const years = useMemo(() => planYearsOf(all.map((row) => row.value)), [all]);
  return { ...filterState, all, shown, sort, setSort, owners, years, notice, canEdit, today, narrow, newAction: () => navigate('/new') };
}
