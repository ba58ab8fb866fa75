import type { Action } from '../../domain/plan';
import type { BulkOptions } from '../ports';
import { InvalidError } from '../ports/errors';
import type { Versioned } from '../ports/versioned';
import { sendInBatches, type BatchRequest, type BatchResponse } from './batch';
import type { GraphListItem } from './graph-site';
import { readErrorBody, readItemPage, readListItem } from './graph-shapes';
import { fieldEquals, withQuery } from './odata';
import { expandFields, itemsPath, type PlanContext } from './plan-context';
import { actionToFields } from './mappers/action-mapper';

/** What became of one action of an import. */
type Outcome = { kind: 'created'; item: GraphListItem } | { kind: 'already-there' } | { kind: 'failed'; message: string };

const messageOf = (response: BatchResponse | undefined): string => readErrorBody(response?.body)?.error?.message ?? `HTTP ${response?.status ?? 'no response'}`;

/**
 * Creates the actions in `$batch` groups of 20. An action whose id is already stored (a re-run
 * import) is left as it is: the local store answers 409, a real tenant may answer 400, so a 400 is
 * looked up by the action's id and counts as "already there" only if that finds it. A created item
 * answered without `fields` is read back. Both follow-ups go in one more round of batches.
 */
export async function importActions(
  context: PlanContext,
  actions: readonly Action[],
  toVersioned: (item: GraphListItem) => Versioned<Action>,
  options: BulkOptions = {},
): Promise<Versioned<Action>[]> {
  const path = itemsPath(context, 'actions');
  const expand = expandFields('actions');
  const requests: BatchRequest[] = actions.map((action, index) => ({
    id: String(index),
    method: 'POST',
    url: path,
    headers: { 'Content-Type': 'application/json' },
    body: { fields: actionToFields(action) },
  }));
  const responses = await sendInBatches(context.site.client, requests, options);

  const followUps: BatchRequest[] = actions.flatMap((action, index): BatchRequest[] => {
    const response = responses.get(String(index));
    if (response && response.status < 300) {
      const item = readListItem(response.body);
      return item.fields ? [] : [{ id: `read-${index}`, method: 'GET', url: withQuery(`${path}/${encodeURIComponent(item.id)}`, { expand }) }];
    }
    if (response?.status !== 400) return [];
    return [{ id: `find-${index}`, method: 'GET', url: withQuery(path, { expand, $filter: fieldEquals('ActionId', action.id), $top: 1 }) }];
  });
  const followed = followUps.length > 0 ? await sendInBatches(context.site.client, followUps, options.signal ? { signal: options.signal } : {}) : new Map();

  const outcome = (index: number): Outcome => {
    const response = responses.get(String(index));
    if (response && response.status < 300) {
      const item = readListItem(response.body);
      if (item.fields) return { kind: 'created', item };
      const read = followed.get(`read-${index}`);
      if (!read || read.status >= 300) return { kind: 'failed', message: `saved, but it could not be read back: ${messageOf(read)}` };
      return { kind: 'created', item: readListItem(read.body) };
    }
    if (response?.status === 409) return { kind: 'already-there' };
    if (response?.status === 400) {
      const lookup = followed.get(`find-${index}`);
      const found = lookup && lookup.status < 300 ? readItemPage(lookup.body).value?.[0] : undefined;
      if (found) {
        context.caches.actions.upsert(found);
        return { kind: 'already-there' };
      }
    }
    return { kind: 'failed', message: messageOf(response) };
  };

  const created: Versioned<Action>[] = [];
  const failures: string[] = [];
  actions.forEach((action, index) => {
    const result = outcome(index);
    if (result.kind === 'created') {
      context.caches.actions.upsert(result.item);
      created.push(toVersioned(result.item));
    } else if (result.kind === 'failed') {
      failures.push(`"${action.title}" (${action.id}): ${result.message}`);
    }
  });
  if (failures.length > 0) {
    throw new InvalidError(`${failures.length} of ${actions.length} actions were not saved: ${failures.join('; ')}`);
  }
  return created;
}
