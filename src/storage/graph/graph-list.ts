import { StorageError } from '../ports/errors';
import { ensureLists } from './ensure-schema';
import { getItemPage, getListItem, graphCall, listItemsPath, postListItem, readAllPages, type GraphListItem, type GraphSite } from './graph-site';
import { readFieldValues } from './graph-shapes';
import type { ListCache } from './list-cache';
import type { ListSpec } from './list-schema';
import { fieldEquals, withQuery } from './odata';

/** A column and the value it must equal. */
export interface Where {
  column: string;
  /** A text, choice or number column's value; a number column must be given a number. */
  value: string | number;
}

/**
 * One SharePoint list, read and written the one way every store does it, plan lists and hub lists
 * alike: items with the schema's own columns, lookups by an indexed key, creates that never make a
 * second copy, and saves guarded by the item's eTag. A plan list also keeps what it read in its cache.
 */
export interface GraphList {
  /** The first item whose column equals the value, if any: from the cache when it holds it, else the server. */
  findBy(where: Where): Promise<GraphListItem | undefined>;
  /** Every item, or every item whose column equals the value, read to the last page and kept in the list's cache. */
  all(where?: Where): Promise<GraphListItem[]>;
  get(itemId: string): Promise<GraphListItem>;
  /**
   * Creates the item; if that may have happened anyway (5xx, offline) or its key is taken (409, or
   * the 400 a real tenant may send for a unique-value clash), the item with that key is looked up and
   * returned instead, with `created: false`. A found item that `usable` refuses does not count: the
   * create's own error is thrown. A create answered without `fields` is read back.
   */
  createOrFind(
    fields: Readonly<Record<string, unknown>>,
    key: Where,
    usable?: (found: GraphListItem) => boolean,
  ): Promise<{ item: GraphListItem; created: boolean }>;
  /**
   * Saves these fields; with an eTag, only if nobody saved the item since (ConflictError otherwise).
   * Returns the field values Graph sends back, whose `@odata.etag` is the item's new eTag.
   */
  patch(itemId: string, fields: Readonly<Record<string, unknown>>, eTag?: string): Promise<Readonly<Record<string, unknown>>>;
  /** Deletes the item, only if nobody saved it since `eTag`. */
  remove(itemId: string, eTag: string): Promise<void>;
}

/** Where a list is and how its items are read. */
export interface ListLocation {
  site: GraphSite;
  /** `/sites/{site}/lists/{list}/items`. */
  itemsPath: string;
  /** The `expand` that reads the columns the app maps, and no others. */
  expand: string;
  /** What was last read from the list, kept up to date by every read and write; plan lists have one. */
  cache?: ListCache;
}

/** `fields(select=Title,…)` with the list's own columns, so reads and the schema name the same columns. */
function expandOf(spec: ListSpec<string>): string {
  return `fields(select=${['Title', ...spec.columns.map((column) => column.name)].join(',')})`;
}

/**
 * A create whose outcome is unknown (5xx, offline, no answer) may have happened, and one refused
 * because its key is taken means the item is already there: the local store says so with 409, a
 * real tenant may say 400 (as for any invalid value). Either way the key is looked up, and only a
 * found item counts, so a 400 for a genuinely invalid value still fails with its own message.
 */
function perhapsCreated(error: unknown): boolean {
  return error instanceof StorageError && (error.kind === 'failed' || error.kind === 'offline' || error.kind === 'unreachable' || error.kind === 'invalid');
}

/** The list at this location. */
export function graphList({ site, itemsPath, expand, cache }: ListLocation): GraphList {
  const itemPath = (itemId: string): string => `${itemsPath}/${encodeURIComponent(itemId)}`;
  const kept = (item: GraphListItem): GraphListItem => {
    cache?.upsert(item);
    return item;
  };
  const findBy = async ({ column, value }: Where): Promise<GraphListItem | undefined> => {
    const cached = cache?.find((item) => item.fields?.[column] === value);
    if (cached) return cached;
    const found = (await getItemPage(site, withQuery(itemsPath, { expand, $filter: fieldEquals(column, value), $top: 1 }))).value?.[0];
    return found && kept(found);
  };
  const ifMatch = (path: string, eTag: string | undefined) => (eTag === undefined ? site.client.api(path) : site.client.api(path).header('If-Match', eTag));

  return {
    findBy,
    async all(where) {
      const first = await getItemPage(site, withQuery(itemsPath, { expand, $filter: where ? fieldEquals(where.column, where.value) : undefined, $top: 5000 }));
      return (await readAllPages(site, first)).items.map(kept);
    },
    get: async (itemId) => kept(await getListItem(site, withQuery(itemPath(itemId), { expand }))),
    async createOrFind(fields, key, usable = () => true) {
      let posted: GraphListItem;
      try {
        posted = await postListItem(site, itemsPath, fields);
      } catch (error) {
        if (!perhapsCreated(error)) throw error;
        const found = await findBy(key);
        if (!found || !usable(found)) throw error;
        return { item: found, created: false };
      }
      // Graph documents the created item with its fields, but a tenant may answer without them.
      return { item: posted.fields ? kept(posted) : kept(await getListItem(site, withQuery(itemPath(posted.id), { expand }))), created: true };
    },
    patch: async (itemId, fields, eTag) => readFieldValues(await graphCall(() => ifMatch(`${itemPath(itemId)}/fields`, eTag).patch(fields))),
    async remove(itemId, eTag) {
      await graphCall(() => ifMatch(itemPath(itemId), eTag).delete());
      cache?.remove(itemId);
    },
  };
}

/** A hub list already known by its id. Hub lists keep no cache: each store reads what it needs. */
export function hubList(hub: GraphSite, listId: string, spec: ListSpec<string>): GraphList {
  return graphList({ site: hub, itemsPath: listItemsPath(hub, listId), expand: expandOf(spec) });
}

/** Finds (or, unless `createMissing` is false, creates) the list on the hub, then opens it. */
export async function openHubList<K extends string>(hub: GraphSite, spec: ListSpec<K>, createMissing = true): Promise<GraphList> {
  const { listIds } = await ensureLists(hub, [spec], undefined, createMissing);
  return hubList(hub, listIds[spec.key], spec);
}
