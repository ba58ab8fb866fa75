import type { HostInfo } from '../host/host-info';
import type { RuntimeConfig } from './runtime-config';

/**
 * Builds a link that opens the tab at `path` (for example `/actions/<id>`). In Teams, with the app's
 * id known, it is a Teams deep link to this tab whose sub-page is the path, so it opens inside
 * Teams for whoever follows it; anywhere else it is the page's own address.
 */
export function makeLinkTo(config: RuntimeConfig, host: HostInfo, location: Pick<Location, 'origin' | 'pathname' | 'search'>): (path: string) => string {
  const pageUrl = (path: string): string => `${location.origin}${location.pathname}${location.search}#${path}`;
  if (host.kind !== 'teams' || !config.teamsAppId || !host.entityId) return pageUrl;
  const teamsAppId = config.teamsAppId;
  const entityId = host.entityId;
  return (path) => {
    const context = JSON.stringify({ subEntityId: path, ...(host.channelId ? { channelId: host.channelId } : {}) });
    const query = new URLSearchParams({ webUrl: pageUrl(path), label: 'Race equality plan', context });
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${encodeURIComponent(entityId)}?${query.toString()}`;
  };
}

/** A deep link's sub-page becomes the tab's route when it opens, if it is one of ours. */
export function initialRouteFrom(host: HostInfo): string | undefined {
  return host.kind === 'teams' && host.subPageId?.startsWith('/') ? host.subPageId : undefined;
}

/** Query parameters that belong to the whole app (the demo directory, the plan's site), read once as it opens. */
const APP_PARAMETERS: readonly string[] = ['tenant', 'site'];

/** The paths the tab itself is served at; any other path is a page's path typed without its `#`. */
const TAB_PATHS: readonly string[] = ['/', '/index.html'];

/**
 * The address the tab should show as it opens, or undefined when it is right already:
 * - a path typed or bookmarked without its `#` (`/actions/12?indicator=2`, which the server answers
 *   with the tab) becomes that hash route (`/#/actions/12?indicator=2`), before anything relative
 *   to the page (config.json) is fetched;
 * - a page's query left before the `#` by older links (`?indicator=2#/actions`) moves into the hash.
 * - a Teams deep link's page is opened by `initialRouteFrom`, once the host is known.
 * The app's own parameters (`tenant`, `site`) stay in the address's query, where sign-in and storage
 * read them. A hash that is not a route (a sign-in response) is left alone.
 */
export function addressOnBoot(address: Pick<Location, 'pathname' | 'search' | 'hash'>): string | undefined {
  const hash = address.hash.replace(/^#/, '');
  if (hash !== '' && !hash.startsWith('/')) return undefined;
  const typedPath = TAB_PATHS.includes(address.pathname) ? undefined : address.pathname;
  const appQuery = new URLSearchParams();
  const pageQuery = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(address.search)) (APP_PARAMETERS.includes(name) ? appQuery : pageQuery).append(name, value);
  const [hashPath = '', hashQuery = ''] = hash.split('?');
  const hashIsRoute = hashPath !== '' && hashPath !== '/';
  // Without a page in the hash, a query is not a page's (a sign-in response comes back in the query).
  if (typedPath === undefined && (!hashIsRoute || pageQuery.size === 0 || hashQuery !== '')) return undefined;
  const path = hashIsRoute ? hashPath : (typedPath ?? '/');
  const query = hashQuery !== '' ? hashQuery : pageQuery.toString();
  const tabPath = typedPath === undefined ? address.pathname : '/';
  return `${tabPath}${appQuery.size > 0 ? `?${appQuery.toString()}` : ''}#${path}${query === '' ? '' : `?${query}`}`;
}
