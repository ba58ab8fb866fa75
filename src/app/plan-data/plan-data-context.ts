import { createContext, useContext } from 'react';
import type { IsoDate } from '../../domain/shared';
import type { PlanSnapshot, PlanStorage, PracticeLibrary, RefreshOptions } from '../../storage/ports';

export interface CurrentUser {
  id: string;
  displayName: string;
  email: string;
}

/** The plan as every page sees it, with the storage ports to change it. */
export interface PlanData {
  storage: PlanStorage;
  snapshot: PlanSnapshot | undefined;
  status: 'loading' | 'ready' | 'failed';
  /** Why the last load or refresh failed, in words (from `describeStorageError`). */
  error: string | undefined;
  /** When what `snapshot` holds was last read from the site; undefined until the first read succeeds. */
  readAt: Date | undefined;
  /** Graph asked us to wait (throttling): when the request will be sent again. */
  retryAt: Date | undefined;
  /** True while the plan shown is the one remembered from this person's last visit, being brought up to date. */
  remembered: boolean;
  user: CurrentUser;
  /** False for people who may only read the plan: pages show no edit controls. */
  canEdit: boolean;
  /** Today's date in the UK, from the injected clock. */
  today: IsoDate;
  clock: () => Date;
  /** A link that opens the tab at a path, e.g. `/actions/<id>`: a Teams deep link inside Teams. */
  linkTo: (path: string) => string;
  /** Opens the shared good-practice library (the hub site from Settings, else the configured one). */
  openLibrary: () => Promise<PracticeLibrary>;
  /** Brings in what changed since the last read (delta); `afterSave` straight after a save, which may have read it already. */
  refresh(options?: RefreshOptions): Promise<void>;
  /** Reads everything again. */
  reload(): Promise<void>;
}

export const PlanDataContext = createContext<PlanData | undefined>(undefined);

export function usePlanData(): PlanData {
  const value = useContext(PlanDataContext);
  if (!value) throw new Error('usePlanData must be used inside PlanDataProvider');
  return value;
}
