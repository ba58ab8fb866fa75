import type { Client } from '@microsoft/microsoft-graph-client';
import {
  createGraphClient,
  indexedDbMemory,
  openPlanOnSite,
  planMemory,
  type OpenedPlanStorage,
  type PlanMemoryStore,
  type SiteLocator,
} from '../storage/graph';
import type { HostInfo } from '../host/host-info';
import type { Session } from '../host/session';
import type { RetryNotices } from './retry-notices';
import type { RuntimeConfig } from './runtime-config';

const SITE_OVERRIDE_KEY = 'race-equality-plan.site';
const DEFAULT_SITE = 'default';

/**
 * Which SharePoint site holds the plan: a `site` in the tab's address (the override set in Settings
 * or on the channel tab's configuration page), else the configured site, else the team's own site.
 */
export function siteLocator(config: RuntimeConfig, host: HostInfo, search = '', remembered?: Pick<Storage, 'getItem' | 'setItem'>): SiteLocator {
  // Filters rewrite the address as people move around, so the override is remembered for the session.
  const fromAddress = new URLSearchParams(search).get('site')?.trim();
  if (fromAddress) remembered?.setItem(SITE_OVERRIDE_KEY, fromAddress);
  const override = fromAddress || remembered?.getItem(SITE_OVERRIDE_KEY);
  // `site=default` goes back to the team's own (or the configured) site.
  if (override && override !== DEFAULT_SITE) return { siteId: override };
  if (config.siteId) return { siteId: config.siteId };
  if (host.kind === 'teams' && host.groupId) return { groupId: host.groupId };
  if (config.mode === 'local') return { root: true };
  throw new Error('This page does not know which SharePoint site holds the plan. Open the tab from its Teams channel, or set siteId in config.json.');
}

export interface GraphConnection {
  client: Client;
  baseUrl: string;
}

/** One Graph client for the session, as the signed-in person, reporting retries and unanswered requests to the UI. */
export function connectGraph(config: RuntimeConfig, session: Session, retries: RetryNotices): GraphConnection {
  const baseUrl = new URL(config.graphBaseUrl, window.location.href).href.replace(/\/+$/, '');
  const client = createGraphClient({
    baseUrl,
    getAccessToken: () => session.getAccessToken(),
    onRetry: (notice) => retries.notify({ kind: 'throttled', delaySeconds: notice.delaySeconds }),
    onUnreachable: () => retries.notify({ kind: 'unreachable' }),
  });
  return { client, baseUrl };
}

/** This browser's memory of plans, or none where IndexedDB is not offered. */
export function browserMemory(): PlanMemoryStore | undefined {
  return typeof indexedDB === 'undefined' ? undefined : indexedDbMemory(indexedDB);
}

/**
 * Opens the plan's lists on its site: as the signed-in person last read it on this device, at
 * once, where that is remembered; otherwise the site and its lists are read in one request.
 */
export function openStorage(
  connection: GraphConnection,
  config: RuntimeConfig,
  host: HostInfo,
  createMissing: boolean,
  remembered?: { store: PlanMemoryStore; userId: () => string },
): Promise<OpenedPlanStorage> {
  const locator = siteLocator(config, host, window.location.search, window.sessionStorage);
  const memory = remembered ? planMemory(remembered.store, remembered.userId, locator) : undefined;
  return openPlanOnSite(connection.client, connection.baseUrl, locator, { createMissing, ...(memory ? { memory } : {}) });
}
