import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'wouter';

/** How long a page may take to load (its chunk, then its first render) before focus stops waiting for its heading. */
const WAIT_FOR_HEADING_MS = 15000;

/** `/actions` and `/actions/` (where the list's filters are written) are the same page. */
const pageOf = (path: string): string => path.replace(/\/+$/, '') || '/';

/**
 * The page's level-1 heading as shown. While a lazily loaded page is fetched, React keeps the page
 * before it in place, hidden, beside the spinner: its heading is not the new page's.
 */
function shownHeading(container: HTMLElement): HTMLElement | undefined {
  return [...container.querySelectorAll('h1')].find(isShown);
}

function isShown(element: HTMLElement): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  // Without layout (jsdom), what React hides is marked on the element or an ancestor.
  for (let node: HTMLElement | null = element; node; node = node.parentElement) if (node.hidden || node.style.display === 'none') return false;
  return true;
}

/**
 * Moves focus to the new page's heading on every page change, so a screen reader announces the page
 * and the next Tab starts from its top. Not on first load (focus starts at the top of the document
 * anyway), and not when only the query (a list's filters) changes on the same page. The root address
 * is no page of its own: it redirects to the dashboard as the tab opens.
 */
export function useFocusHeading(container: RefObject<HTMLElement | null>): void {
  const [location] = useLocation();
  const page = pageOf(location);
  const shown = useRef(page);
  useEffect(() => {
    const previous = shown.current;
    shown.current = page;
    const root = container.current;
    if (previous === page || previous === '/' || !root) return undefined;
    const focusHeading = (): boolean => {
      const heading = shownHeading(root);
      if (!heading) return false;
      // Focusable by script only, so it is not an extra Tab stop.
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return undefined;
    // The page is still loading: focus its heading as soon as it is shown.
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = setTimeout(() => stop(), WAIT_FOR_HEADING_MS);
    function stop(): void {
      observer.disconnect();
      clearTimeout(timer);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
    return stop;
  }, [page, container]);
}
