import { useSyncExternalStore, type ReactNode } from 'react';
import { Router, type BaseLocationHook } from 'wouter';

function subscribe(onChange: () => void): () => void {
  addEventListener('hashchange', onChange);
  addEventListener('popstate', onChange);
  return () => {
    removeEventListener('hashchange', onChange);
    removeEventListener('popstate', onChange);
  };
}

/** The route the hash holds, path and query: `#/actions?indicator=2` is `/actions?indicator=2`. */
function hashRoute(): string {
  return `/${location.hash.replace(/^#?\/?/, '')}`;
}

function currentPath(): string {
  return hashRoute().split('?')[0] ?? '/';
}

/** A page's query (a list's filters) is kept inside the hash with its path, so a link carries both. */
function currentSearch(): string {
  const route = hashRoute();
  const query = route.indexOf('?');
  return query >= 0 ? route.slice(query + 1) : '';
}

/**
 * Goes to `to` (a path with an optional query) by changing only the hash: the address's own query
 * (`?tenant=`, `?site=`) is the app's, not a page's, and stays. Going to the address already shown
 * replaces it rather than adding a second history entry for the same page, so Back always steps
 * back one page.
 */
function navigateHash(to: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const oldURL = location.href;
  const [path = '', query = ''] = to.replace(/^#?\/?/, '').split('?');
  const url = new URL(oldURL);
  url.hash = query === '' ? `/${path}` : `/${path}?${query}`;
  const replace = options.replace === true || url.href === oldURL;
  history[replace ? 'replaceState' : 'pushState'](options.state ?? null, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

const useHashPath: BaseLocationHook = () => [useSyncExternalStore(subscribe, currentPath, () => '/'), navigateHash];

function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

/** Every link's `href` carries the `#`, so opening it in a new tab, bookmarking or copying it gives the same page. */
const hashHref = (href: string): string => `#${href}`;

/**
 * Routes live in the URL's hash, because Teams and static hosts serve only `index.html` (an address
 * such as `/actions/12` would otherwise ask the host for a file it does not have), and a hash
 * survives Teams reloading the tab's content URL.
 */
export function HashRouter({ children }: { children: ReactNode }) {
  // wouter's documented API takes the location hooks themselves as props; they are called inside Router.
  // oxlint-disable-next-line react/hooks
  const locationHooks = { hook: useHashPath, searchHook: useHashSearch, hrefs: hashHref };
  return <Router {...locationHooks}>{children}</Router>;
}
