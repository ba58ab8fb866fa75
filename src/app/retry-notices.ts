/**
 * What the Graph client tells the page about the connection: Graph asked us to wait (throttling)
 * and the request goes again after `delaySeconds`, or a request got no answer at all.
 */
export type ConnectionNotice = { kind: 'throttled'; delaySeconds: number } | { kind: 'unreachable' };

export type RetryListener = (notice: ConnectionNotice) => void;

export interface RetryNotices {
  notify: RetryListener;
  subscribe(listener: RetryListener): () => void;
}

/** Carries "Graph asked us to wait" and "no answer" from the Graph client to whichever page is showing. */
export function createRetryNotices(): RetryNotices {
  const listeners = new Set<RetryListener>();
  return {
    notify: (notice) => listeners.forEach((listener) => listener(notice)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
