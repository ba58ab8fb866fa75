import { useCallback, useSyncExternalStore } from 'react';

/** A Teams side panel or a phone (320–480 px): where the header goes icon-only and pages tighten their padding. */
export const NARROW_MEDIA = '(max-width: 480px)';

/** Whether a CSS media query matches now, following it as the window changes (false where there is no window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
