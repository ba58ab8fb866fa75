import { useCallback, useEffect, useState } from 'react';
import type { PracticeLibrary, PublishedCaseStudy, Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';

export interface LibraryState {
  library: PracticeLibrary | undefined;
  entries: Versioned<PublishedCaseStudy>[];
  status: 'loading' | 'ready' | 'failed';
  error: string | undefined;
  reload: () => Promise<void>;
}

/** Opens the shared library and reads it; a failure says why instead of spinning. */
export function useLibrary(): LibraryState {
  const { openLibrary } = usePlanData();
  const [library, setLibrary] = useState<PracticeLibrary | undefined>(undefined);
  const [entries, setEntries] = useState<Versioned<PublishedCaseStudy>[]>([]);
  const [status, setStatus] = useState<LibraryState['status']>('loading');
  const [error, setError] = useState<string | undefined>(undefined);

  const reload = useCallback(async () => {
    try {
      const opened = await openLibrary();
      const listed = await opened.list();
      setLibrary(opened);
      setEntries(listed);
      setStatus('ready');
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setStatus('failed');
    }
  }, [openLibrary]);

  useEffect(() => {
    // Reading the library is synchronising with an external system; state is set once it answers.
    // oxlint-disable-next-line react/set-state-in-effect
    void reload();
  }, [reload]);

  return { library, entries, status, error, reload };
}
