import { fieldEquals } from './column-indexes';
import { type GraphDatabase, statement } from './database';
import type { ItemQuery, Prefilter } from './item-query';
import { type ItemRow, type StoredItem, storedItem } from './items';

/** One page of a list's items, and where the next page starts if there is one. */
export interface ItemPage {
  items: StoredItem[];
  next?: { afterId: number } | { offset: number };
}

function prefilterSql(prefilter: Prefilter | undefined): { where: string; values: (string | number)[] } {
  if (!prefilter) return { where: '', values: [] };
  if (prefilter.kind === 'id') return { where: ' AND id = ?', values: [prefilter.value] };
  return { where: ` AND ${fieldEquals(prefilter.name)}`, values: [prefilter.value] };
}

/**
 * Reads one page in id order, as SharePoint pages a list: SQL walks the list (or an indexed
 * column's matches) from the last id of the previous page, and stops once the page is full, so
 * only the items looked at are parsed, never the whole list.
 */
function pageInIdOrder(db: GraphDatabase, listId: string, query: ItemQuery, afterId: number, top: number): ItemPage {
  const { where, values } = prefilterSql(query.prefilter);
  const rows = statement(db, `SELECT * FROM items WHERE list_id = ?${where} AND id > ? ORDER BY id`).iterate(
    listId,
    ...values,
    afterId,
  ) as IterableIterator<ItemRow>;
  const items: StoredItem[] = [];
  let more = false;
  for (const row of rows) {
    const item = storedItem(row);
    if (!query.matches(item)) continue;
    if (items.length === top) {
      more = true;
      break;
    }
    items.push(item);
  }
  const last = items[items.length - 1];
  return more && last ? { items, next: { afterId: last.row.id } } : { items };
}

/** An ordered page: every match (narrowed by its index first, when it has one) sorted, then the slice at the offset. */
function pageInOrder(db: GraphDatabase, listId: string, query: ItemQuery, offset: number, top: number): ItemPage {
  const { where, values } = prefilterSql(query.prefilter);
  const rows = statement(db, `SELECT * FROM items WHERE list_id = ?${where} ORDER BY id`).all(listId, ...values) as ItemRow[];
  const matches = rows
    .map(storedItem)
    .filter((item) => query.matches(item))
    .toSorted(query.compare);
  const items = matches.slice(offset, offset + top);
  return offset + top < matches.length ? { items, next: { offset: offset + top } } : { items };
}

/** The page of items a GET of the list's items asks for, after the `$skiptoken` position if any. */
export function readItemPage(
  db: GraphDatabase,
  listId: string,
  query: ItemQuery,
  position: { afterId: number } | { offset: number } | undefined,
  top: number,
): ItemPage {
  if (query.ordered) return pageInOrder(db, listId, query, position && 'offset' in position ? position.offset : 0, top);
  return pageInIdOrder(db, listId, query, position && 'afterId' in position ? position.afterId : 0, top);
}
