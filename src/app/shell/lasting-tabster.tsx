import { lazy, Suspense, useEffect, useState } from 'react';

const TabsterKeeper = lazy(async () => ({ default: (await import('./tabster-keeper')).TabsterKeeper }));

/** Anything a person does that could open a dialog or a menu starts with one of these. */
const FIRST_USE = ['pointerdown', 'keydown', 'click', 'focusin'] as const;

/**
 * Keeps Fluent's keyboard-focus manager (tabster) from the first time the tab is used until it
 * closes. Fluent creates tabster for the first component that asks and disposes of it when the last
 * one unmounts, and tabster's dispose (8.8) forgets the aria-hidden a modal dialog put on the rest of
 * the page while the update that removes it (250 ms after the dialog closes) is still pending. When a
 * dialog was the page's only tabster user, as "Mark as agreed?" is once its button goes, the whole tab
 * stayed hidden from screen readers after it closed. With one lasting user, closing a dialog always
 * restores the page.
 *
 * The keeper is loaded at the first pointer, key or focus event, not with the first screen: nothing
 * on the dashboard needs tabster (about 18 KB gzipped), and no dialog opens before someone acts.
 */
export function LastingTabster() {
  const [used, setUsed] = useState(false);
  useEffect(() => {
    if (used) return undefined;
    const markUsed = (): void => setUsed(true);
    for (const type of FIRST_USE) document.addEventListener(type, markUsed, { capture: true, once: true });
    return () => {
      for (const type of FIRST_USE) document.removeEventListener(type, markUsed, { capture: true });
    };
  }, [used]);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <TabsterKeeper />
    </Suspense>
  );
}
