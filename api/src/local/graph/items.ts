import { randomUUID } from 'node:crypto';
import { type DemoPerson, demoDirectory } from '../demo-directory';
import { type IdentitySet, identitySet } from './auth';
import { type ColumnDefinition, isMultiChoice } from './column-definitions';
import { fieldEquals } from './column-indexes';
import { type FieldValues, validateFieldValues } from './column-validation';
import { type GraphDatabase, nextChangeSeq, statement } from './database';
import { checkIfMatch, itemETag } from './etag';
import { GraphError, invalidRequest, itemNotFound } from './graph-errors';
import { type ListContext, listWebUrl, nowIso } from './lists';

export interface ItemRow {
  list_id: string;
  id: number;
  guid: string;
  version: number;
  fields: string;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
  change_seq: number;
}

/** An item with its stored fields parsed once. */
export interface StoredItem {
  row: ItemRow;
  fields: FieldValues;
}

export function storedItem(row: ItemRow): StoredItem {
  return { row, fields: JSON.parse(row.fields) as FieldValues };
}

export function parseItemId(reference: string): number {
  const id = Number(reference);
  if (!/^\d+$/.test(reference) || !Number.isSafeInteger(id) || id < 1) throw itemNotFound('Item not found');
  return id;
}

export function findItem(db: GraphDatabase, listId: string, reference: string): StoredItem {
  const row = statement(db, 'SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, parseItemId(reference)) as ItemRow | undefined;
  if (!row) throw itemNotFound('Item not found');
  return storedItem(row);
}

/**
 * The site-local "User Information List" id of a person: the demo directory's people from 7 on
 * (SharePoint's own accounts take the first ids), 1 for anyone else.
 */
export function userLookupId(userId: string): string {
  const index = demoDirectory.findIndex((person) => person.id === userId);
  return String(index < 0 ? 1 : index + 7);
}

// An item stores who created and last changed it as identitySet JSON; a plan has few people and many
// items, so each distinct text is parsed once, not twice per item on every read of a long list.
const identities = new Map<string, { identity: IdentitySet; lookupId: string }>();

function parsedIdentity(text: string): { identity: IdentitySet; lookupId: string } {
  let known = identities.get(text);
  if (known === undefined) {
    const identity = JSON.parse(text) as IdentitySet;
    known = { identity, lookupId: userLookupId(identity.user.id) };
    identities.set(text, known);
  }
  return known;
}

/** The site-local "User Information List" id SharePoint reports as AuthorLookupId/EditorLookupId. */
function lookupId(identity: string): string {
  return parsedIdentity(identity).lookupId;
}

/** The identitySet stored as `text`: one object shared by every item of that person, only ever serialised. */
function identityOf(text: string): Readonly<IdentitySet> {
  return parsedIdentity(text).identity;
}

/**
 * A page of items shares one `$select`: its names are put in a set once per page, not once per
 * item. Field names keep their case; property names are compared without it, as Graph does.
 */
const selectedFields = new WeakMap<readonly string[], ReadonlySet<string>>();
const selectedProperties = new WeakMap<readonly string[], ReadonlySet<string>>();

function namesOf(select: readonly string[], sets: WeakMap<readonly string[], ReadonlySet<string>>, name = (text: string) => text): ReadonlySet<string> {
  let names = sets.get(select);
  if (names === undefined) {
    names = new Set(select.map(name));
    sets.set(select, names);
  }
  return names;
}

/**
 * The item's fieldValueSet: its columns' values plus the fields SharePoint keeps itself; with
 * `select`, only those (and always its eTag and id). Only the fields asked for are written, in
 * SharePoint's order, so a page of thousands of items builds no more than it sends.
 */
export function fieldValueSet(item: StoredItem, columns: readonly ColumnDefinition[], select?: readonly string[]): Record<string, unknown> {
  const { row, fields } = item;
  const names = select ? namesOf(select, selectedFields) : undefined;
  const wanted = (name: string): boolean => names === undefined || names.has(name);
  const values: Record<string, unknown> = { '@odata.etag': itemETag(row.guid, row.version), id: String(row.id) };
  if (wanted('ContentType')) values.ContentType = 'Item';
  for (const column of columns) {
    const value = fields[column.name];
    if (value === undefined || value === null || !wanted(column.name)) continue;
    if (isMultiChoice(column)) values[`${column.name}@odata.type`] = 'Collection(Edm.String)';
    values[column.name] = value;
  }
  if (wanted('Modified')) values.Modified = row.modified;
  if (wanted('Created')) values.Created = row.created;
  if (wanted('AuthorLookupId')) values.AuthorLookupId = lookupId(row.created_by);
  if (wanted('EditorLookupId')) values.EditorLookupId = lookupId(row.modified_by);
  if (wanted('_UIVersionString')) values['_UIVersionString'] = `${row.version}.0`;
  if (wanted('Attachments')) values.Attachments = false;
  return values;
}

export interface ItemJsonOptions {
  /** Include `fields` (optionally only some of them). */
  fields: boolean;
  fieldsSelect?: string[];
  /** `$select`: only these properties (and always `id` and the `@odata.etag` annotation). */
  select?: readonly string[];
}

/**
 * The listItem resource. With `select`, only the properties asked for are built (a page of
 * thousands of items that asks for `id,eTag,fields` builds no identities or links it would drop).
 */
export function itemJson(context: ListContext, item: StoredItem, options: ItemJsonOptions): Record<string, unknown> {
  const { row } = item;
  const eTag = itemETag(row.guid, row.version);
  const names = options.select ? namesOf(options.select, selectedProperties, (text) => text.toLowerCase()) : undefined;
  // Names given in lower case, as the set holds them.
  const wanted = (name: string): boolean => names === undefined || names.has(name);
  const json: Record<string, unknown> = { '@odata.etag': eTag };
  if (wanted('createddatetime')) json.createdDateTime = row.created;
  if (wanted('etag')) json.eTag = eTag;
  json.id = String(row.id);
  if (wanted('lastmodifieddatetime')) json.lastModifiedDateTime = row.modified;
  if (wanted('weburl')) json.webUrl = `${listWebUrl(context.site, context.list)}/DispForm.aspx?ID=${row.id}`;
  if (wanted('createdby')) json.createdBy = identityOf(row.created_by);
  if (wanted('lastmodifiedby')) json.lastModifiedBy = identityOf(row.modified_by);
  if (wanted('parentreference')) json.parentReference = { id: context.list.id, siteId: context.site.id };
  if (wanted('contenttype')) json.contentType = { id: '0x0100', name: 'Item' };
  if (options.fields && wanted('fields')) json.fields = fieldValueSet(item, context.columns, options.fieldsSelect);
  return json;
}

const DUPLICATE_MESSAGE = (names: string[]): string =>
  `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${names.join(', ')}].`;

/**
 * enforceUniqueValues: no other item may hold the same value (text compared without regard to
 * case). Unique columns are indexed (column-indexes.ts), so the check costs the same at any list size.
 */
function checkUnique(db: GraphDatabase, context: ListContext, itemId: number, fields: FieldValues): void {
  const clashes = context.columns.filter((column) => {
    if (!column.enforceUniqueValues) return false;
    const value = fields[column.name];
    if (value === undefined || value === null || Array.isArray(value)) return false;
    const clash = statement(db, `SELECT 1 FROM items WHERE list_id = ? AND ${fieldEquals(column.name)} AND id <> ? LIMIT 1`).get(
      context.list.id,
      typeof value === 'boolean' ? Number(value) : value,
      itemId,
    );
    return clash !== undefined;
  });
  if (clashes.length > 0) throw new GraphError('nameAlreadyExists', DUPLICATE_MESSAGE(clashes.map((column) => column.name)));
}

function snapshot(db: GraphDatabase, context: ListContext, item: StoredItem): void {
  statement(db, 'INSERT INTO item_versions (list_id, item_id, version, modified, modified_by, fields) VALUES (?, ?, ?, ?, ?, ?)').run(
    context.list.id,
    item.row.id,
    item.row.version,
    item.row.modified,
    item.row.modified_by,
    JSON.stringify(fieldValueSet(item, context.columns)),
  );
}

function withoutNulls(fields: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}

/** POST items: validates, stores version 1, and returns the new item. */
export function createItem(db: GraphDatabase, context: ListContext, body: unknown, person: DemoPerson): StoredItem {
  if (typeof body !== 'object' || body === null || !('fields' in body)) {
    throw invalidRequest('A list item is created with a body of the form { "fields": { … } }.');
  }
  const fields = withoutNulls(validateFieldValues(context.columns, (body as { fields: unknown }).fields, 'create'));
  const now = nowIso();
  const who = JSON.stringify(identitySet(person));
  return db
    .transaction((): StoredItem => {
      const { next_item_id: id } = statement(db, 'SELECT next_item_id FROM lists WHERE id = ?').get(context.list.id) as { next_item_id: number };
      checkUnique(db, context, id, fields);
      statement(db, 'UPDATE lists SET next_item_id = ? WHERE id = ?').run(id + 1, context.list.id);
      const row: ItemRow = {
        list_id: context.list.id,
        id,
        guid: randomUUID(),
        version: 1,
        fields: JSON.stringify(fields),
        created: now,
        modified: now,
        created_by: who,
        modified_by: who,
        change_seq: nextChangeSeq(db),
      };
      statement(
        db,
        `INSERT INTO items (list_id, id, guid, version, fields, created, modified, created_by, modified_by, change_seq)
       VALUES (@list_id, @id, @guid, @version, @fields, @created, @modified, @created_by, @modified_by, @change_seq)`,
      ).run(row);
      const item = { row, fields };
      snapshot(db, context, item);
      return item;
    })
    .immediate();
}

/** PATCH fields: merges a partial fieldValueSet after the If-Match check; other fields stay as they were. */
export function updateItemFields(
  db: GraphDatabase,
  context: ListContext,
  itemReference: string,
  input: unknown,
  ifMatch: string | string[] | undefined,
  person: DemoPerson,
): StoredItem {
  const changes = validateFieldValues(context.columns, input, 'update');
  return db
    .transaction((): StoredItem => {
      const current = findItem(db, context.list.id, itemReference);
      checkIfMatch(ifMatch, itemETag(current.row.guid, current.row.version));
      const fields = withoutNulls({ ...current.fields, ...changes });
      checkUnique(db, context, current.row.id, changes);
      const row: ItemRow = {
        ...current.row,
        version: current.row.version + 1,
        fields: JSON.stringify(fields),
        modified: nowIso(),
        modified_by: JSON.stringify(identitySet(person)),
        change_seq: nextChangeSeq(db),
      };
      statement(
        db,
        'UPDATE items SET version = @version, fields = @fields, modified = @modified, modified_by = @modified_by, change_seq = @change_seq WHERE list_id = @list_id AND id = @id',
      ).run(row);
      const item = { row, fields };
      snapshot(db, context, item);
      return item;
    })
    .immediate();
}

/** DELETE: removes the item and its versions after the If-Match check, leaving a tombstone for delta. */
export function deleteItem(db: GraphDatabase, context: ListContext, itemReference: string, ifMatch: string | string[] | undefined): void {
  db.transaction(() => {
    const current = findItem(db, context.list.id, itemReference);
    checkIfMatch(ifMatch, itemETag(current.row.guid, current.row.version));
    db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(context.list.id, current.row.id);
    db.prepare('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?').run(context.list.id, current.row.id);
    db.prepare('INSERT OR REPLACE INTO deleted_items (list_id, item_id, change_seq, deleted) VALUES (?, ?, ?, ?)').run(
      context.list.id,
      current.row.id,
      nextChangeSeq(db),
      nowIso(),
    );
  }).immediate();
}
