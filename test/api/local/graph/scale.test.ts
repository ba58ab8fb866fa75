import { fieldEquals } from '../../../../api/src/local/graph/column-indexes';
import { openGraphDatabase } from '../../../../api/src/local/graph/database';
import { readItemPage } from '../../../../api/src/local/graph/item-pages';
import type { ItemQuery } from '../../../../api/src/local/graph/item-query';
import { createItem } from '../../../../api/src/local/graph/items';
import { type ListContext, listContext } from '../../../../api/src/local/graph/lists';
import { findSite } from '../../../../api/src/local/graph/sites';
import { demoDirectory } from '../../../../api/src/local/demo-directory';
import { type Harness, createActionsList, errorOf, startHarness } from './harness';

/**
 * The store at scale: unique and indexed columns are looked up through SQLite expression indexes,
 * pages are read from SQL after the last id rather than by parsing the whole list, and an `eq` on an
 * indexed column is narrowed through its index. Behaviour is the same as before; these tests pin the cost.
 */

interface Page {
  value: { id: string; fields: Record<string, unknown> }[];
  '@odata.nextLink'?: string;
}

const STATUSES = ['Not started', 'In progress', 'Done', 'Blocked'] as const;
const COUNT = 1200;

let h: Harness;
let listId: string;
let items: string;
let context: ListContext;

const plan = (sql: string, ...values: unknown[]): string =>
  (h.store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as { detail: string }[]).map((row) => row.detail).join('; ');

beforeAll(async () => {
  h = await startHarness();
  listId = await createActionsList(h);
  items = `/sites/root/lists/${listId}/items`;
  context = listContext(h.store.db, findSite(h.store.db, 'root'), listId);
  const lead = demoDirectory[0];
  if (!lead) throw new Error('no demo people');
  // Straight through the store (not HTTP) to keep the test fast; item n has status n mod 4.
  for (let n = 1; n <= COUNT; n += 1) {
    createItem(h.store.db, context, { fields: { Title: `Action ${n}`, ActionId: `s-${n}`, Status: STATUSES[n % 4], PlanYear: 2020 + (n % 3) } }, lead);
  }
});
afterAll(() => h.close());

test('the unique check on create goes through the column index, not a scan of the list', () => {
  const detail = plan(`SELECT 1 FROM items WHERE list_id = ? AND ${fieldEquals('ActionId')} AND id <> ? LIMIT 1`, listId, 's-1', 0);
  expect(detail).toMatch(/SEARCH items USING INDEX items_field_\w+ \(list_id=\? AND <expr>=\?/);
  expect(detail).not.toMatch(/SCAN/);
});

test('an eq lookup on an indexed column walks the index in id order from the page start', () => {
  const detail = plan(`SELECT * FROM items WHERE list_id = ? AND ${fieldEquals('Status')} AND id > ? ORDER BY id`, listId, 'Done', 0);
  expect(detail).toMatch(/SEARCH items USING INDEX items_field_\w+ \(list_id=\? AND <expr>=\? AND id>\?\)/);
  expect(detail).not.toMatch(/TEMP B-TREE/);
});

test('a unique clash is still found without regard to case, at the end of a large list', async () => {
  const response = await h.call('POST', items, { body: { fields: { Title: 'Again', ActionId: `S-${COUNT}` } } });
  expect(response.statusCode).toBe(409);
  expect(errorOf(response).code).toBe('nameAlreadyExists');
});

test('a page parses only the items it needs, however long the list', () => {
  let looked = 0;
  const counting: ItemQuery = {
    matches: () => {
      looked += 1;
      return true;
    },
    compare: () => 0,
    ordered: false,
  };
  const page = readItemPage(h.store.db, listId, counting, { afterId: 600 }, 10);
  expect(page.items.map((item) => item.row.id)).toEqual([601, 602, 603, 604, 605, 606, 607, 608, 609, 610]);
  expect(page.next).toEqual({ afterId: 610 });
  expect(looked).toBe(11);
});

test('an eq filter on an indexed column is narrowed through its index: only its matches are parsed', () => {
  let looked = 0;
  const doneOnly: ItemQuery = {
    prefilter: { kind: 'column', name: 'Status', value: 'done' },
    matches: (item) => {
      looked += 1;
      return item.fields.Status === 'Done';
    },
    compare: () => 0,
    ordered: false,
  };
  const page = readItemPage(h.store.db, listId, doneOnly, undefined, 5);
  expect(page.items.map((item) => item.row.id)).toEqual([2, 6, 10, 14, 18]);
  expect(looked).toBe(6);
});

test.each([
  ["fields/Status eq 'Done'", COUNT / 4],
  ["fields/Status eq 'DONE'", COUNT / 4],
  ["fields/Status eq 'Done' and fields/PlanYear eq 2021", 100],
  ["fields/PlanYear eq 2022 and fields/Status eq 'Blocked'", 100],
  ["fields/Status eq 'Done' or fields/Status eq 'Blocked'", COUNT / 2],
  ["fields/ActionId eq 's-77'", 1],
  ['id eq 77', 1],
  ["fields/Status eq ''", 0],
  ["fields/Status eq 'Nowhere'", 0],
])('%s pages over HTTP to the same %i matches, each once', async (filter, expected) => {
  const seen: string[] = [];
  let link: string | undefined = `/graph/v1.0${items}?expand=fields(select=Status,PlanYear)&$filter=${encodeURIComponent(filter)}&$top=70`;
  while (link) {
    const url = new URL(link, 'http://localhost');
    const response = await h.app.inject({
      method: 'GET',
      url: `${url.pathname}${url.search}`,
      headers: { authorization: 'Bearer local:lead@demo-trust.example', host: 'localhost' },
    });
    expect(response.statusCode).toBe(200);
    const page = response.json<Page>();
    expect(page.value.length).toBeLessThanOrEqual(70);
    seen.push(...page.value.map((item) => item.id));
    link = page['@odata.nextLink'];
  }
  expect(seen).toHaveLength(expected);
  expect(new Set(seen).size).toBe(expected);
  expect(seen.map(Number)).toEqual(seen.map(Number).toSorted((a, b) => a - b));
});

test('a database written before the indexes existed gets them when it is opened', async () => {
  const names = (): string[] =>
    (h.store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'items_field_%' ORDER BY name").all() as { name: string }[]).map(
      (row) => row.name,
    );
  const before = names();
  // ActionId, Status, DueDate and PlanYear are the indexed columns of the test list.
  expect(before).toHaveLength(4);
  for (const name of before) h.store.db.exec(`DROP INDEX ${name}`);
  const reopened = openGraphDatabase(h.store.db.name, { synchronous: 'NORMAL' });
  try {
    expect(names()).toEqual(before);
  } finally {
    reopened.close();
  }
});

test('indexing a column later creates its index', async () => {
  const column = context.columns.find((candidate) => candidate.name === 'OwnerName');
  const response = await h.call('PATCH', `/sites/root/lists/${listId}/columns/${column?.id ?? ''}`, { body: { indexed: true } });
  expect(response.statusCode).toBe(200);
  const detail = plan(`SELECT * FROM items WHERE list_id = ? AND ${fieldEquals('OwnerName')} AND id > ? ORDER BY id`, listId, 'Amara', 0);
  expect(detail).toMatch(/USING INDEX items_field_\w+/);
});
