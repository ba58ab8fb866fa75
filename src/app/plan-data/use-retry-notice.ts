import { useCallback, useEffect, useRef, useState } from 'react';

/** Notices from the Graph client that a throttled request will be sent again after a wait. */
export type SubscribeRetries = (listener: (delaySeconds: number) => void) => () => void;

/**
 * When Graph, having asked us to wait, will be asked again: set by each notice, and cleared once the
 * wait is over (even if no page asks again) or a read settles.
 */
export function useRetryNotice(subscribeRetries: SubscribeRetries, clock: () => Date): { retryAt: Date | undefined; clear: () => void } {
  const [retryAt, setRetryAt] = useState<Date | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () =>
      subscribeRetries((delaySeconds) => {
        setRetryAt(new Date(clock().getTime() + delaySeconds * 1000));
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setRetryAt(undefined), (delaySeconds + 2) * 1000);
      }),
    [subscribeRetries, clock],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  const clear = useCallback(() => setRetryAt(undefined), []);
  return { retryAt, clear };
}
