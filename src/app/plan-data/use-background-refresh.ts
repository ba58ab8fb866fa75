import { useEffect } from 'react';

/**
 * How often an open tab that is in view checks the plan's site. Without it nothing would notice the
 * site going away (or someone else's change) until the next save: a page only reads the plan when it
 * opens. Each check is one `$batch` of the lists' delta links, which answers with what changed and
 * no more, so five minutes keeps a trust's many open tabs far inside SharePoint's throttling limits.
 */
export const REFRESH_EVERY_MS = 5 * 60 * 1000;

/**
 * Asks for a refresh when the person may be looking again (the tab comes back into view or takes
 * focus), when the browser goes on or off line, and every {@link REFRESH_EVERY_MS} while the tab is
 * in view. A hidden tab is not polled: coming back to it checks at once instead.
 */
export function useBackgroundRefresh(check: () => void): void {
  useEffect(() => {
    const ifInView = (): void => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', ifInView);
    window.addEventListener('focus', ifInView);
    window.addEventListener('online', check);
    window.addEventListener('offline', check);
    const timer = setInterval(ifInView, REFRESH_EVERY_MS);
    return () => {
      document.removeEventListener('visibilitychange', ifInView);
      window.removeEventListener('focus', ifInView);
      window.removeEventListener('online', check);
      window.removeEventListener('offline', check);
      clearInterval(timer);
    };
  }, [check]);
}
