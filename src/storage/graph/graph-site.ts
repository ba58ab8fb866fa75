import type { Client } from '@microsoft/microsoft-graph-client';
import type { Versioned } from '../ports/versioned';
import { toStorageError } from './graph-errors';
import { readItemPage, readListItem, readSite, type GraphItemPage, type GraphListItem } from './graph-shapes';
import { readText } from './mappers/field-values';
import { relativeToBase } from './odata';

export type { GraphIdentity, GraphItemPage, GraphListItem } from './graph-shapes';

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

/** Where Graph finds the site this locator names; its lists are under the same path. */
export function sitePath(locator: SiteLocator): string {
  if ('groupId' in locator) return `/groups/${encodeURIComponent(locator.groupId)}/sites/root`;
  if ('siteId' in locator) return `/sites/${encodeURIComponent(locator.siteId)}`;
  return '/sites/root';
}

/** Finds the plan's site: in Teams, the team's group site. */
export async function resolveSite(client: Client, baseUrl: string, locator: SiteLocator): Promise<GraphSite> {
  try {
    const site = readSite(await client.api(sitePath(locator)).select('id,displayName,webUrl').get());
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

/** Reads a collection of list items to its end, following `@odata.nextLink`. */
export async function readAllPages(site: GraphSite, firstPage: GraphItemPage): Promise<{ items: GraphListItem[]; deltaLink?: string }> {
  const items = [...(firstPage.value ?? [])];
  let page = firstPage;
  for (let link = page['@odata.nextLink']; link; link = page['@odata.nextLink']) {
    const next = relativeToBase(link, site.baseUrl);
    page = readItemPage(await graphCall(() => site.client.api(next).get()));
    items.push(...(page.value ?? []));
  }
  return { items, deltaLink: page['@odata.deltaLink'] };
}

/** GETs one list item. */
export async function getListItem(site: GraphSite, path: string): Promise<GraphListItem> {
  return readListItem(await graphCall(() => site.client.api(path).get()));
}

/** GETs the first page of list items at `path` (usually filtered to one key). */
export async function getItemPage(site: GraphSite, path: string): Promise<GraphItemPage> {
  return readItemPage(await graphCall(() => site.client.api(path).get()));
}

/** POSTs a new list item with these column values and reads back what SharePoint stored. */
export async function postListItem(site: GraphSite, itemsPath: string, fields: Readonly<Record<string, unknown>>): Promise<GraphListItem> {
  return readListItem(await graphCall(() => site.client.api(itemsPath).post({ fields })));
}

export function listItemsPath(site: GraphSite, listId: string): string {
  return `/sites/${encodeURIComponent(site.siteId)}/lists/${encodeURIComponent(listId)}/items`;
}

function whoChanged(item: GraphListItem): string | undefined {
  return item.lastModifiedBy?.user?.displayName ?? item.createdBy?.user?.displayName;
}

/**
 * A value read from a list item, with what the next save needs: the item's eTag (from the item,
 * or from its fields when Graph answered a PATCH with the fieldValueSet only), id, when SharePoint
 * created it, and who changed it when.
 */
export function versionedItem<T>(item: GraphListItem, value: T): Versioned<T> {
  return {
    value,
    eTag: item.eTag ?? readText(item.fields?.['@odata.etag']),
    itemId: item.id,
    createdAt: item.createdDateTime,
    modifiedAt: item.lastModifiedDateTime,
    modifiedBy: whoChanged(item),
  };
}
