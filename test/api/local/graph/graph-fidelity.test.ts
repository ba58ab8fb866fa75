import { declaredProperties, undeclared } from '../../../support/graph-schema';
import { type Harness, createActionsList, startHarness } from './harness';

/**
 * The local store against Graph's own documented shapes (test/fixtures/graph/graph-v1.0-sharepoint.json,
 * generated from Microsoft's published metadata) and documented behaviour, on the points where a
 * real tenant would otherwise surprise the app.
 */

interface BatchResponse {
  id: string;
  status: number;
  body?: Record<string, unknown>;
}

let h: Harness;
let listId: string;
let items: string;

beforeAll(async () => {
  h = await startHarness();
  listId = await createActionsList(h);
  items = `/sites/root/lists/${listId}/items`;
  for (const n of [1, 2]) {
    const response = await h.call('POST', items, { body: { fields: { Title: `Action ${n}`, ActionId: `f-${n}`, Status: 'Done' } } });
    if (response.statusCode !== 201) throw new Error(response.payload);
  }
  const patched = await h.call('PATCH', `${items}/1/fields`, { body: { Status: 'Blocked' } });
  if (patched.statusCode !== 200) throw new Error(patched.payload);
});
afterAll(() => h.close());

describe('$batch', () => {
  test('request ids are matched without regard to case, in dependsOn too, and each response keeps its own id', async () => {
    const response = await h.call('POST', '/$batch', {
      body: {
        requests: [
          {
            id: 'Create',
            method: 'POST',
            url: items,
            headers: { 'Content-Type': 'application/json' },
            body: { fields: { Title: 'Batched', ActionId: 'f-3' } },
          },
          { id: 'read', method: 'GET', url: `${items}?$filter=fields/ActionId eq 'f-3'`, dependsOn: ['CREATE'] },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const byId = new Map(response.json<{ responses: BatchResponse[] }>().responses.map((sub) => [sub.id, sub]));
    expect(byId.get('Create')?.status).toBe(201);
    expect(byId.get('read')?.status).toBe(200);
    expect((byId.get('read')?.body?.value as unknown[] | undefined)?.length).toBe(1);
  });

  test('two ids that differ only in case are the same id: the batch is 400', async () => {
    const response = await h.call('POST', '/$batch', {
      body: {
        requests: [
          { id: 'a', method: 'GET', url: '/me' },
          { id: 'A', method: 'GET', url: '/me' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
  });
});

test('$select with expand=fields keeps the expanded fields, on a page and on one item', async () => {
  const page = await h.call('GET', `${items}?$select=id,eTag&expand=fields(select=ActionId)`);
  const value = page.json<{ value: Record<string, unknown>[] }>().value;
  expect(value.length).toBeGreaterThan(0);
  for (const item of value) {
    expect(
      Object.keys(item)
        .filter((key) => !key.startsWith('@'))
        .toSorted(),
    ).toEqual(['eTag', 'fields', 'id']);
    expect(item.fields).toMatchObject({ ActionId: expect.stringMatching(/^f-/) });
  }
  const one = await h.call('GET', `${items}/1?$select=id&expand=fields(select=Status)`);
  expect(one.json()).toMatchObject({ id: '1', fields: { Status: 'Blocked' } });
});

test('a list item version carries `publication` (publicationFacet), as Graph\u2019s schema names it, and only declared properties', async () => {
  const versions = (await h.call('GET', `${items}/1/versions`)).json<{ value: Record<string, unknown>[] }>().value;
  expect(versions.map((version) => version.id)).toEqual(['2.0', '1.0']);
  for (const version of versions) {
    expect(undeclared(version, 'microsoft.graph.listItemVersion')).toEqual([]);
    expect(version).not.toHaveProperty('published');
    expect(version.publication).toEqual({ level: 'published', versionId: version.id });
    expect(undeclared(version.publication as Record<string, unknown>, 'microsoft.graph.publicationFacet')).toEqual([]);
  }
  const one = (await h.call('GET', `${items}/1/versions/1.0`)).json<Record<string, unknown>>();
  expect(one.publication).toEqual({ level: 'published', versionId: '1.0' });
});

test('list items, lists and sites carry only the properties Graph declares for them', async () => {
  const item = (await h.call('GET', `${items}/1?expand=fields`)).json<Record<string, unknown>>();
  expect(undeclared(item, 'microsoft.graph.listItem')).toEqual([]);
  const list = (await h.call('GET', `/sites/root/lists/${listId}?expand=columns`)).json<Record<string, unknown>>();
  expect(undeclared(list, 'microsoft.graph.list')).toEqual([]);
  const site = (await h.call('GET', '/sites/root')).json<Record<string, unknown>>();
  expect(undeclared(site, 'microsoft.graph.site')).toEqual([]);
});

test('an error body has the documented shape: code, message and innerError with date and request ids', async () => {
  const error = (await h.call('GET', `${items}/999`)).json<{ error: Record<string, unknown> }>().error;
  expect(undeclared(error, 'ODataErrors.MainError')).toEqual([]);
  expect(undeclared(error.innerError as Record<string, unknown>, 'ODataErrors.InnerError')).toEqual([]);
  expect(error).toMatchObject({ code: 'itemNotFound', message: expect.any(String) });
});

describe('@odata.context', () => {
  const root = 'http://localhost/graph/v1.0/$metadata#';
  test.each([
    ['a collection of items', () => items, () => `sites('root')/lists('${listId}')/items`],
    ['one item', () => `${items}/1`, () => `sites('root')/lists('${listId}')/items/$entity`],
    ['the lists of a site', () => '/sites/root/lists', () => "sites('root')/lists"],
    ['one list', () => `/sites/root/lists/${listId}`, () => `sites('root')/lists/$entity`],
    ['a site', () => '/sites/root', () => 'sites/$entity'],
    ['the signed-in user', () => '/me', () => 'users/$entity'],
    ['one item\u2019s fields', () => `${items}/1/fields`, () => `sites('root')/lists('${listId}')/items('1')/fields/$entity`],
    ['a delta page', () => `${items}/delta`, () => 'Collection(listItem)'],
  ])('%s says what it holds', async (_what, path, expected) => {
    const body = (await h.call('GET', path())).json<Record<string, unknown>>();
    expect(body['@odata.context']).toBe(`${root}${expected()}`);
  });

  test('a created item says it is one entity of the list\u2019s items; errors say nothing', async () => {
    const created = await h.call('POST', items, { body: { fields: { Title: 'Context', ActionId: 'f-ctx' } } });
    expect(created.json<Record<string, unknown>>()['@odata.context']).toBe(`${root}sites('root')/lists('${listId}')/items/$entity`);
    expect((await h.call('GET', `${items}/999`)).json()).not.toHaveProperty('@odata.context');
  });
});

test('a multi-line column created as plain text says so (textType), in the facet Graph declares', async () => {
  const created = await h.call('POST', '/sites/root/lists', {
    body: {
      displayName: 'Notes',
      columns: [
        { name: 'Body', text: { allowMultipleLines: true, textType: 'plain' } },
        { name: 'Rich', text: { allowMultipleLines: true, textType: 'richText' } },
      ],
      list: { template: 'genericList' },
    },
  });
  expect(created.statusCode).toBe(201);
  const columns = created.json<{ columns: (Record<string, unknown> & { name: string; text?: Record<string, unknown> })[] }>().columns;
  const textFacetNames = declaredProperties('microsoft.graph.textColumn');
  for (const column of columns) {
    expect(undeclared(column, 'microsoft.graph.columnDefinition')).toEqual([]);
    expect(Object.keys(column.text ?? {}).filter((key) => !textFacetNames.has(key))).toEqual([]);
  }
  expect(columns.find((column) => column.name === 'Body')?.text).toMatchObject({ allowMultipleLines: true, textType: 'plain' });
  expect(columns.find((column) => column.name === 'Rich')?.text).toMatchObject({ textType: 'richText' });
});
