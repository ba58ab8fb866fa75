import type { EdsReview } from '../../src/domain/eds';
import type { Action } from '../../src/domain/plan';
import type { WresInput } from '../../src/domain/wres';
import { ConflictError, ForbiddenError, NotFoundError, type HistoryEntry, type Person, type PlanSnapshot, type PlanStorage, type Versioned } from '../../src/storage/ports';

export interface MemoryPlanOptions {
  actions?: Action[];
  wresYears?: WresInput[];
  edsReviews?: EdsReview[];
  settings?: Record<string, string>;
  people?: Person[];
  /** Refuse every write, as SharePoint does for someone with read access only. */
  readOnly?: boolean;
  /** Who SharePoint would record as the author of what is posted. */
  signedIn?: { id: string; name: string };
}

/**
 * An in-memory stand-in for the plan's storage, for component tests that run in jsdom, where the
 * local store cannot be reached. It keeps the ports' promises (eTags, conflicts, read-only refusal);
 * the Graph adapter itself is tested against the real local store over HTTP.
 */
export function memoryPlanStorage(options: MemoryPlanOptions = {}): PlanStorage & { snapshotNow(): PlanSnapshot } {
  let version = 0;
  const stamp = <T>(value: T, itemId: string): Versioned<T> => ({ value, eTag: `"e,${(version += 1)}"`, itemId, modifiedBy: 'Test' });
  const actions = new Map((options.actions ?? []).map((action, index) => [action.id, stamp(action, String(index + 1))]));
  const wres = (options.wresYears ?? []).map((year, index) => stamp(year, `w${index}`));
  const eds = (options.edsReviews ?? []).map((review, index) => stamp(review, `r${index}`));
  const settings = { ...options.settings };
  const history = new Map<string, HistoryEntry[]>();
  const write = (): void => {
    if (options.readOnly) throw new ForbiddenError('You have read-only access to this plan.');
  };
  const snapshotNow = (): PlanSnapshot => ({
    settings: { ...settings },
    wresYears: [...wres],
    edsReviews: [...eds],
    actions: [...actions.values()].toSorted((a, b) => a.value.dueDate.localeCompare(b.value.dueDate)),
    problems: [],
  });

  return {
    site: { id: 'memory-site', name: 'Test site', webUrl: 'https://demo-trust.sharepoint.example/sites/race-equality' },
    snapshotNow,
    load: async () => snapshotNow(),
    refresh: async () => snapshotNow(),
    ensureSchema: async () => ({ createdLists: [], addedColumns: [], indexedColumns: [], schemaVersion: 1 }),
    actions: {
      async create(action) {
        write();
        const existing = actions.get(action.id);
        if (existing) return existing;
        const stored = stamp(action, String(actions.size + 1));
        actions.set(action.id, stored);
        history.set(action.id, [{ kind: 'change', at: new Date().toISOString(), by: 'Test', changes: [{ field: 'Created', from: '', to: action.title }] }]);
        return stored;
      },
      async update(action, eTag) {
        write();
        const current = actions.get(action.id);
        if (!current) throw new NotFoundError(`There is no action with id ${action.id}.`);
        if (current.eTag !== eTag) throw new ConflictError(current);
        const stored = stamp({ ...action, progressUpdates: current.value.progressUpdates }, current.itemId);
        actions.set(action.id, stored);
        return stored;
      },
      async remove(actionId, eTag) {
        write();
        const current = actions.get(actionId);
        if (current && current.eTag !== eTag) throw new ConflictError(current);
        actions.delete(actionId);
      },
      async postUpdate(actionId, update) {
        write();
        const current = actions.get(actionId);
        if (!current) throw new NotFoundError(`There is no action with id ${actionId}.`);
        // Like SharePoint: the store stamps who and when, and a key already posted finds the first copy.
        const first = current.value.progressUpdates.find((stored) => stored.id === update.id);
        if (first) return first;
        const author = options.signedIn ?? { id: 'test-user', name: 'Test' };
        const stored = { ...update, at: new Date().toISOString(), authorId: author.id, authorName: author.name };
        actions.set(actionId, { ...current, value: { ...current.value, progressUpdates: [...current.value.progressUpdates, stored] } });
        history.set(actionId, [...(history.get(actionId) ?? []), { kind: 'update', at: stored.at, by: stored.authorName, update: stored }]);
        return stored;
      },
      history: async (actionId) => (history.get(actionId) ?? []).toReversed(),
      async importMany(list) {
        write();
        const created: Versioned<Action>[] = [];
        for (const action of list) {
          if (actions.has(action.id)) continue;
          const stored = stamp(action, String(actions.size + 1));
          actions.set(action.id, stored);
          created.push(stored);
        }
        return created;
      },
    },
    wres: {
      async saveYear(input, eTag) {
        write();
        const index = wres.findIndex((year) => year.value.organisation.odsCode === input.organisation.odsCode && year.value.year === input.year);
        const current = wres[index];
        if (current && current.eTag !== eTag) throw new ConflictError(current);
        const stored = stamp(input, current?.itemId ?? `w${wres.length}`);
        if (index >= 0) wres[index] = stored;
        else wres.push(stored);
        return stored;
      },
    },
    eds: {
      async saveReview(review, eTag) {
        write();
        const index = eds.findIndex((stored) => stored.value.id === review.id);
        const current = eds[index];
        if (current && current.eTag !== eTag) throw new ConflictError(current);
        const stored = stamp(review, current?.itemId ?? `r${eds.length}`);
        if (index >= 0) eds[index] = stored;
        else eds.push(stored);
        return stored;
      },
    },
    settings: {
      async saveSetting(key, value) {
        write();
        settings[key] = value;
      },
    },
    people: {
      me: async () => options.people?.[0] ?? { id: 'u1', displayName: 'Test User', email: 'test@demo.example' },
      search: async (text) => (options.people ?? []).filter((person) => person.displayName.toLowerCase().includes(text.toLowerCase())),
    },
  };
}
