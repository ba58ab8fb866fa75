export type RetryListener = (delaySeconds: number) => void;

export interface RetryNotices {
  notify: RetryListener;
  subscribe(listener: RetryListener): () => void;
}

/** Carries "Graph asked us to wait" from the Graph client to whichever page is showing. */
export function createRetryNotices(): RetryNotices {
  const listeners = new Set<RetryListener>();
  return {
    notify: (delaySeconds) => listeners.forEach((listener) => listener(delaySeconds)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
