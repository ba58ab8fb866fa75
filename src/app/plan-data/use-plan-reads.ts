import { useCallback, useRef, useState } from 'react';
import { describeStorageError, type PlanSnapshot, type PlanStorage, type RefreshOptions } from '../../storage/ports';
import type { PlanData } from './plan-data-context';

/** Checks that arrive together (focus, then the tab coming into view) are one check. */
const CHECK_GAP_MS = 10_000;

export interface PlanReads {
  snapshot: PlanSnapshot | undefined;
  status: PlanData['status'];
  error: string | undefined;
  readAt: Date | undefined;
  /** True while the plan shown is the one remembered from the last visit, not yet brought up to date. */
  remembered: boolean;
  refresh: (options?: RefreshOptions) => Promise<void>;
  reload: () => Promise<void>;
  /** A refresh nobody asked for (a timer, focus): skipped while a read is running or has just started. */
  check: () => void;
  /** A refresh because something went wrong elsewhere: skipped only while a read is running. */
  checkNow: () => void;
}

/** Keeps the same object when nothing changed, so a check that finds nothing new re-renders no page. */
function sameSnapshot(current: PlanSnapshot | undefined, next: PlanSnapshot): boolean {
  return current !== undefined && JSON.stringify(current) === JSON.stringify(next);
}

/**
 * Reads the plan and remembers when it last did so successfully. A plan remembered from the last
 * visit is shown from the start, with when it was read, until the first read brings it up to date. A failed read keeps the figures
 * already on screen (never a blank page) and says why in the one wording of storage failures.
 */
export function usePlanReads(storage: PlanStorage, clock: () => Date, onSettled: () => void): PlanReads {
  const [snapshot, setSnapshot] = useState<PlanSnapshot | undefined>(storage.remembered?.snapshot);
  const [status, setStatus] = useState<PlanData['status']>(storage.remembered ? 'ready' : 'loading');
  const [error, setError] = useState<string | undefined>(undefined);
  const [readAt, setReadAt] = useState<Date | undefined>(storage.remembered?.readAt);
  const [remembered, setRemembered] = useState(storage.remembered !== undefined);
  const started = useRef(0);
  const settled = useRef(0);
  const running = useRef(0);
  const lastStart = useRef(0);

  const run = useCallback(
    async (read: () => Promise<PlanSnapshot>) => {
      // Reads may overlap (a save's refresh during a check); an older answer never replaces a newer one.
      const order = (started.current += 1);
      running.current += 1;
      lastStart.current = Date.now();
      try {
        const next = await read();
        if (order < settled.current) return;
        settled.current = order;
        setSnapshot((current) => (sameSnapshot(current, next) ? current : next));
        setReadAt(clock());
        setStatus('ready');
        setRemembered(false);
        setError(undefined);
      } catch (failure) {
        if (order < settled.current) return;
        settled.current = order;
        setError(describeStorageError(failure));
        setStatus((current) => (current === 'loading' ? 'failed' : current));
      } finally {
        running.current -= 1;
        onSettled();
      }
    },
    [clock, onSettled],
  );

  const reload = useCallback(() => run(() => storage.load()), [run, storage]);
  const refresh = useCallback((options?: RefreshOptions) => run(() => storage.refresh(options)), [run, storage]);
  // A read that fails while running sends its own notice; skipping it here is what stops a loop.
  const checkNow = useCallback(() => {
    if (running.current === 0) void refresh();
  }, [refresh]);
  const check = useCallback(() => {
    if (Date.now() - lastStart.current >= CHECK_GAP_MS) checkNow();
  }, [checkNow]);

  return { snapshot, status, error, readAt, remembered, refresh, reload, check, checkNow };
}
