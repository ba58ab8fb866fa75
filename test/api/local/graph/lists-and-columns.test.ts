import { TITLE_FIELD_ID } from '../../../../api/src/local/graph/column-definitions';
import { type Harness, createActionsList, errorOf, startHarness } from './harness';

interface Column {
  id: string;
  name: string;
  indexed: boolean;
  required: boolean;
  text?: { maxLength: number; allowMultipleLines: boolean };
  choice?: { choices: string[]; displayAs: string };
  dateTime?: { format: string };
}

let h: Harness;
let listId: string;

beforeAll(async () => {
  h = await startHarness();
  listId = await createActionsList(h);
});
afterAll(() => h.close());

test('POST lists is 201 with a GUID id, the genericList template and its required Title column first', async () => {
  const response = await h.call('POST', '/sites/root/lists', {
    body: { displayName: 'Action Updates', columns: [{ name: 'Note', text: { allowMultipleLines: true } }], list: { template: 'genericList' } },
  });
  expect(response.statusCode).toBe(201);
  const list = response.json<{ id: string; displayName: string; list: { template: string }; columns: Column[] }>();
  expect(list.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(list.list.template).toBe('genericList');
  expect(list.columns.map((column) => column.name)).toEqual(['Title', 'Note']);
  expect(list.columns[0]).toMatchObject({ id: TITLE_FIELD_ID, required: true, text: { maxLength: 255, allowMultipleLines: false } });
});

test('a second list with the same display name (any case) is 409 nameAlreadyExists', async () => {
  const response = await h.call('POST', '/sites/root/lists', { body: { displayName: 'actions', list: { template: 'genericList' } } });
  expect(response.statusCode).toBe(409);
  expect(errorOf(response).code).toBe('nameAlreadyExists');
});

test('the same display name on another site is a different list', async () => {
  const response = await h.call('POST', '/sites/second-demo-trust/lists', { body: { displayName: 'Actions' }, as: 'lead@second-trust.example' });
  expect(response.statusCode).toBe(201);
});

test('a list is found by its id or by its display name; an unknown one is 404', async () => {
  const byId = (await h.call('GET', `/sites/root/lists/${listId}`)).json<{ id: string }>();
  const byName = (await h.call('GET', '/sites/root/lists/Actions')).json<{ id: string }>();
  expect(byName.id).toBe(byId.id);
  const missing = await h.call('GET', '/sites/root/lists/Nothing%20Here');
  expect(missing.statusCode).toBe(404);
  expect(errorOf(missing).code).toBe('itemNotFound');
});

test('GET lists supports $filter=displayName eq and $select', async () => {
  const response = await h.call('GET', "/sites/root/lists?$filter=displayName eq 'Actions'&$select=id,displayName");
  const { value } = response.json<{ value: Record<string, unknown>[] }>();
  expect(value).toEqual([{ id: listId, displayName: 'Actions' }]);
});

test('columns keep their facets and defaults: text 255, choice display, dateOnly', async () => {
  const { value } = (await h.call('GET', `/sites/root/lists/${listId}/columns`)).json<{ value: Column[] }>();
  const byName = new Map(value.map((column) => [column.name, column]));
  expect(byName.get('OwnerName')?.text?.maxLength).toBe(20);
  expect(byName.get('Description')?.text?.allowMultipleLines).toBe(true);
  expect(byName.get('Indicators')?.choice?.displayAs).toBe('checkBoxes');
  expect(byName.get('Status')?.choice?.displayAs).toBe('dropDownMenu');
  expect(byName.get('DueDate')?.dateTime?.format).toBe('dateOnly');
  expect(byName.get('ActionId')?.indexed).toBe(true);
});

test('POST columns adds a column (201); a duplicate name is 409; a column without a type is 400', async () => {
  const added = await h.call('POST', `/sites/root/lists/${listId}/columns`, { body: { name: 'Baseline', text: {} } });
  expect(added.statusCode).toBe(201);
  expect(added.json()).toMatchObject({ name: 'Baseline', displayName: 'Baseline', indexed: false, text: { maxLength: 255 } });
  expect((await h.call('POST', `/sites/root/lists/${listId}/columns`, { body: { name: 'baseline', text: {} } })).statusCode).toBe(409);
  const untyped = await h.call('POST', `/sites/root/lists/${listId}/columns`, { body: { name: 'Untyped' } });
  expect(untyped.statusCode).toBe(400);
  expect(errorOf(untyped).message).toContain('Untyped');
});

test('PATCH a column sets indexed, by id or by name', async () => {
  const { value } = (await h.call('GET', `/sites/root/lists/${listId}/columns`)).json<{ value: Column[] }>();
  const owner = value.find((column) => column.name === 'OwnerName');
  const patched = await h.call('PATCH', `/sites/root/lists/${listId}/columns/${owner?.id ?? ''}`, { body: { indexed: true } });
  expect(patched.statusCode).toBe(200);
  expect(patched.json()).toMatchObject({ name: 'OwnerName', indexed: true });
  const after = (await h.call('GET', `/sites/root/lists/${listId}/columns/OwnerName`)).json<Column>();
  expect(after.indexed).toBe(true);
  const title = await h.call('PATCH', `/sites/root/lists/${listId}/columns/Title`, { body: { indexed: true } });
  expect(title.json()).toMatchObject({ name: 'Title', indexed: true });
  await h.call('PATCH', `/sites/root/lists/${listId}/columns/Title`, { body: { indexed: false } });
});

test('a column that enforces unique values is indexed', async () => {
  const response = await h.call('POST', `/sites/root/lists/${listId}/columns`, { body: { name: 'Code', text: {}, enforceUniqueValues: true } });
  expect(response.json()).toMatchObject({ enforceUniqueValues: true, indexed: true });
});

test('$expand=columns (with options) returns the columns, even under $select', async () => {
  const response = await h.call('GET', `/sites/root/lists/Actions?$select=id&$expand=columns($select=name,indexed)`);
  const list = response.json<{ id: string; displayName?: string; columns: Column[] }>();
  expect(list.id).toBe(listId);
  expect(list.displayName).toBeUndefined();
  expect(list.columns.map((column) => column.name)).toContain('ActionId');
  const all = (await h.call('GET', `/sites/root/lists?$expand=columns`)).json<{ value: { columns: Column[] }[] }>();
  expect(all.value.every((entry) => entry.columns.some((column) => column.name === 'Title'))).toBe(true);
});
