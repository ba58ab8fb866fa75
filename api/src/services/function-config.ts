import type { SiteLocator } from '../../../src/storage/graph';
import { type Refusal, entraVerifierFromSettings } from './entra-caller-verifier';
import type { GraphAccess, TokenProvider } from './graph-access';
import type { HubServiceOptions } from './hub-access';
import { graphSiteTenancy, type SiteTenancy } from './site-tenancy';

/** What the Functions need, read from the Function App's settings. */
export interface FunctionServices {
  graph: GraphAccess;
  hub: SiteLocator;
  teamsAppId?: string;
  tabUrl?: string;
}

const GRAPH = 'https://graph.microsoft.com/v1.0';

/**
 * The Function App's managed identity (App Service's `IDENTITY_ENDPOINT` and `IDENTITY_HEADER`),
 * holding Graph application permissions granted to it by an administrator.
 */
export function managedIdentityTokens(env: NodeJS.ProcessEnv, fetchFn: typeof fetch = fetch): TokenProvider {
  let cached: { token: string; expiresAt: number } | undefined;
  return {
    async getToken() {
      if (cached && cached.expiresAt - 300_000 > Date.now()) return cached.token;
      const endpoint = env.IDENTITY_ENDPOINT;
      const header = env.IDENTITY_HEADER;
      if (!endpoint || !header)
        throw new Error("No managed identity: IDENTITY_ENDPOINT and IDENTITY_HEADER are not set. Turn on the Function App's system-assigned identity.");
      const url = `${endpoint}?resource=${encodeURIComponent('https://graph.microsoft.com')}&api-version=2019-08-01${env.MANAGED_IDENTITY_CLIENT_ID ? `&client_id=${encodeURIComponent(env.MANAGED_IDENTITY_CLIENT_ID)}` : ''}`;
      const response = await fetchFn(url, { headers: { 'X-IDENTITY-HEADER': header } });
      if (!response.ok) throw new Error(`The managed identity endpoint answered HTTP ${response.status}.`);
      const body = (await response.json()) as { access_token?: string; expires_on?: string | number };
      if (!body.access_token) throw new Error('The managed identity endpoint returned no access token.');
      cached = { token: body.access_token, expiresAt: Number(body.expires_on ?? 0) * 1000 };
      return body.access_token;
    },
  };
}

/**
 * Graph with the Function App's managed identity. This file is the Azure wiring only: the local
 * demo's sign-in and store are wired by api/src/local, which the Function App's bundle never loads.
 */
export function functionServices(env: NodeJS.ProcessEnv = process.env): FunctionServices {
  const hubSiteId = env.HUB_SITE_ID;
  if (!hubSiteId) throw new Error('HUB_SITE_ID is not set: the Good Practice Hub site id (host,siteCollectionGuid,webGuid).');
  return {
    graph: { baseUrl: env.GRAPH_URL ?? GRAPH, tokens: managedIdentityTokens(env), maxRetries: 3 },
    hub: { siteId: hubSiteId },
    ...(env.TEAMS_APP_ID ? { teamsAppId: env.TEAMS_APP_ID } : {}),
    ...(env.TAB_URL ? { tabUrl: env.TAB_URL } : {}),
  };
}

/** What a hub function's service is given: Graph, the hub, who is calling and who owns a site. */
export type HubWiring = (refused: Refusal) => HubServiceOptions & { sites: SiteTenancy };

/**
 * The Function App's wiring, read from its settings when a request arrives: the user's Entra
 * token, checked against the app registration in `API_CLIENT_ID` (see entraVerifierFromSettings),
 * and a site's owner from Graph's `sharepointIds.tenantId`. Throws, naming the setting, when one
 * is missing: publishing is then refused as not set up, never opened to anyone.
 */
export const azureHubWiring: HubWiring = (refused) => {
  const services = functionServices(process.env);
  return { graph: services.graph, hub: services.hub, verifier: entraVerifierFromSettings(process.env, refused), sites: graphSiteTenancy(services.graph) };
};
