import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { type ActionFilters, filtersToSearch, parseFilters } from './action-filter-rules';

export interface ActionFiltersState {
  filters: ActionFilters;
  setFilter: <K extends keyof ActionFilters>(key: K, value: ActionFilters[K] | '') => void;
  clear: () => void;
}

/**
 * The list's filters, kept in the address (inside the Actions route) so that dashboard links and
 * shared links open the same list, and Back returns to it.
 */
export function useActionFilters(): ActionFiltersState {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo(() => parseFilters(search), [search]);
  const write = useCallback((next: ActionFilters) => navigate(`/?${filtersToSearch(next)}`, { replace: true }), [navigate]);
  const setFilter = useCallback<ActionFiltersState['setFilter']>(
    (key, value) => {
      const next: ActionFilters = { ...filters };
      if (value === '' || value === undefined) delete next[key];
      else next[key] = value;
      write(next);
    },
    [filters, write],
  );
  const clear = useCallback(() => write({}), [write]);
  return { filters, setFilter, clear };
}
