import type { Action, ProgressUpdate } from '../../domain/plan';
import type { ActionStore, BulkOptions, HistoryEntry } from '../ports';
import { ConflictError, InvalidError } from '../ports/errors';
import type { Versioned } from '../ports/versioned';
import { importActions } from './action-import';
import { batchBody, sendInBatches, type BatchRequest } from './batch';
import { storageErrorFor } from './graph-errors';
import { versionedItem, type GraphListItem } from './graph-site';
import { readItemPage, readListItem, readVersionPage } from './graph-shapes';
import { diffVersions } from './history';
import { conflictWithLatest, planList } from './plan-list';
import { actionFromItem, actionToFields, updateFromItem, updateToFields } from './mappers/action-mapper';
import { fieldEquals, withQuery } from './odata';
import { expandFields, itemsPath, type PlanContext } from './plan-context';
import { applyChanges, changesAfter } from './plan-reader';

function toVersioned(item: GraphListItem, updates: readonly ProgressUpdate[]): Versioned<Action> {
  const parsed = actionFromItem(item, updates);
  if (!parsed.ok) throw new InvalidError(`The saved action could not be read back: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return versionedItem(item, parsed.value);
}

function cachedUpdates(context: PlanContext, actionId: string): ProgressUpdate[] {
  return context.caches.actionUpdates
    .all()
    .flatMap((item) => updateFromItem(item) ?? [])
    .filter((stored) => stored.actionId === actionId)
    .map((stored) => stored.update)
    .toSorted((a, b) => a.at.localeCompare(b.at));
}

async function requireActionItem(context: PlanContext, actionId: string): Promise<GraphListItem> {
  const item = await planList(context, 'actions').findBy({ column: 'ActionId', value: actionId });
  if (!item) throw storageErrorFor(404, { error: { message: `There is no action with id ${actionId}.` } });
  return item;
}

/** The reads an action's history is made of: the item's versions and the action's progress updates. */
function historyRequests(context: PlanContext, itemId: string, actionId: string): BatchRequest[] {
  return [
    { id: 'versions', method: 'GET', url: withQuery(`${itemsPath(context, 'actions')}/${encodeURIComponent(itemId)}/versions`, { expand: 'fields' }) },
    {
      id: 'updates',
      method: 'GET',
      url: withQuery(itemsPath(context, 'actionUpdates'), { expand: expandFields('actionUpdates'), $filter: fieldEquals('ActionId', actionId), $top: 5000 }),
    },
  ];
}

/** Who changed what and the progress updates, newest first, from the bodies `historyRequests` read. */
function historyOf(versionsBody: unknown, updatesBody: unknown): HistoryEntry[] {
  const versions = readVersionPage(versionsBody).value ?? [];
  const updates = (readItemPage(updatesBody).value ?? []).flatMap((item) => updateFromItem(item) ?? []);
  // Oldest first, then reversed: SharePoint keeps whole seconds, so a change and the update
  // posted with it often share a timestamp, and the stable sort keeps the change first.
  const chronological: HistoryEntry[] = [
    ...diffVersions(versions),
    ...updates.map((stored): HistoryEntry => ({ kind: 'update', at: stored.update.at, by: stored.update.authorName, update: stored.update })),
  ].toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return chronological.toReversed();
}

export function createActionStore(context: PlanContext): ActionStore {
  return {
    async create(action) {
      const { item } = await planList(context, 'actions').createOrFind(actionToFields(action), { column: 'ActionId', value: action.id });
      return toVersioned(item, []);
    },

    async update(action, eTag) {
      const existing = await requireActionItem(context, action.id);
      const itemPath = `${itemsPath(context, 'actions')}/${encodeURIComponent(existing.id)}`;
      // One round trip: the write, then (only if it succeeded) the item read back, its history, and
      // every list's changes, so the page shown after the save needs nothing more from Graph.
      const responses = await sendInBatches(context.site.client, [
        {
          id: 'write',
          method: 'PATCH',
          url: `${itemPath}/fields`,
          headers: { 'Content-Type': 'application/json', 'If-Match': eTag },
          body: actionToFields(action),
        },
        { id: 'read', method: 'GET', url: withQuery(itemPath, { expand: expandFields('actions') }), dependsOn: ['write'] },
        ...historyRequests(context, existing.id, action.id).map((request) => ({ ...request, dependsOn: ['write'] })),
        ...changesAfter(context, 'write'),
      ]);
      const write = responses.get('write') ?? { id: 'write', status: 500 };
      if (write.status >= 400) {
        const error = storageErrorFor(write.status, write.body, write.headers);
        if (!(error instanceof ConflictError)) throw error;
        throw await conflictWithLatest(context, 'actions', existing.id, (latest) => {
          const parsed = actionFromItem(latest, cachedUpdates(context, action.id));
          return parsed.ok ? versionedItem(latest, parsed.value) : undefined;
        });
      }
      applyChanges(context, responses);
      const read = responses.get('read');
      // The write succeeded; a read-back that did not (throttled, say) is asked for again on its own.
      const item = read?.status === 200 ? readListItem(read.body) : await planList(context, 'actions').get(existing.id);
      context.caches.actions.upsert(item);
      const updates = cachedUpdates(context, action.id);
      const versions = responses.get('versions');
      const updatePage = responses.get('updates');
      context.savedHistory =
        item.eTag && versions?.status === 200 && updatePage?.status === 200
          ? { actionId: action.id, eTag: item.eTag, updateCount: updates.length, entries: historyOf(versions.body, updatePage.body) }
          : undefined;
      return toVersioned(item, updates);
    },

    async remove(actionId, eTag) {
      const existing = await requireActionItem(context, actionId);
      await planList(context, 'actions').remove(existing.id, eTag);
    },

    async postUpdate(actionId, update) {
      const { item } = await planList(context, 'actionUpdates').createOrFind(updateToFields(actionId, update), { column: 'UpdateId', value: update.id });
      const stored = updateFromItem(item);
      if (!stored) throw new InvalidError('The posted update could not be read back.');
      return stored.update;
    },

    async history(actionId) {
      const existing = await requireActionItem(context, actionId);
      const saved = context.savedHistory;
      if (saved && saved.actionId === actionId && saved.eTag === existing.eTag && saved.updateCount === cachedUpdates(context, actionId).length) {
        return [...saved.entries];
      }
      const responses = await sendInBatches(context.site.client, historyRequests(context, existing.id, actionId));
      return historyOf(batchBody(responses.get('versions')), batchBody(responses.get('updates')));
    },

    importMany: (actions: readonly Action[], options: BulkOptions = {}) => importActions(context, actions, (item) => toVersioned(item, []), options),
  };
}
