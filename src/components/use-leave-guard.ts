import { useCallback, useEffect, useRef, useState } from 'react';

/** Whether leaving is on hold, and the person's two answers. */
export interface LeaveGuard {
  /** True while the person is being asked whether to leave. */
  readonly asking: boolean;
  /** Stays on the page, with everything as it was. */
  readonly stay: () => void;
  /** Goes where the person was going, leaving the unsaved changes behind. */
  readonly leave: () => void;
}

/**
 * Holds back leaving the page while `unsaved` is true. Closing or reloading the tab gets the
 * browser's own question (`beforeunload`); moving to another page of the app (a link, Back, the
 * router) is held and the page asks through `asking`. The app's routes live in the hash
 * (src/app/hash-router.tsx), so a move is seen as a `popstate` or `hashchange`: a capturing
 * listener on `window` runs before the router's own, puts the page's address back and stops the
 * router from hearing of the move.
 */
export function useLeaveGuard(unsaved: boolean): LeaveGuard {
  const [pending, setPending] = useState<string | undefined>(undefined);
  const letGo = useRef(false);
  useEffect(() => {
    if (!unsaved) return undefined;
    const here = location.href;
    const hold = (event: Event): void => {
      if (letGo.current || location.href === here) return;
      event.stopImmediatePropagation();
      setPending(location.href);
      history.replaceState(history.state, '', here);
    };
    const ask = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
    };
    addEventListener('popstate', hold, true);
    addEventListener('hashchange', hold, true);
    addEventListener('beforeunload', ask);
    return () => {
      removeEventListener('popstate', hold, true);
      removeEventListener('hashchange', hold, true);
      removeEventListener('beforeunload', ask);
    };
  }, [unsaved]);
  const stay = useCallback(() => setPending(undefined), []);
  const leave = useCallback(() => {
    if (pending === undefined) return;
    letGo.current = true;
    setPending(undefined);
    location.assign(pending);
  }, [pending]);
  return { asking: pending !== undefined, stay, leave };
}
