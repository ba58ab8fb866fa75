import type { EdsReview } from '../../domain/eds';
import type { Action, NewProgressUpdate, ProgressUpdate } from '../../domain/plan';
import type { WresInput } from '../../domain/wres';
import type { Versioned } from './versioned';

/** The organisation-wide settings kept in the Settings list, by key. */
export type Settings = Readonly<Record<string, string>>;

/** Everything a page needs to show the plan, read in one go. */
export interface PlanSnapshot {
  settings: Settings;
  wresYears: Versioned<WresInput>[];
  edsReviews: Versioned<EdsReview>[];
  /** Each action carries its progress updates, oldest first. */
  actions: Versioned<Action>[];
  /**
   * Items that could not be read, for example because someone edited the list in SharePoint and
   * left a required value empty. They are listed, never silently dropped.
   */
  problems: string[];
}

export interface RefreshOptions {
  /**
   * Asked for straight after a save through the same storage: where the save read the plan's
   * changes back with it, that read is the refresh and no further request is sent.
   */
  afterSave?: boolean;
}

export interface PlanReader {
  /** The first load: one batched read of every list. */
  load(): Promise<PlanSnapshot>;
  /** Only what changed since the last load or refresh; falls back to a full load when Graph asks. */
  refresh(options?: RefreshOptions): Promise<PlanSnapshot>;
}

/**
 * What a history line says changed: the action's own field key (never a UI label, which the
 * feature chooses), or `created` for the first version, whose `to` is the title.
 */
export type HistoryField = 'created' | Exclude<keyof Action, 'id' | 'progressUpdates'>;

/** One field's value before and after a save, as text (dates as YYYY-MM-DD, lists joined, owners by name). */
export interface FieldChange {
  field: HistoryField;
  from: string;
  to: string;
}

/** One line of an action's history: a change to its fields, or a progress update. */
export type HistoryEntry =
  { kind: 'change'; at: string; by: string; changes: FieldChange[] } | { kind: 'update'; at: string; by: string; update: ProgressUpdate };

export interface BulkOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface ActionStore {
  /** Creates the action under its own id; a retried create finds the first one instead of duplicating it. */
  create(action: Action): Promise<Versioned<Action>>;
  /** Saves every field of the action if nobody changed it since `eTag`; otherwise throws ConflictError with the current version. */
  update(action: Action, eTag: string): Promise<Versioned<Action>>;
  remove(actionId: string, eTag: string): Promise<void>;
  /**
   * Appends a progress update under the writer's key; updates are never edited or removed. A retry
   * with the same key finds the first copy instead of adding a second. Resolves to the update as
   * SharePoint recorded it, with its own author and time.
   */
  postUpdate(actionId: string, update: NewProgressUpdate): Promise<ProgressUpdate>;
  history(actionId: string): Promise<HistoryEntry[]>;
  /** Creates many actions in batches; actions whose id already exists are left as they are. */
  importMany(actions: readonly Action[], options?: BulkOptions): Promise<Versioned<Action>[]>;
}

export interface WresStore {
  /**
   * Saves one organisation's year. A year already stored is replaced only with the eTag it was read
   * with, so an import cannot silently overwrite someone else's figures.
   */
  saveYear(input: WresInput, eTag?: string): Promise<Versioned<WresInput>>;
}

export interface EdsStore {
  /**
   * Saves the review and its grades; a stored review is replaced only with the eTag it was read with.
   * Refuses (InvalidError, nothing sent) a second review of the same framework and year, naming the first.
   */
  saveReview(review: EdsReview, eTag?: string): Promise<Versioned<EdsReview>>;
  /**
   * Deletes a draft review and its grades if nobody saved it since it was read (ConflictError
   * otherwise). An agreed or published review is the record of what the panel signed off, so it
   * is refused (InvalidError) before anything is sent.
   */
  removeReview(review: Versioned<EdsReview>): Promise<void>;
}

export interface SettingsStore {
  saveSetting(key: string, value: string): Promise<void>;
}

export interface Person {
  id: string;
  displayName: string;
  email: string;
  jobTitle?: string;
}

export interface PeopleDirectory {
  me(): Promise<Person>;
  search(text: string): Promise<Person[]>;
}

/** What `ensureSchema` did, so Settings can say so. */
export interface SchemaReport {
  createdLists: string[];
  addedColumns: string[];
  indexedColumns: string[];
  schemaVersion: number;
}

export interface SchemaProvisioner {
  /** Creates missing lists and columns; idempotent and never deletes. Throws ForbiddenError('create-lists') where the user may not. */
  ensureSchema(): Promise<SchemaReport>;
}

export interface PlanSite {
  id: string;
  name: string;
  webUrl?: string;
}

/** Every port the UI uses for one plan site. */
export interface PlanStorage extends PlanReader, SchemaProvisioner {
  /** The SharePoint site that holds the plan. */
  site: PlanSite;
  /**
   * The plan as this person last read it on this device, and when, where it was remembered: shown
   * at once, then brought up to date with `refresh`. Absent on a first visit, when `load` reads it.
   */
  remembered?: { snapshot: PlanSnapshot; readAt: Date };
  actions: ActionStore;
  wres: WresStore;
  eds: EdsStore;
  settings: SettingsStore;
  people: PeopleDirectory;
}
