import { createGraphClient, openGraphPlanStorage, resolveSite, type OpenedPlanStorage, type SiteLocator } from '../storage/graph';
import type { HostInfo } from '../host/host-info';
import type { Session } from '../host/session';
import type { RetryNotices } from './retry-notices';
import type { RuntimeConfig } from './runtime-config';

/** Which SharePoint site holds the plan: the team's own site in Teams, otherwise the configured one. */
export function siteLocator(config: RuntimeConfig, host: HostInfo): SiteLocator {
  if (config.siteId) return { siteId: config.siteId };
  if (host.kind === 'teams' && host.groupId) return { groupId: host.groupId };
  if (config.mode === 'local') return { root: true };
  throw new Error(
    'This page does not know which SharePoint site holds the plan. Open the tab from its Teams channel, or set siteId in config.json.',
  );
}

/** Connects to Graph (or the local store) as the signed-in person and opens the plan's lists. */
export async function openStorage(
  config: RuntimeConfig,
  host: HostInfo,
  session: Session,
  retries: RetryNotices,
  createMissing: boolean,
): Promise<OpenedPlanStorage> {
  const baseUrl = new URL(config.graphBaseUrl, window.location.href).href.replace(/\/+$/, '');
  const client = createGraphClient({
    baseUrl,
    getAccessToken: () => session.getAccessToken(),
    onRetry: (notice) => retries.notify(notice.delaySeconds),
  });
  const site = await resolveSite(client, baseUrl, siteLocator(config, host));
  return openGraphPlanStorage(site, { createMissing });
}
