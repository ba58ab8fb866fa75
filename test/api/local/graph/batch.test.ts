import { type Harness, VIEWER, createActionsList, errorOf, startHarness } from './harness';

interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: { error?: { code: string; message: string }; id?: string; fields?: Record<string, unknown> } & Record<string, unknown>;
}

let h: Harness;
let items: string;

const batch = async (requests: unknown[], as?: string): Promise<{ status: number; responses: BatchResponse[] }> => {
  const response = await h.call('POST', '/$batch', { body: { requests }, ...(as ? { as } : {}) });
  return { status: response.statusCode, responses: response.statusCode === 200 ? response.json<{ responses: BatchResponse[] }>().responses : [] };
};

const json = { 'Content-Type': 'application/json' };

beforeAll(async () => {
  h = await startHarness();
  const listId = await createActionsList(h);
  items = `/sites/root/lists/${listId}/items`;
});
afterAll(() => h.close());

test('a batch answers 200 with a status, headers and body for each request, matched by id', async () => {
  const { status, responses } = await batch([
    { id: 'me', method: 'GET', url: '/me' },
    { id: 'create', method: 'POST', url: items, headers: json, body: { fields: { Title: 'Batched', ActionId: 'b-1' } } },
    { id: 'bad', method: 'POST', url: items, headers: json, body: { fields: { Title: 'Bad', ActionId: 'b-2', Status: 'Nope' } } },
    { id: 'missing', method: 'GET', url: `${items}/999` },
  ]);
  expect(status).toBe(200);
  const byId = new Map(responses.map((response) => [response.id, response]));
  expect(byId.get('me')).toMatchObject({ status: 200, body: { userPrincipalName: 'lead@demo-trust.example' } });
  expect(byId.get('create')?.status).toBe(201);
  expect(byId.get('create')?.body?.fields).toMatchObject({ Title: 'Batched' });
  expect(byId.get('create')?.headers['Content-Type']).toContain('application/json');
  expect(byId.get('bad')?.status).toBe(400);
  expect(byId.get('bad')?.body?.error?.message).toContain("'Status'");
  expect(byId.get('missing')?.status).toBe(404);
});

test('more than 20 requests is 400, and nothing runs', async () => {
  const requests = Array.from({ length: 21 }, (_, n) => ({
    id: String(n + 1),
    method: 'POST',
    url: items,
    headers: json,
    body: { fields: { Title: `x${n}`, ActionId: `over-${n}` } },
  }));
  const response = await h.call('POST', '/$batch', { body: { requests } });
  expect(response.statusCode).toBe(400);
  expect(errorOf(response).code).toBe('invalidRequest');
  const after = await h.call('GET', `${items}?$filter=fields/ActionId eq 'over-0'`);
  expect(after.json<{ value: unknown[] }>().value).toEqual([]);
  expect((await batch(requests.slice(0, 20))).responses.every((sub) => sub.status === 201)).toBe(true);
});

test('dependsOn runs in order, and a request whose dependency failed gets 424', async () => {
  const { responses } = await batch([
    { id: '1', method: 'POST', url: items, headers: json, body: { fields: { Title: 'First', ActionId: 'dep-1' } } },
    { id: '2', method: 'PATCH', url: `${items}/999/fields`, headers: json, body: { Status: 'Done' }, dependsOn: ['1'] },
    { id: '3', method: 'GET', url: '/me', dependsOn: ['2'] },
    { id: '4', method: 'GET', url: `${items}?$filter=fields/ActionId eq 'dep-1'`, dependsOn: ['1'] },
  ]);
  const status = Object.fromEntries(responses.map((response) => [response.id, response.status]));
  expect(status).toEqual({ '1': 201, '2': 404, '3': 424, '4': 200 });
  expect(responses.find((response) => response.id === '3')?.body?.error?.code).toBe('failedDependency');
  const found = responses.find((response) => response.id === '4')?.body?.value as unknown[] | undefined;
  expect(found).toHaveLength(1);
});

test('a request that depends on an unknown id, or a cycle, makes the batch 400', async () => {
  expect((await batch([{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }])).status).toBe(400);
  expect(
    (
      await batch([
        { id: '1', method: 'GET', url: '/me', dependsOn: ['2'] },
        { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      ])
    ).status,
  ).toBe(400);
});

test('sub-requests carry the outer sign-in: a viewer gets 403 inside the batch', async () => {
  const { status, responses } = await batch(
    [
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'POST', url: items, headers: json, body: { fields: { Title: 'No', ActionId: 'viewer-1' } } },
    ],
    VIEWER,
  );
  expect(status).toBe(200);
  expect(responses.find((response) => response.id === '1')?.body?.userPrincipalName).toBe(VIEWER);
  expect(responses.find((response) => response.id === '2')?.status).toBe(403);
});

test('If-Match inside a batch behaves as outside: 412 on a stale eTag', async () => {
  const created = (await h.call('POST', items, { body: { fields: { Title: 'Tagged', ActionId: 'etag-1' } } })).json<{ id: string; eTag: string }>();
  await h.call('PATCH', `${items}/${created.id}/fields`, { body: { Status: 'Done' } });
  const { responses } = await batch([
    { id: '1', method: 'PATCH', url: `${items}/${created.id}/fields`, headers: { ...json, 'If-Match': created.eTag }, body: { Status: 'Blocked' } },
  ]);
  expect(responses[0]?.status).toBe(412);
});

test('a sub-request with a body but no Content-Type is 400 on its own', async () => {
  const { status, responses } = await batch([{ id: '1', method: 'POST', url: items, body: { fields: { Title: 'x', ActionId: 'ct-1' } } }]);
  expect(status).toBe(200);
  expect(responses[0]?.status).toBe(400);
});

test('sub-requests are throttled independently (seeded): 429s carry Retry-After and ran nothing', async () => {
  const faulty = await startHarness({ faults: '429:0.5,retryAfter:2', faultsSeed: 7 });
  try {
    // Top-level requests draw too; retry the set-up until it gets through.
    let listId = '';
    for (let attempt = 0; attempt < 20 && !listId; attempt += 1) {
      const response = await faulty.call('POST', '/sites/root/lists', {
        body: { displayName: 'Actions', columns: [{ name: 'ActionId', text: {}, indexed: true }] },
      });
      if (response.statusCode === 201) listId = response.json<{ id: string }>().id;
    }
    expect(listId).not.toBe('');
    let outer: { statusCode: number; payload: string } = { statusCode: 429, payload: '' };
    const requests = Array.from({ length: 20 }, (_, n) => ({
      id: String(n + 1),
      method: 'POST',
      url: `/sites/root/lists/${listId}/items`,
      headers: json,
      body: { fields: { Title: `t${n}`, ActionId: `f-${n}` } },
    }));
    for (let attempt = 0; attempt < 20 && outer.statusCode !== 200; attempt += 1) outer = await faulty.call('POST', '/$batch', { body: { requests } });
    expect(outer.statusCode).toBe(200);
    const responses = JSON.parse(outer.payload) as { responses: BatchResponse[] };
    const throttled = responses.responses.filter((response) => response.status === 429);
    const created = responses.responses.filter((response) => response.status === 201);
    expect(throttled.length).toBeGreaterThan(0);
    expect(created.length).toBeGreaterThan(0);
    expect(throttled.length + created.length).toBe(20);
    for (const response of throttled) {
      expect(response.headers['Retry-After']).toBe('2');
      expect(response.body?.error?.code).toBe('TooManyRequests');
    }
    const stored = faulty.store.db.prepare('SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(listId) as { n: number };
    expect(stored.n).toBe(created.length);
  } finally {
    await faulty.close();
  }
});
