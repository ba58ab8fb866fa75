import type { Action, ProgressUpdate } from '../../domain/plan';
import type { ActionStore, BulkOptions, HistoryEntry } from '../ports';
import { InvalidError } from '../ports/errors';
import type { Versioned } from '../ports/versioned';
import { importActions } from './action-import';
import { sendInBatches } from './batch';
import { storageErrorFor } from './graph-errors';
import { versionedItem, type GraphListItem } from './graph-site';
import { readItemPage, readVersionPage } from './graph-shapes';
import { diffVersions } from './history';
import { planList, saveItemFields } from './plan-list';
import { actionFromItem, actionToFields, updateFromItem, updateToFields } from './mappers/action-mapper';
import { fieldEquals, withQuery } from './odata';
import { expandFields, itemsPath, type PlanContext } from './plan-context';

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

export function createActionStore(context: PlanContext): ActionStore {
  return {
    async create(action) {
      const { item } = await planList(context, 'actions').createOrFind(actionToFields(action), { column: 'ActionId', value: action.id });
      return toVersioned(item, []);
    },

    async update(action, eTag) {
      const existing = await requireActionItem(context, action.id);
      const updates = cachedUpdates(context, action.id);
      const item = await saveItemFields(context, 'actions', existing.id, eTag, actionToFields(action), (latest) => {
        const parsed = actionFromItem(latest, updates);
        return parsed.ok ? toVersioned(latest, updates) : undefined;
      });
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
      const versionsPath = withQuery(`${itemsPath(context, 'actions')}/${existing.id}/versions`, { expand: 'fields' });
      const updatesPath = withQuery(itemsPath(context, 'actionUpdates'), {
        expand: expandFields('actionUpdates'),
        $filter: fieldEquals('ActionId', actionId),
        $top: 5000,
      });
      const responses = await sendInBatches(context.site.client, [
        { id: 'versions', method: 'GET', url: versionsPath },
        { id: 'updates', method: 'GET', url: updatesPath },
      ]);
      const bodyOf = (id: string): unknown => {
        const response = responses.get(id);
        if (!response || response.status >= 400) throw storageErrorFor(response?.status ?? 500, response?.body, response?.headers);
        return response.body;
      };
      const versions = readVersionPage(bodyOf('versions')).value ?? [];
      const updates = (readItemPage(bodyOf('updates')).value ?? []).flatMap((item) => updateFromItem(item) ?? []);
      // Oldest first, then reversed: SharePoint keeps whole seconds, so a change and the update
      // posted with it often share a timestamp, and the stable sort keeps the change first.
      const chronological: HistoryEntry[] = [
        ...diffVersions(versions),
        ...updates.map((stored): HistoryEntry => ({ kind: 'update', at: stored.update.at, by: stored.update.authorName, update: stored.update })),
      ].toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at));
      return chronological.toReversed();
    },

    importMany: (actions: readonly Action[], options: BulkOptions = {}) => importActions(context, actions, (item) => toVersioned(item, []), options),
  };
}
