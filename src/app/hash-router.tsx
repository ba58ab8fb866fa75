import { useSyncExternalStore, type ReactNode } from 'react';
import { Router, type BaseLocationHook } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';

function subscribe(onChange: () => void): () => void {
  addEventListener('hashchange', onChange);
  addEventListener('popstate', onChange);
  return () => {
    removeEventListener('hashchange', onChange);
    removeEventListener('popstate', onChange);
  };
}

/**
 * Filters can sit in the page's query (`?indicator=2#/actions`, where wouter puts them) or inside
 * the hash (`#/actions?indicator=2`, as people write links by hand). Both are read here.
 */
function currentSearch(): string {
  const inHash = location.hash.indexOf('?');
  return inHash >= 0 ? location.hash.slice(inHash + 1) : location.search.replace(/^\?/, '');
}

function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

/** The hash's path without any query written inside it, so `#/actions?indicator=2` opens Actions. */
const useHashPath: BaseLocationHook = () => {
  const [location, navigate] = useHashLocation();
  return [location.split('?')[0] ?? location, navigate];
};

/**
 * Routes live in the URL's hash, because Teams and static hosts serve only `index.html`,
 * and a hash survives Teams reloading the tab's content URL.
 */
export function HashRouter({ children }: { children: ReactNode }) {
  // wouter's documented API takes the location hooks themselves as props; they are called inside Router.
  // oxlint-disable-next-line react/hooks
  const locationHooks = { hook: useHashPath, searchHook: useHashSearch };
  return <Router {...locationHooks}>{children}</Router>;
}
