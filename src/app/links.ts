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
