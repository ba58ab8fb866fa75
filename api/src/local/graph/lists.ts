import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { DemoPerson } from '../demo-directory';
import { type IdentitySet, identitySet } from './auth';
import { type ColumnDefinition, columnFromInput, titleColumn } from './column-definitions';
import { ensureColumnIndex } from './column-indexes';
import type { GraphDatabase } from './database';
import { GraphError, invalidBody, invalidRequest, isoSeconds, itemNotFound } from './graph-errors';
import type { SiteRow } from './sites';

export interface ListRow {
  id: string;
  site_id: string;
  name: string;
  display_name: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
  next_item_id: number;
}

/** A list with what every request on it needs: its site and its columns. */
export interface ListContext {
  site: SiteRow;
  list: ListRow;
  columns: ColumnDefinition[];
}

export function nowIso(): string {
  return isoSeconds(new Date());
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A list by its GUID, or (as Graph allows) by its display name. */
export function findList(db: GraphDatabase, site: SiteRow, reference: string): ListRow {
  const row = GUID.test(reference)
    ? (db.prepare('SELECT * FROM lists WHERE site_id = ? AND id = ? COLLATE NOCASE').get(site.id, reference) as ListRow | undefined)
    : (db
        .prepare('SELECT * FROM lists WHERE site_id = ? AND (display_name = ? COLLATE NOCASE OR name = ? COLLATE NOCASE)')
        .get(site.id, reference, reference) as ListRow | undefined);
  if (!row) throw itemNotFound(`List '${reference}' does not exist at site with URL '${site.web_url}'.`);
  return row;
}

export function listColumns(db: GraphDatabase, listId: string): ColumnDefinition[] {
  const rows = db.prepare('SELECT definition FROM columns WHERE list_id = ? ORDER BY position').all(listId) as { definition: string }[];
  return rows.map((row) => JSON.parse(row.definition) as ColumnDefinition);
}

export function listContext(db: GraphDatabase, site: SiteRow, reference: string): ListContext {
  const list = findList(db, site, reference);
  return { site, list, columns: listColumns(db, list.id) };
}

export function listWebUrl(site: SiteRow, list: ListRow): string {
  return `${site.web_url}/Lists/${list.name}`;
}

export function listJson(site: SiteRow, list: ListRow, columns?: ColumnDefinition[]): Record<string, unknown> {
  return {
    id: list.id,
    name: list.name,
    displayName: list.display_name,
    description: list.description,
    webUrl: listWebUrl(site, list),
    createdDateTime: list.created,
    lastModifiedDateTime: list.modified,
    createdBy: JSON.parse(list.created_by) as IdentitySet,
    lastModifiedBy: JSON.parse(list.modified_by) as IdentitySet,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
    ...(columns ? { columns } : {}),
  };
}

const createListBody = z.object({
  displayName: z.string().trim().min(1).max(255),
  description: z.string().optional(),
  columns: z.array(z.unknown()).optional(),
  list: z.object({ template: z.string().optional(), hidden: z.boolean().optional(), contentTypesEnabled: z.boolean().optional() }).optional(),
});

const DUPLICATE_LIST_MESSAGE =
  'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.';

/** The list's URL name: SharePoint drops characters a URL segment cannot carry. */
function urlName(displayName: string): string {
  return displayName.replace(/[^A-Za-z0-9_-]/g, '') || 'List';
}

export function createList(db: GraphDatabase, site: SiteRow, body: unknown, person: DemoPerson): ListRow {
  const parsed = createListBody.safeParse(body);
  if (!parsed.success) throw invalidBody('Invalid list', parsed.error);
  const input = parsed.data;
  const template = input.list?.template ?? 'genericList';
  if (template !== 'genericList') throw invalidRequest(`The local store only creates lists from the 'genericList' template, not '${template}'.`);
  const columns = [titleColumn(), ...(input.columns ?? []).map(columnFromInput)];
  const seen = new Set<string>();
  for (const column of columns) {
    const key = column.name.toLowerCase();
    if (seen.has(key)) throw new GraphError('nameAlreadyExists', `A field or property with the name '${column.name}' already exists in the list.`);
    seen.add(key);
  }
  const now = nowIso();
  const who = JSON.stringify(identitySet(person));
  const id = randomUUID();
  db.transaction(() => {
    const existing = db.prepare('SELECT 1 FROM lists WHERE site_id = ? AND display_name = ? COLLATE NOCASE').get(site.id, input.displayName);
    if (existing) throw new GraphError('nameAlreadyExists', DUPLICATE_LIST_MESSAGE);
    let name = urlName(input.displayName);
    for (let n = 1; db.prepare('SELECT 1 FROM lists WHERE site_id = ? AND name = ? COLLATE NOCASE').get(site.id, name); n += 1) {
      name = `${urlName(input.displayName)}${n}`;
    }
    db.prepare(
      `INSERT INTO lists (id, site_id, name, display_name, description, template, created, modified, created_by, modified_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, site.id, name, input.displayName, input.description ?? '', template, now, now, who, who);
    const insert = db.prepare('INSERT INTO columns (id, list_id, name, position, definition) VALUES (?, ?, ?, ?, ?)');
    columns.forEach((column, position) => {
      insert.run(column.id, id, column.name, position, JSON.stringify(column));
      ensureColumnIndex(db, column);
    });
  }).immediate();
  return findList(db, site, id);
}

export function addColumn(db: GraphDatabase, context: ListContext, body: unknown, person: DemoPerson): ColumnDefinition {
  const column = columnFromInput(body);
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM columns WHERE list_id = ? AND name = ? COLLATE NOCASE').get(context.list.id, column.name)) {
      throw new GraphError('nameAlreadyExists', `A field or property with the name '${column.name}' already exists in the list.`);
    }
    const { next } = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM columns WHERE list_id = ?').get(context.list.id) as { next: number };
    db.prepare('INSERT INTO columns (id, list_id, name, position, definition) VALUES (?, ?, ?, ?, ?)').run(
      column.id,
      context.list.id,
      column.name,
      next,
      JSON.stringify(column),
    );
    ensureColumnIndex(db, column);
    touchList(db, context.list.id, person);
  }).immediate();
  return column;
}

export function findColumn(context: ListContext, reference: string): ColumnDefinition {
  const column = context.columns.find((candidate) => candidate.id.toLowerCase() === reference.toLowerCase() || candidate.name === reference);
  if (!column) throw itemNotFound(`Column '${reference}' does not exist. It may have been deleted by another user.`);
  return column;
}

export function saveColumn(db: GraphDatabase, context: ListContext, column: ColumnDefinition, person: DemoPerson): void {
  db.transaction(() => {
    db.prepare('UPDATE columns SET definition = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(column), context.list.id, column.id);
    ensureColumnIndex(db, column);
    touchList(db, context.list.id, person);
  }).immediate();
}

function touchList(db: GraphDatabase, listId: string, person: DemoPerson): void {
  db.prepare('UPDATE lists SET modified = ?, modified_by = ? WHERE id = ?').run(nowIso(), JSON.stringify(identitySet(person)), listId);
}
