import type { ColumnDefinition } from './column-definitions';
import type { GraphDatabase } from './database';

/**
 * SharePoint answers lookups on an indexed column without reading the whole list; the local store
 * does the same with SQLite expression indexes over the stored JSON, one per column name (lists that
 * share a column name share its index, since `list_id` leads the key). The item id ends the key, so
 * an `eq` lookup also walks its matches in id order: a page after a given id is a range scan.
 */

const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The SQL for a column's stored value, written exactly as the index is, so that SQLite's planner
 * recognises it (a bound parameter in place of the path would not match the index). Column names are
 * letters, digits and underscores (column-definitions.ts refuses others); anything else is refused here too.
 */
export function fieldExpression(name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error(`Column name '${name}' cannot be used in an index.`);
  return `json_extract(fields, '$."${name}"')`;
}

/** SQL text for "this column equals ?", compared as the index is: text without regard to (ASCII) case. */
export function fieldEquals(name: string): string {
  return `${fieldExpression(name)} = ? COLLATE NOCASE`;
}

/** SQLite index names ignore case, as column names in different lists may not: the name is hex-encoded. */
function indexName(name: string): string {
  return `items_field_${Buffer.from(name, 'utf8').toString('hex')}`;
}

/** Creates the index for an indexed (or unique) column if it is not there yet. Call inside the write's transaction. */
export function ensureColumnIndex(db: GraphDatabase, column: Pick<ColumnDefinition, 'name' | 'indexed' | 'enforceUniqueValues'>): void {
  if (!column.indexed && !column.enforceUniqueValues) return;
  db.exec(`CREATE INDEX IF NOT EXISTS ${indexName(column.name)} ON items(list_id, ${fieldExpression(column.name)} COLLATE NOCASE, id)`);
}

/** Creates any missing index for every indexed column of every list (databases written before the indexes existed). */
export function ensureColumnIndexes(db: GraphDatabase): void {
  const rows = db.prepare('SELECT definition FROM columns').all() as { definition: string }[];
  db.transaction(() => {
    for (const row of rows) ensureColumnIndex(db, JSON.parse(row.definition) as ColumnDefinition);
  }).immediate();
}
