import Database from 'better-sqlite3';
import { ensureColumnIndexes } from './column-indexes';

export type GraphDatabase = Database.Database;

/** The version of this store's own tables; each step in `migrations` moves it up by one. */
export const STORE_SCHEMA_VERSION = 1;

const migrations: readonly string[] = [
  // 1: sites, lists, columns, items with versions, delete tombstones for delta, the activity outbox.
  `
  CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    web_url TEXT NOT NULL,
    group_id TEXT UNIQUE,
    is_root INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
  );
  CREATE TABLE lists (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites(id),
    name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    template TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    next_item_id INTEGER NOT NULL DEFAULT 1
  );
  CREATE UNIQUE INDEX lists_site_display_name ON lists(site_id, display_name COLLATE NOCASE);
  CREATE TABLE columns (
    list_id TEXT NOT NULL REFERENCES lists(id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    definition TEXT NOT NULL,
    PRIMARY KEY (list_id, id)
  );
  CREATE UNIQUE INDEX columns_list_name ON columns(list_id, name COLLATE NOCASE);
  CREATE TABLE items (
    list_id TEXT NOT NULL REFERENCES lists(id),
    id INTEGER NOT NULL,
    guid TEXT NOT NULL,
    version INTEGER NOT NULL,
    fields TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    PRIMARY KEY (list_id, id)
  );
  CREATE INDEX items_change ON items(list_id, change_seq);
  CREATE TABLE item_versions (
    list_id TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    modified TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    fields TEXT NOT NULL,
    PRIMARY KEY (list_id, item_id, version)
  );
  CREATE TABLE deleted_items (
    list_id TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    change_seq INTEGER NOT NULL,
    deleted TEXT NOT NULL,
    PRIMARY KEY (list_id, item_id)
  );
  CREATE INDEX deleted_items_change ON deleted_items(list_id, change_seq);
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    activity_type TEXT NOT NULL,
    preview_text TEXT,
    template_parameters TEXT NOT NULL,
    topic TEXT,
    sender TEXT NOT NULL,
    time TEXT NOT NULL
  );
  `,
];

export type SynchronousMode = 'FULL' | 'NORMAL';

export interface OpenGraphDatabaseOptions {
  /**
   * `FULL` (the default) fsyncs the write-ahead log on every commit, so an acknowledged write
   * survives SIGKILL and also an OS crash or power loss. `NORMAL` in WAL mode already survives a
   * killed process (the committed frames are in the OS page cache), but not a power cut.
   */
  synchronous?: SynchronousMode;
}

/** Opens (creating or migrating) the store's database: WAL, foreign keys, the `meta` schema version. */
export function openGraphDatabase(file: string, options: OpenGraphDatabaseOptions = {}): GraphDatabase {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  ensureColumnIndexes(db);
  return db;
}

function migrate(db: GraphDatabase): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const current = Number(getMeta(db, 'schemaVersion') ?? '0');
  if (current > migrations.length) {
    throw new Error(`The local Graph store's database is schema version ${current}; this code knows up to ${migrations.length}.`);
  }
  db.transaction(() => {
    for (let version = current; version < migrations.length; version += 1) {
      db.exec(migrations[version] ?? '');
      setMeta(db, 'schemaVersion', String(version + 1));
    }
    if (getMeta(db, 'changeSeq') === undefined) setMeta(db, 'changeSeq', '0');
    if (getMeta(db, 'deltaEpoch') === undefined) setMeta(db, 'deltaEpoch', '1');
  }).immediate();
}

export function getMeta(db: GraphDatabase, key: string): string | undefined {
  const row = statement(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: GraphDatabase, key: string, value: string): void {
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Takes the next store-wide change number (call inside the write's transaction). */
export function nextChangeSeq(db: GraphDatabase): number {
  const next = Number(getMeta(db, 'changeSeq') ?? '0') + 1;
  setMeta(db, 'changeSeq', String(next));
  return next;
}

export function currentChangeSeq(db: GraphDatabase): number {
  return Number(getMeta(db, 'changeSeq') ?? '0');
}

const statements = new WeakMap<GraphDatabase, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per database: the hot paths (creates, pages, lookups) reuse theirs. */
export function statement(db: GraphDatabase, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
