import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';

/**
 * Routes live in the URL's hash, because Teams and static hosts serve only `index.html`,
 * and a hash survives Teams reloading the tab's content URL.
 */
export function HashRouter({ children }: { children: ReactNode }) {
  // wouter's documented API takes the location hook itself as a prop; it is called inside Router.
  // oxlint-disable-next-line react/hooks
  return <Router hook={useHashLocation}>{children}</Router>;
}
