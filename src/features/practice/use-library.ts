import { useCallback, useEffect, useState } from 'react';
import { useOperation } from '../../components/use-operation';
import { describeStorageError, type PracticeLibrary, type PublishedCaseStudy, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';

export interface LibraryState {
  library: PracticeLibrary | undefined;
  entries: Versioned<PublishedCaseStudy>[];
  status: 'loading' | 'ready' | 'failed';
  error: string | undefined;
  reload: () => Promise<void>;
}

interface OpenedLibrary {
  library: PracticeLibrary;
  entries: Versioned<PublishedCaseStudy>[];
}

const describeLibraryFailure = (error: unknown): string => describeStorageError(error, { subject: 'the library', place: 'the good-practice library' });

/** Opens the shared library and reads it; a failure says why instead of spinning. */
export function useLibrary(): LibraryState {
  const { openLibrary } = usePlanData();
  // What was last read stays on the page while the library is read again (after an adoption, say).
  const [opened, setOpened] = useState<OpenedLibrary | undefined>(undefined);
  const read = useCallback(async (): Promise<OpenedLibrary> => {
    const library = await openLibrary();
    return { library, entries: await library.list() };
  }, [openLibrary]);
  const { status, run } = useOperation(read, describeLibraryFailure);

  const reload = useCallback(async () => {
    const result = await run();
    if (result.ok) setOpened(result.value);
  }, [run]);

  useEffect(() => {
    // Reading the library is synchronising with an external system; state is set once it answers.
    // oxlint-disable-next-line react/set-state-in-effect
    void reload();
  }, [reload]);

  return {
    library: opened?.library,
    entries: opened?.entries ?? [],
    status: status.kind === 'failed' ? 'failed' : opened ? 'ready' : 'loading',
    error: status.kind === 'failed' ? status.message : undefined,
    reload,
  };
}
