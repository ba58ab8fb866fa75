import {
  DEMO_TRUST_GROUP_ID,
  DEMO_TRUST_SITE_ID,
  GOOD_PRACTICE_HUB_SITE_ID,
  SECOND_DEMO_TRUST_GROUP_ID,
  SECOND_DEMO_TRUST_SITE_ID,
} from '../../../../api/src/local/graph';
import { type Harness, LEAD, MEMBER, VIEWER, createActionsList, errorOf, startHarness } from './harness';

let h: Harness;
let listId: string;

beforeAll(async () => {
  h = await startHarness();
  listId = await createActionsList(h);
});
afterAll(() => h.close());

describe('sign-in', () => {
  test('no Authorization header is 401 InvalidAuthenticationToken in Graph error shape', async () => {
    const response = await h.call('GET', '/sites/root', { as: null });
    expect(response.statusCode).toBe(401);
    const body = response.json<{ error: { code: string; message: string; innerError: { date: string; 'request-id': string } } }>();
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('an unknown person or a token of another form is 401', async () => {
    expect((await h.call('GET', '/me', { as: 'nobody@demo-trust.example' })).statusCode).toBe(401);
    expect((await h.call('GET', '/me', { as: null, headers: { authorization: 'Bearer eyJhbGciOi' } })).statusCode).toBe(401);
  });

  test('the user principal name is matched without regard to case', async () => {
    const response = await h.call('GET', '/me', { as: 'LEAD@Demo-Trust.Example' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ userPrincipalName: LEAD, displayName: 'Leah Adeyemi' });
  });
});

describe('roles', () => {
  test('a viewer reads but every write is 403 accessDenied', async () => {
    expect((await h.call('GET', `/sites/root/lists/${listId}/items`, { as: VIEWER })).statusCode).toBe(200);
    const writes = await Promise.all([
      h.call('POST', `/sites/root/lists/${listId}/items`, { as: VIEWER, body: { fields: { Title: 'x', ActionId: 'v1' } } }),
      h.call('PATCH', `/sites/root/lists/${listId}/items/1/fields`, { as: VIEWER, body: { Title: 'x' } }),
      h.call('DELETE', `/sites/root/lists/${listId}/items/1`, { as: VIEWER }),
      h.call('POST', '/sites/root/lists', { as: VIEWER, body: { displayName: 'Viewer list' } }),
      h.call('POST', `/sites/root/lists/${listId}/columns`, { as: VIEWER, body: { name: 'Extra', text: {} } }),
      h.call('POST', `/users/${LEAD}/teamwork/sendActivityNotification`, {
        as: VIEWER,
        body: { topic: { source: 'text', value: 'Plan' }, activityType: 'actionDue', previewText: { content: 'x' } },
      }),
    ]);
    for (const response of writes) {
      expect(response.statusCode).toBe(403);
      expect(errorOf(response).code).toBe('accessDenied');
    }
  });

  test('a member writes items but may not create or alter lists and columns', async () => {
    const item = await h.call('POST', `/sites/root/lists/${listId}/items`, { as: MEMBER, body: { fields: { Title: 'By a member', ActionId: 'm1' } } });
    expect(item.statusCode).toBe(201);
    const denied = await Promise.all([
      h.call('POST', '/sites/root/lists', { as: MEMBER, body: { displayName: 'Member list' } }),
      h.call('POST', `/sites/root/lists/${listId}/columns`, { as: MEMBER, body: { name: 'Extra', text: {} } }),
      h.call('PATCH', `/sites/root/lists/${listId}/columns/Status`, { as: MEMBER, body: { indexed: false } }),
    ]);
    expect(denied.map((response) => response.statusCode)).toEqual([403, 403, 403]);
  });

  test('an owner creates lists', async () => {
    expect((await h.call('POST', '/sites/root/lists', { as: LEAD, body: { displayName: 'Owner list' } })).statusCode).toBe(201);
  });
});

describe('sites', () => {
  test('/sites/root is the demo trust, with a composite id and a SharePoint-like webUrl', async () => {
    const site = (await h.call('GET', '/sites/root')).json<Record<string, unknown>>();
    expect(site).toMatchObject({
      id: DEMO_TRUST_SITE_ID,
      displayName: 'Demo NHS Trust',
      webUrl: 'https://demo-trust.sharepoint.example/sites/race-equality',
    });
    expect(String(site.id).split(',')).toHaveLength(3);
    expect(site.createdDateTime).toEqual(expect.any(String));
    expect(site.lastModifiedDateTime).toEqual(expect.any(String));
  });

  test('sites by id, and trust sites as the team sites of their groups, each to its own people', async () => {
    const second = { as: 'lead@second-trust.example' };
    expect((await h.call('GET', `/sites/${GOOD_PRACTICE_HUB_SITE_ID}`)).json()).toMatchObject({ displayName: 'Good Practice Hub' });
    expect((await h.call('GET', `/sites/${SECOND_DEMO_TRUST_SITE_ID}`, second)).json()).toMatchObject({ displayName: 'Second Demo Trust' });
    expect((await h.call('GET', `/groups/${DEMO_TRUST_GROUP_ID}/sites/root`)).json()).toMatchObject({ id: DEMO_TRUST_SITE_ID });
    expect((await h.call('GET', `/groups/${SECOND_DEMO_TRUST_GROUP_ID}/sites/root`, second)).json()).toMatchObject({ id: SECOND_DEMO_TRUST_SITE_ID });
  });

  test('an unknown site or group is 404 itemNotFound', async () => {
    const site = await h.call('GET', '/sites/demo-trust.sharepoint.example,00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000000');
    expect(site.statusCode).toBe(404);
    expect(errorOf(site).code).toBe('itemNotFound');
    expect((await h.call('GET', '/groups/00000000-0000-0000-0000-000000000009/sites/root')).statusCode).toBe(404);
    expect((await h.call('GET', '/groups/00000000-0000-0000-0000-000000000009/sites/root/lists')).statusCode).toBe(404);
  });

  test("a team site's lists are read through its group, as through the site itself", async () => {
    const second = { as: 'lead@second-trust.example' };
    const bySite = (await h.call('GET', `/sites/${SECOND_DEMO_TRUST_SITE_ID}/lists?$select=id,displayName`, second)).json();
    const byGroup = await h.call('GET', `/groups/${SECOND_DEMO_TRUST_GROUP_ID}/sites/root/lists?$select=id,displayName`, second);
    expect(byGroup.statusCode).toBe(200);
    expect(byGroup.json()).toMatchObject({ value: bySite.value });
    expect((await h.call('GET', `/groups/${SECOND_DEMO_TRUST_GROUP_ID}/sites/root/lists`)).statusCode).toBe(403);
  });

  test('the sites are created once: opening the same database again changes nothing', async () => {
    const before = (await h.call('GET', '/sites/root')).payload;
    const again = await startHarness({ databaseFile: `${h.dir}/graph.sqlite` });
    try {
      expect((await again.call('GET', '/sites/root')).payload.replace(/"request-id":"[^"]+"/g, '')).toBe(before);
      const count = again.store.db.prepare('SELECT COUNT(*) AS n FROM sites').get() as { n: number };
      expect(count.n).toBe(3);
    } finally {
      await again.app.close();
    }
  });
});

test.each([
  ['/no/such/thing', 'no'],
  ['/mee', 'mee'],
  ['/sites/root/listz', 'listz'],
  ['/sites/root/lists/Actions/itemz/1', 'itemz'],
])("an unknown path under /graph/v1.0 (%s) is Graph's 400 BadRequest naming the segment", async (path, segment) => {
  const response = await h.call('GET', path);
  expect(response.statusCode).toBe(400);
  expect(response.json()).toEqual({
    error: {
      code: 'BadRequest',
      message: `Resource not found for the segment '${segment}'.`,
      innerError: { date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) },
    },
  });
});

test('the store records its own schema version', () => {
  const row = h.store.db.prepare("SELECT value FROM meta WHERE key = 'schemaVersion'").get() as { value: string };
  expect(Number(row.value)).toBeGreaterThanOrEqual(1);
  expect(h.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
});
