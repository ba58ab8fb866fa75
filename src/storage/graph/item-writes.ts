import { ConflictError, StorageError } from '../ports/errors';
import { getItemPage, getListItem, graphCall, postListItem, type GraphListItem } from './graph-site';
import { readFieldValues } from './graph-shapes';
import type { ListKey } from './list-schema';
import { fieldEquals, withQuery } from './odata';
import { expandFields, itemsPath, type PlanContext } from './plan-context';

/** Finds the item of `key` whose `column` equals `value`, in the cache or else on the server. */
export async function findItem(context: PlanContext, key: ListKey, column: string, value: string): Promise<GraphListItem | undefined> {
  const cached = context.caches[key].find((item) => item.fields?.[column] === value);
  if (cached) return cached;
  const path = withQuery(itemsPath(context, key), { expand: expandFields(key), $filter: fieldEquals(column, value), $top: 1 });
  const found = (await getItemPage(context.site, path)).value?.[0];
  if (found) context.caches[key].upsert(found);
  return found;
}

export async function getItem(context: PlanContext, key: ListKey, itemId: string): Promise<GraphListItem> {
  const path = withQuery(`${itemsPath(context, key)}/${itemId}`, { expand: expandFields(key) });
  const item = await getListItem(context.site, path);
  context.caches[key].upsert(item);
  return item;
}

/**
 * Creates an item keyed by a client-generated id. If the create fails in a way that leaves its
 * outcome unknown (a timeout, a lost connection, a 5xx), or the key is already taken (409), the
 * item is looked up by that id, so a retried create never makes a second copy.
 */
export async function createKeyedItem(
  context: PlanContext,
  key: ListKey,
  keyColumn: string,
  keyValue: string,
  fields: Record<string, unknown>,
): Promise<GraphListItem> {
  try {
    const item = await postListItem(context.site, itemsPath(context, key), fields);
    context.caches[key].upsert(item);
    return item;
  } catch (error) {
    const outcomeUnknown = error instanceof StorageError && (error.kind === 'offline' || error.kind === 'failed');
    const alreadyThere = error instanceof StorageError && error.kind === 'failed' && 'status' in error && error.status === 409;
    if (!outcomeUnknown && !alreadyThere) throw error;
    const found = await findItem(context, key, keyColumn, keyValue);
    if (found) return found;
    throw error;
  }
}

/**
 * Saves fields only if the item still has `eTag`. On 412 the current item is read and handed to
 * the ConflictError, so the UI can show both versions.
 */
export async function patchItemFields<T>(
  context: PlanContext,
  key: ListKey,
  itemId: string,
  eTag: string,
  fields: Record<string, unknown>,
  current: (item: GraphListItem) => T | undefined,
): Promise<GraphListItem> {
  let saved: Record<string, unknown>;
  try {
    saved = readFieldValues(await graphCall(() => context.site.client.api(`${itemsPath(context, key)}/${itemId}/fields`).header('If-Match', eTag).patch(fields)));
  } catch (error) {
    if (error instanceof ConflictError) {
      const latest = await getItem(context, key, itemId);
      throw new ConflictError<T>(current(latest), 'Someone else saved a change to this since you opened it.');
    }
    throw error;
  }
  // Graph answers with the saved fieldValueSet, whose @odata.etag is the item's new eTag.
  const newETag = saved['@odata.etag'];
  const before = context.caches[key].find((item) => item.id === itemId);
  if (typeof newETag !== 'string' || !before) return getItem(context, key, itemId);
  const after: GraphListItem = {
    ...before,
    eTag: newETag,
    lastModifiedDateTime: typeof saved.Modified === 'string' ? saved.Modified : before.lastModifiedDateTime,
    fields: { ...before.fields, ...saved },
  };
  context.caches[key].upsert(after);
  return after;
}

export async function deleteItem(context: PlanContext, key: ListKey, itemId: string, eTag: string): Promise<void> {
  await graphCall(() => context.site.client.api(`${itemsPath(context, key)}/${itemId}`).header('If-Match', eTag).delete());
  context.caches[key].remove(itemId);
}
