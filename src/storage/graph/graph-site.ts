import type { Client } from '@microsoft/microsoft-graph-client';
import { toStorageError } from './graph-errors';
import { relativeToBase } from './odata';

/** A Graph collection page. */
export interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

export interface GraphIdentity {
  user?: { id?: string; displayName?: string; email?: string };
}

/** A SharePoint list item as Graph returns it with `expand=fields`. */
export interface GraphListItem {
  id: string;
  eTag?: string;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  createdBy?: GraphIdentity;
  lastModifiedBy?: GraphIdentity;
  fields?: Record<string, unknown>;
  deleted?: { state?: string };
}

/** The client, where it points, and which site holds the plan. */
export interface GraphSite {
  client: Client;
  baseUrl: string;
  siteId: string;
  /** The site's name and address, for telling people where their plan is kept. */
  name?: string;
  webUrl?: string;
}

export type SiteLocator = { groupId: string } | { siteId: string } | { root: true };

function sitePath(locator: SiteLocator): string {
  if ('groupId' in locator) return `/groups/${encodeURIComponent(locator.groupId)}/sites/root`;
  if ('siteId' in locator) return `/sites/${encodeURIComponent(locator.siteId)}`;
  return '/sites/root';
}

/** Finds the plan's site: in Teams, the team's group site. */
export async function resolveSite(client: Client, baseUrl: string, locator: SiteLocator): Promise<GraphSite> {
  try {
    const site = (await client.api(sitePath(locator)).select('id,displayName,webUrl').get()) as { id: string; displayName?: string; webUrl?: string };
    return { client, baseUrl, siteId: site.id, name: site.displayName, webUrl: site.webUrl };
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Runs one Graph call and turns failures into storage errors. */
export async function graphCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Reads a collection to its end, following `@odata.nextLink`. */
export async function readAllPages<T>(site: GraphSite, firstPage: GraphPage<T>): Promise<{ items: T[]; deltaLink?: string }> {
  const items = [...(firstPage.value ?? [])];
  let page = firstPage;
  while (page['@odata.nextLink']) {
    const next = relativeToBase(page['@odata.nextLink'], site.baseUrl);
    page = await graphCall(() => site.client.api(next).get() as Promise<GraphPage<T>>);
    items.push(...(page.value ?? []));
  }
  return { items, deltaLink: page['@odata.deltaLink'] };
}

export function listItemsPath(site: GraphSite, listId: string): string {
  return `/sites/${encodeURIComponent(site.siteId)}/lists/${encodeURIComponent(listId)}/items`;
}

export function whoChanged(item: GraphListItem): string | undefined {
  return item.lastModifiedBy?.user?.displayName ?? item.createdBy?.user?.displayName;
}
