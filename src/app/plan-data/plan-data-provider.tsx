import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ukToday } from '../../domain/plan';
import { messageOf, type PlanSnapshot, type PlanStorage, type PracticeLibrary } from '../../storage/ports';
import { PlanDataContext, type CurrentUser, type PlanData } from './plan-data-context';

export interface PlanDataProviderProps {
  storage: PlanStorage;
  user: CurrentUser;
  canEdit: boolean;
  clock: () => Date;
  linkTo?: (path: string) => string;
  /** Opens the library on the hub site named in settings (or the deployment's default). */
  openLibrary?: (hubSiteFromSettings: string | undefined) => Promise<PracticeLibrary>;
  /** Notices from the Graph client that a request will be retried after a wait. */
  subscribeRetries: (listener: (delaySeconds: number) => void) => () => void;
  children: ReactNode;
}

const pageLink = (path: string): string => `${window.location.origin}${window.location.pathname}${window.location.search}#${path}`;

const noLibrary = (): Promise<PracticeLibrary> => Promise.reject(new Error('No good-practice library is available here.'));

/** Loads the plan once, keeps it, and tells every page whether it is loading, failed or retrying. */
export function PlanDataProvider({
  storage,
  user,
  canEdit,
  clock,
  linkTo = pageLink,
  openLibrary = noLibrary,
  subscribeRetries,
  children,
}: PlanDataProviderProps) {
  const [snapshot, setSnapshot] = useState<PlanSnapshot | undefined>(undefined);
  const [status, setStatus] = useState<PlanData['status']>('loading');
  const [error, setError] = useState<string | undefined>(undefined);
  const [retrying, setRetrying] = useState(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = useCallback(async (read: () => Promise<PlanSnapshot>) => {
    try {
      const next = await read();
      setSnapshot(next);
      setStatus('ready');
      setError(undefined);
    } catch (failure) {
      setError(messageOf(failure));
      setStatus((current) => (current === 'loading' ? 'failed' : current));
    } finally {
      setRetrying(false);
    }
  }, []);

  const reload = useCallback(() => run(() => storage.load()), [run, storage]);
  const refresh = useCallback(() => run(() => storage.refresh()), [run, storage]);

  // Loading the plan is synchronising with an external system, which is what effects are for; the
  // state is set only after the read resolves.
  useEffect(() => {
    // oxlint-disable-next-line react/set-state-in-effect
    void reload();
  }, [reload]);

  useEffect(
    () =>
      subscribeRetries((delaySeconds) => {
        setRetrying(true);
        clearTimeout(retryTimer.current);
        // The notice clears itself once the wait is over, even if no page asks again.
        retryTimer.current = setTimeout(() => setRetrying(false), (delaySeconds + 2) * 1000);
      }),
    [subscribeRetries],
  );
  useEffect(() => () => clearTimeout(retryTimer.current), []);

  const librarySite = snapshot?.settings.librarySite;
  const openSharedLibrary = useCallback(() => openLibrary(librarySite), [openLibrary, librarySite]);
  const value = useMemo<PlanData>(
    () => ({
      storage,
      snapshot,
      status,
      error,
      retrying,
      user,
      canEdit,
      today: ukToday(clock),
      clock,
      linkTo,
      openLibrary: openSharedLibrary,
      refresh,
      reload,
    }),
    [storage, snapshot, status, error, retrying, user, canEdit, clock, linkTo, openSharedLibrary, refresh, reload],
  );
  return <PlanDataContext.Provider value={value}>{children}</PlanDataContext.Provider>;
}
