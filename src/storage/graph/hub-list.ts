import { StorageError } from '../ports/errors';
import { ensureLists } from './ensure-schema';
import { getItemPage, getListItem, graphCall, listItemsPath, postListItem, readAllPages, type GraphListItem, type GraphSite } from './graph-site';
import type { ListSpec } from './list-schema';
import { fieldEquals, withQuery } from './odata';

/** A column and the value it must equal. */
export interface Where {
  column: string;
  value: string;
}

/**
 * One list on the hub site, read and written the one way every hub store does it: items with the
 * schema's own columns, lookups by an indexed key, and creates that never make a second copy.
 */
export interface HubList {
  /** The first item whose column equals the value, if any. */
  findBy(where: Where): Promise<GraphListItem | undefined>;
  /** Every item, or every item whose column equals the value, read to the last page. */
  all(where?: Where): Promise<GraphListItem[]>;
  get(itemId: string): Promise<GraphListItem>;
  /**
   * Creates the item; if that may have happened anyway (5xx, offline) or its key is taken (409),
   * the item with that key is looked up and returned instead, with `created: false`. A found item
   * that `usable` refuses does not count: the create's own error is thrown.
   */
  createOrFind(fields: Readonly<Record<string, unknown>>, key: Where, usable?: (found: GraphListItem) => boolean): Promise<{ item: GraphListItem; created: boolean }>;
  /** Saves these fields; with an eTag, only if nobody saved the item since (ConflictError otherwise). */
  patch(itemId: string, fields: Readonly<Record<string, unknown>>, eTag?: string): Promise<void>;
}

/** `fields(select=Title,…)` with the list's own columns, so reads and the schema name the same columns. */
export function expandOf(spec: ListSpec<string>): string {
  return `fields(select=${['Title', ...spec.columns.map((column) => column.name)].join(',')})`;
}

/** A create whose outcome is unknown (5xx, offline) or refused as a duplicate (409) may have happened. */
export function perhapsCreated(error: unknown): boolean {
  return error instanceof StorageError && (error.kind === 'failed' || error.kind === 'offline');
}

/** The list already known by its id. */
export function hubList(hub: GraphSite, listId: string, spec: ListSpec<string>): HubList {
  const items = listItemsPath(hub, listId);
  const expand = expandOf(spec);
  const findBy = async ({ column, value }: Where): Promise<GraphListItem | undefined> =>
    (await getItemPage(hub, withQuery(items, { expand, $filter: fieldEquals(column, value), $top: 1 }))).value?.[0];

  return {
    findBy,
    async all(where) {
      const first = await getItemPage(hub, withQuery(items, { expand, $filter: where ? fieldEquals(where.column, where.value) : undefined, $top: 5000 }));
      return (await readAllPages(hub, first)).items;
    },
    get: (itemId) => getListItem(hub, withQuery(`${items}/${encodeURIComponent(itemId)}`, { expand })),
    async createOrFind(fields, key, usable = () => true) {
      try {
        return { item: await postListItem(hub, items, fields), created: true };
      } catch (error) {
        if (!perhapsCreated(error)) throw error;
        const found = await findBy(key);
        if (!found || !usable(found)) throw error;
        return { item: found, created: false };
      }
    },
    async patch(itemId, fields, eTag) {
      const path = `${items}/${encodeURIComponent(itemId)}/fields`;
      await graphCall(() => (eTag === undefined ? hub.client.api(path) : hub.client.api(path).header('If-Match', eTag)).patch(fields));
    },
  };
}

/** Finds (or, unless `createMissing` is false, creates) the list on the hub, then opens it. */
export async function openHubList<K extends string>(hub: GraphSite, spec: ListSpec<K>, createMissing = true): Promise<HubList> {
  const { listIds } = await ensureLists(hub, [spec], undefined, createMissing);
  return hubList(hub, listIds[spec.key], spec);
}
