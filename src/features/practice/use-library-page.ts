import { useState } from 'react';
import { useLocation } from 'wouter';
import type { PublishedCaseStudy, Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { NO_FILTER, filterLibrary, type LibraryFilter } from './library-filters';
import { useLibrary, type LibraryState } from './use-library';

/** The library page's state: the library as read, the filters chosen, and the case studies they leave. */
export interface LibraryPageState extends Pick<LibraryState, 'status' | 'error' | 'reload'> {
  canEdit: boolean;
  filter: LibraryFilter;
  setFilter: (key: keyof LibraryFilter, value: string) => void;
  shown: Versioned<PublishedCaseStudy>[];
  share: () => void;
}

/** Reads the shared library and filters it as the person chooses. */
export function useLibraryPage(): LibraryPageState {
  const [, navigate] = useLocation();
  const { canEdit } = usePlanData();
  const { entries, status, error, reload } = useLibrary();
  const [filter, setFilters] = useState<LibraryFilter>(NO_FILTER);
  const setFilter = (key: keyof LibraryFilter, value: string): void => setFilters((current) => ({ ...current, [key]: value }));
  return { canEdit, filter, setFilter, shown: filterLibrary(entries, filter), share: () => navigate('/new'), status, error, reload };
}
