import { useCallback, useEffect, useRef, useState } from 'react';

/** Where one operation (a save, a search, a registration) has got to. */
export type OperationStatus<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'failed'; readonly error: unknown; readonly message: string };

/**
 * How a run ended, for the caller that needs to act on it (move on, keep the form). `ignored` marks a
 * run refused because one was already running: nothing was attempted, so there is nothing to report.
 */
export type OperationResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown; readonly ignored: boolean };

export interface Operation<A extends readonly unknown[], T> {
  readonly status: OperationStatus<T>;
  readonly busy: boolean;
  /** Runs the operation; a second call while one is running is ignored (a double click saves once). */
  readonly run: (...args: A) => Promise<OperationResult<T>>;
  /** Back to idle, for example when the person dismisses a message or starts again. */
  readonly reset: () => void;
}

const IGNORED: OperationResult<never> = { ok: false, error: new Error('Already running.'), ignored: true };

/**
 * The one way a page runs an asynchronous operation: its status (idle, busy, done, failed with the
 * failure in words), a run that cannot overlap itself, and no state update after the page has gone.
 * `describe` words a failure: pages pass `describeStorageError` with their subject.
 */
export function useOperation<A extends readonly unknown[], T>(operation: (...args: A) => Promise<T>, describe: (error: unknown) => string): Operation<A, T> {
  const [status, setStatus] = useState<OperationStatus<T>>({ kind: 'idle' });
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (...args: A): Promise<OperationResult<T>> => {
      if (running.current) return IGNORED;
      running.current = true;
      setStatus({ kind: 'busy' });
      try {
        const value = await operation(...args);
        if (mounted.current) setStatus({ kind: 'done', value });
        return { ok: true, value };
      } catch (error) {
        if (mounted.current) setStatus({ kind: 'failed', error, message: describe(error) });
        return { ok: false, error, ignored: false };
      } finally {
        running.current = false;
      }
    },
    [operation, describe],
  );
  const reset = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { status, busy: status.kind === 'busy', run, reset };
}
