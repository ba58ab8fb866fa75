import { useCallback, useEffect, useRef, useState } from 'react';
import type { RetryListener } from '../retry-notices';

/** Notices from the Graph client: a throttled request will be sent again after a wait, or a request got no answer. */
export type SubscribeRetries = (listener: RetryListener) => () => void;

/**
 * When Graph, having asked us to wait, will be asked again: set by each throttling notice, and
 * cleared once the wait is over (even if no page asks again) or a read settles.
 */
export function useRetryNotice(subscribeRetries: SubscribeRetries, clock: () => Date): { retryAt: Date | undefined; clear: () => void } {
  const [retryAt, setRetryAt] = useState<Date | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () =>
      subscribeRetries((notice) => {
        if (notice.kind !== 'throttled') return;
        setRetryAt(new Date(clock().getTime() + notice.delaySeconds * 1000));
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setRetryAt(undefined), (notice.delaySeconds + 2) * 1000);
      }),
    [subscribeRetries, clock],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  const clear = useCallback(() => setRetryAt(undefined), []);
  return { retryAt, clear };
}

/**
 * Any request that got no answer (a save, a search, not only the plan's own reads) means the figures
 * on screen may be out of date: `checkNow` reads the plan again, and if that fails too the banner
 * says so at once rather than at the next timed check.
 */
export function useUnreachableNotices(subscribeRetries: SubscribeRetries, checkNow: () => void): void {
  useEffect(
    () =>
      subscribeRetries((notice) => {
        if (notice.kind === 'unreachable') checkNow();
      }),
    [subscribeRetries, checkNow],
  );
}
