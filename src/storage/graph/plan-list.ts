import { ConflictError } from '../ports/errors';
import type { GraphListItem } from './graph-site';
import { graphList, type GraphList } from './graph-list';
import type { ListKey } from './list-schema';
import { expandFields, itemsPath, type PlanContext } from './plan-context';

/** One of the plan's lists, on the one list repository, keeping what it reads in the plan's cache. */
export function planList(context: PlanContext, key: ListKey): GraphList {
  return graphList({ site: context.site, itemsPath: itemsPath(context, key), expand: expandFields(key), cache: context.caches[key] });
}

/** The ConflictError for a save refused with 412, carrying the item as it is now, read from the server. */
export async function conflictWithLatest<T>(
  context: PlanContext,
  key: ListKey,
  itemId: string,
  current: (item: GraphListItem) => T | undefined,
): Promise<ConflictError<T>> {
  const latest = await planList(context, key).get(itemId);
  return new ConflictError<T>(current(latest), 'Someone else saved a change to this since you opened it.');
}

/**
 * Saves fields only if the item still has `eTag`, and returns the item as saved. On 412 the current
 * item is read and handed to the ConflictError, so the UI can show both versions.
 */
export async function saveItemFields<T>(
  context: PlanContext,
  key: ListKey,
  itemId: string,
  eTag: string,
  fields: Record<string, unknown>,
  current: (item: GraphListItem) => T | undefined,
): Promise<GraphListItem> {
  const list = planList(context, key);
  let saved: Readonly<Record<string, unknown>>;
  try {
    saved = await list.patch(itemId, fields, eTag);
  } catch (error) {
    if (error instanceof ConflictError) throw await conflictWithLatest(context, key, itemId, current);
    throw error;
  }
  // Graph answers with the saved fieldValueSet, whose @odata.etag is the item's new eTag: merged
  // into the item last read, it saves a second request. Without both, the item is read again.
  const newETag = saved['@odata.etag'];
  const before = context.caches[key].find((item) => item.id === itemId);
  if (typeof newETag !== 'string' || !before) return list.get(itemId);
  const after: GraphListItem = {
    ...before,
    eTag: newETag,
    lastModifiedDateTime: typeof saved.Modified === 'string' ? saved.Modified : before.lastModifiedDateTime,
    fields: { ...before.fields, ...saved },
  };
  context.caches[key].upsert(after);
  return after;
}
