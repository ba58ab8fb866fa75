import { canDeleteReview, duplicateReview, duplicateReviewMessage, type EdsReview } from '../../src/domain/eds';
import type { Action } from '../../src/domain/plan';
import type { WresInput } from '../../src/domain/wres';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  type FieldChange,
  type HistoryEntry,
  type HistoryField,
  type Person,
  type PlanSnapshot,
  type PlanStorage,
  type Versioned,
} from '../../src/storage/ports';

/** The fields history reports, in the form's order, as the Graph adapter compares its columns. */
const HISTORY_FIELDS: readonly Exclude<HistoryField, 'created'>[] = [
  'title',
  'description',
  'indicators',
  'edsOutcomes',
  'owner',
  'dueDate',
  'status',
  'priority',
  'measureOfSuccess',
  'baseline',
  'target',
  'planYear',
  'completedOn',
];

/** A field as its column holds it: lists joined, the owner by name, dates as YYYY-MM-DD. */
function shown(action: Action, field: Exclude<HistoryField, 'created'>): string {
  const value = action[field];
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' ? value.name : value;
}

/** The first line of an action's history: its creation, with its title. */
function created(action: Action): HistoryEntry {
  return { kind: 'change', at: new Date().toISOString(), by: 'Test', changes: [{ field: 'created', from: '', to: action.title }] };
}

function changedFields(from: Action, to: Action): FieldChange[] {
  return HISTORY_FIELDS.map((field) => ({ field, from: shown(from, field), to: shown(to, field) })).filter((change) => change.from !== change.to);
}

export interface MemoryPlanOptions {
  actions?: Action[];
  /** When SharePoint created each starting action, by action id; actions made later are stamped with the time they are made. */
  createdAt?: Record<string, string>;
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
  // Item ids are never reused, as SharePoint's are not: a count of every item made, not of those left.
  let itemsMade = options.actions?.length ?? 0;
  const nextItemId = (): string => String((itemsMade += 1));
  const stamp = <T>(value: T, itemId: string, createdAt?: string): Versioned<T> => ({
    value,
    eTag: `"e,${(version += 1)}"`,
    itemId,
    createdAt,
    modifiedBy: 'Test',
  });
  const actions = new Map((options.actions ?? []).map((action, index) => [action.id, stamp(action, String(index + 1), options.createdAt?.[action.id])]));
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
        const stored = stamp(action, nextItemId(), new Date().toISOString());
        actions.set(action.id, stored);
        history.set(action.id, [created(action)]);
        return stored;
      },
      async update(action, eTag) {
        write();
        const current = actions.get(action.id);
        if (!current) throw new NotFoundError(`There is no action with id ${action.id}.`);
        if (current.eTag !== eTag) throw new ConflictError(current);
        const stored = stamp({ ...action, progressUpdates: current.value.progressUpdates }, current.itemId, current.createdAt);
        actions.set(action.id, stored);
        // Like SharePoint's versions: a save that changes nothing adds no line.
        const changes = changedFields(current.value, stored.value);
        if (changes.length > 0)
          history.set(action.id, [...(history.get(action.id) ?? []), { kind: 'change', at: new Date().toISOString(), by: 'Test', changes }]);
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
      async history(actionId) {
        if (!actions.has(actionId)) throw new NotFoundError(`There is no action with id ${actionId}.`);
        return (history.get(actionId) ?? []).toReversed();
      },
      async importMany(list) {
        write();
        const made: Versioned<Action>[] = [];
        for (const action of list) {
          if (actions.has(action.id)) continue;
          const stored = stamp(action, nextItemId(), new Date().toISOString());
          actions.set(action.id, stored);
          history.set(action.id, [created(action)]);
          made.push(stored);
        }
        return made;
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
        const duplicate = duplicateReview(
          eds.map((stored) => stored.value),
          review.framework,
          review.year,
          review.id,
        );
        if (duplicate) throw new InvalidError(duplicateReviewMessage(duplicate), { year: duplicateReviewMessage(duplicate) });
        const index = eds.findIndex((stored) => stored.value.id === review.id);
        const current = eds[index];
        if (current && current.eTag !== eTag) throw new ConflictError(current);
        const stored = stamp(review, current?.itemId ?? `r${eds.length}`);
        if (index >= 0) eds[index] = stored;
        else eds.push(stored);
        return stored;
      },
      async removeReview(review) {
        // As the Graph adapter: refused before anything is sent, so even a viewer hears why.
        if (!canDeleteReview(review.value)) throw new InvalidError(`Only a draft review can be deleted; this one is ${review.value.status.toLowerCase()}.`);
        write();
        const index = eds.findIndex((stored) => stored.value.id === review.value.id);
        const current = eds[index];
        if (current && current.eTag !== review.eTag) throw new ConflictError(current);
        if (index >= 0) eds.splice(index, 1);
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
