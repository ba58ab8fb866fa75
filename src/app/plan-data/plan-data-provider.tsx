import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { ukToday } from '../../domain/plan';
import type { PlanStorage, PracticeLibrary } from '../../storage/ports';
import { PlanDataContext, type CurrentUser, type PlanData } from './plan-data-context';
import { useBackgroundRefresh } from './use-background-refresh';
import { useRetryNotice, useUnreachableNotices, type SubscribeRetries } from './use-connection-notices';
import { usePlanReads } from './use-plan-reads';

export interface PlanDataProviderProps {
  storage: PlanStorage;
  user: CurrentUser;
  canEdit: boolean;
  clock: () => Date;
  linkTo?: (path: string) => string;
  /** Opens the library on the hub site named in settings (or the deployment's default). */
  openLibrary?: (hubSiteFromSettings: string | undefined) => Promise<PracticeLibrary>;
  /** Notices from the Graph client: a throttled request will be retried after a wait, or a request got no answer. */
  subscribeRetries: SubscribeRetries;
  children: ReactNode;
}

const pageLink = (path: string): string => `${window.location.origin}${window.location.pathname}${window.location.search}#${path}`;

const noLibrary = (): Promise<PracticeLibrary> => Promise.reject(new Error('No good-practice library is available here.'));

/**
 * Loads the plan, keeps it, checks it again while the tab is open, and tells every page whether it
 * is loading, failed, retrying, and when what it shows was read.
 */
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
  const { retryAt, clear: clearRetry } = useRetryNotice(subscribeRetries, clock);
  const { snapshot, status, error, readAt, remembered, refresh, reload, check, checkNow } = usePlanReads(storage, clock, clearRetry);
  useUnreachableNotices(subscribeRetries, checkNow);

  // Loading the plan is synchronising with an external system, which is what effects are for; the
  // state is set only after the read resolves. A plan remembered from the last visit is already on
  // screen, so it is only brought up to date.
  const fromMemory = storage.remembered !== undefined;
  useEffect(() => {
    // oxlint-disable-next-line react/set-state-in-effect
    void (fromMemory ? refresh() : reload());
  }, [fromMemory, refresh, reload]);
  useBackgroundRefresh(check);

  const librarySite = snapshot?.settings.librarySite;
  const openSharedLibrary = useCallback(() => openLibrary(librarySite), [openLibrary, librarySite]);
  const value = useMemo<PlanData>(
    () => ({
      storage,
      snapshot,
      status,
      error,
      readAt,
      remembered,
      retryAt,
      user,
      canEdit,
      today: ukToday(clock),
      clock,
      linkTo,
      openLibrary: openSharedLibrary,
      refresh,
      reload,
    }),
    [storage, snapshot, status, error, readAt, remembered, retryAt, user, canEdit, clock, linkTo, openSharedLibrary, refresh, reload],
  );
  return <PlanDataContext.Provider value={value}>{children}</PlanDataContext.Provider>;
}
