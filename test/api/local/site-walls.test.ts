import { DEMO_TRUST_GROUP_ID, DEMO_TRUST_SITE_ID, GOOD_PRACTICE_HUB_SITE_ID, SECOND_DEMO_TRUST_SITE_ID } from '../../../api/src/local/graph';
import { type ListeningStore, type StoreResponse, startListeningStore } from './support/listening-store';

/**
 * The walls between trusts, as SharePoint's site permissions draw them, over real HTTP: another
 * trust's people get 403 on a plan site for every kind of request, reads included; a visitor only
 * reads; the hub is read by every registered trust's people and written by the app alone.
 */

const DEMO_LEAD = 'lead@demo-trust.example';
const DEMO_MEMBER = 'amara.okafor@demo-trust.example';
const DEMO_VIEWER = 'viewer@demo-trust.example';
const SECOND_LEAD = 'lead@second-trust.example';
const SECOND_MEMBER = 'daniel.kowalski@second-trust.example';
const SECOND_VIEWER = 'viewer@second-trust.example';
const APP = 'reminders@service.example';

const COLUMNS = [
  { name: 'Key', text: {}, indexed: true },
  { name: 'Value', text: {} },
];

interface Fixture {
  site: string;
  listId: string;
  itemId: string;
  columnId: string;
}

let store: ListeningStore;
let demo: Fixture;
let hub: Fixture;

async function ok(response: Promise<StoreResponse>, status: number): Promise<StoreResponse> {
  const result = await response;
  if (result.status !== status) throw new Error(`expected ${status}, got ${result.status}: ${result.text}`);
  return result;
}

/** A list with one item, made by `owner` on `site`. */
async function fixture(site: string, owner: string): Promise<Fixture> {
  const list = (await ok(store.call('POST', `/sites/${site}/lists`, owner, { displayName: 'Race Equality Settings', columns: COLUMNS }), 201)).json<{
    id: string;
  }>();
  const item = (
    await ok(
      store.call('POST', `/sites/${site}/lists/${list.id}/items`, owner, { fields: { Title: 'organisationName', Key: 'organisationName', Value: 'Original' } }),
      201,
    )
  ).json<{ id: string }>();
  const columns = (await ok(store.call('GET', `/sites/${site}/lists/${list.id}/columns`, owner), 200)).json<{ value: { id: string; name: string }[] }>();
  const column = columns.value.find((candidate) => candidate.name === 'Value');
  if (!column) throw new Error('the Value column is missing');
  return { site, listId: list.id, itemId: item.id, columnId: column.id };
}

beforeAll(async () => {
  store = await startListeningStore();
  demo = await fixture(DEMO_TRUST_SITE_ID, DEMO_LEAD);
  hub = await fixture(GOOD_PRACTICE_HUB_SITE_ID, APP);
  await fixture(SECOND_DEMO_TRUST_SITE_ID, SECOND_LEAD);
});
afterAll(() => store.close());

interface Attempt {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Every kind of request the store serves on a site's lists and items. */
function reads(target: Fixture): Attempt[] {
  const list = `/sites/${target.site}/lists/${target.listId}`;
  return [
    { name: 'the site', method: 'GET', path: `/sites/${target.site}` },
    { name: 'its lists', method: 'GET', path: `/sites/${target.site}/lists?$expand=columns` },
    {
      name: 'its lists, filtered',
      method: 'GET',
      path: `/sites/${target.site}/lists?$filter=${encodeURIComponent("displayName eq 'Race Equality Settings'")}`,
    },
    { name: 'a list', method: 'GET', path: list },
    { name: 'a list by name', method: 'GET', path: `/sites/${target.site}/lists/Race%20Equality%20Settings` },
    { name: 'a list that does not exist', method: 'GET', path: `/sites/${target.site}/lists/No%20Such%20List` },
    { name: 'columns', method: 'GET', path: `${list}/columns` },
    { name: 'a column', method: 'GET', path: `${list}/columns/${target.columnId}` },
    { name: 'items', method: 'GET', path: `${list}/items?expand=fields` },
    { name: 'items, filtered', method: 'GET', path: `${list}/items?expand=fields&$filter=${encodeURIComponent("fields/Key eq 'organisationName'")}` },
    { name: 'an item', method: 'GET', path: `${list}/items/${target.itemId}` },
    { name: "an item's fields", method: 'GET', path: `${list}/items/${target.itemId}/fields` },
    { name: 'delta', method: 'GET', path: `${list}/items/delta?expand=fields` },
    { name: 'delta, latest', method: 'GET', path: `${list}/items/delta?token=latest` },
    { name: 'versions', method: 'GET', path: `${list}/items/${target.itemId}/versions` },
    { name: 'a version', method: 'GET', path: `${list}/items/${target.itemId}/versions/1.0` },
  ];
}

function itemWrites(target: Fixture): Attempt[] {
  const list = `/sites/${target.site}/lists/${target.listId}`;
  return [
    { name: 'create an item', method: 'POST', path: `${list}/items`, body: { fields: { Title: 'x', Key: 'intruder', Value: 'x' } } },
    { name: 'update fields', method: 'PATCH', path: `${list}/items/${target.itemId}/fields`, body: { Value: 'Renamed' } },
    { name: 'update an item', method: 'PATCH', path: `${list}/items/${target.itemId}`, body: { fields: { Value: 'Renamed' } } },
    { name: 'delete an item', method: 'DELETE', path: `${list}/items/${target.itemId}` },
  ];
}

function listWrites(target: Fixture): Attempt[] {
  const list = `/sites/${target.site}/lists/${target.listId}`;
  return [
    { name: 'create a list', method: 'POST', path: `/sites/${target.site}/lists`, body: { displayName: 'Intruder List' } },
    { name: 'create a column', method: 'POST', path: `${list}/columns`, body: { name: 'Intruder', text: {} } },
    { name: 'alter a column', method: 'PATCH', path: `${list}/columns/${target.columnId}`, body: { indexed: true } },
  ];
}

/** Each attempt on its own and again as a $batch sub-request; every answer must be 403 accessDenied. */
async function expectDenied(as: string, attempts: Attempt[]): Promise<void> {
  const outcomes: string[] = [];
  for (const attempt of attempts) {
    const response = await store.call(attempt.method, attempt.path, as, attempt.body);
    const code = response.status === 403 ? response.json<{ error: { code: string } }>().error.code : '';
    outcomes.push(`${attempt.name}: ${response.status} ${code}`);
  }
  const requests = attempts.map((attempt, index) => ({
    id: String(index + 1),
    method: attempt.method,
    url: attempt.path,
    ...(attempt.body === undefined ? {} : { body: attempt.body, headers: { 'Content-Type': 'application/json' } }),
  }));
  for (let start = 0; start < requests.length; start += 20) {
    const batch = await ok(store.call('POST', '/$batch', as, { requests: requests.slice(start, start + 20) }), 200);
    for (const sub of batch.json<{ responses: { id: string; status: number; body?: { error?: { code: string } } }[] }>().responses) {
      outcomes.push(`${attempts[Number(sub.id) - 1]?.name ?? sub.id} in a batch: ${sub.status} ${sub.body?.error?.code ?? ''}`);
    }
  }
  expect(outcomes).toEqual(outcomes.map((outcome) => outcome.replace(/: \d+ .*$/, ': 403 accessDenied')));
}

async function storedValue(target: Fixture, as: string): Promise<{ value: string; eTag: string; lists: number }> {
  const item = (await ok(store.call('GET', `/sites/${target.site}/lists/${target.listId}/items/${target.itemId}`, as), 200)).json<{
    eTag: string;
    fields: { Value: string };
  }>();
  const lists = (await ok(store.call('GET', `/sites/${target.site}/lists`, as), 200)).json<{ value: unknown[] }>();
  return { value: item.fields.Value, eTag: item.eTag, lists: lists.value.length };
}

describe("another trust's people", () => {
  test.each([SECOND_LEAD, SECOND_MEMBER, SECOND_VIEWER])(
    '%s gets 403 accessDenied for every read and write of Demo NHS Trust’s plan, alone or batched',
    async (person) => {
      const before = await storedValue(demo, DEMO_LEAD);
      await expectDenied(person, [...reads(demo), ...itemWrites(demo), ...listWrites(demo)]);
      // Nothing changed: the organisation keeps its name, and no list was added.
      expect(await storedValue(demo, DEMO_LEAD)).toEqual(before);
    },
  );

  test('the root site and the group site of Demo NHS Trust are closed to them too', async () => {
    await expectDenied(SECOND_LEAD, [
      { name: 'the root site', method: 'GET', path: '/sites/root' },
      { name: 'the site by its key', method: 'GET', path: '/sites/demo-trust' },
      { name: 'the group site', method: 'GET', path: `/groups/${DEMO_TRUST_GROUP_ID}/sites/root` },
      { name: 'the root site’s lists', method: 'GET', path: '/sites/root/lists' },
      { name: 'the group site’s lists', method: 'GET', path: `/groups/${DEMO_TRUST_GROUP_ID}/sites/root/lists` },
    ]);
  });

  test("Demo NHS Trust's people are kept out of Second Demo Trust's plan in the same way", async () => {
    await expectDenied(DEMO_LEAD, [
      { name: 'the site', method: 'GET', path: `/sites/${SECOND_DEMO_TRUST_SITE_ID}` },
      { name: 'its lists', method: 'GET', path: `/sites/${SECOND_DEMO_TRUST_SITE_ID}/lists` },
      { name: 'create a list', method: 'POST', path: `/sites/${SECOND_DEMO_TRUST_SITE_ID}/lists`, body: { displayName: 'Intruder List' } },
    ]);
  });

  test('an unknown site is still 404, so the wall says nothing new about which sites exist', async () => {
    const response = await store.call(
      'GET',
      '/sites/demo-trust.sharepoint.example,00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000000',
      SECOND_LEAD,
    );
    expect(response.status).toBe(404);
  });
});

describe("a trust's own people", () => {
  test('a visitor reads every part of the plan but cannot write any of it', async () => {
    for (const attempt of reads(demo).filter((read) => !read.name.includes('does not exist'))) {
      expect(`${attempt.name}: ${(await store.call(attempt.method, attempt.path, DEMO_VIEWER)).status}`).toBe(`${attempt.name}: 200`);
    }
    const before = await storedValue(demo, DEMO_LEAD);
    await expectDenied(DEMO_VIEWER, [...itemWrites(demo), ...listWrites(demo)]);
    expect(await storedValue(demo, DEMO_LEAD)).toEqual(before);
  });

  test('a member writes items but not lists or columns; the owner does both', async () => {
    await expectDenied(DEMO_MEMBER, listWrites(demo));
    const created = await store.call('POST', `/sites/${demo.site}/lists/${demo.listId}/items`, DEMO_MEMBER, {
      fields: { Title: 'odsCode', Key: 'odsCode', Value: 'RXX' },
    });
    expect(created.status).toBe(201);
    expect((await store.call('POST', `/sites/${demo.site}/lists/${demo.listId}/columns`, DEMO_LEAD, { name: 'Notes', text: {} })).status).toBe(201);
  });
});

describe('the Good Practice Hub', () => {
  test.each([DEMO_LEAD, DEMO_MEMBER, DEMO_VIEWER, SECOND_LEAD, SECOND_VIEWER])('%s reads the hub', async (person) => {
    for (const attempt of reads(hub).filter((read) => !read.name.includes('does not exist'))) {
      expect(`${attempt.name}: ${(await store.call(attempt.method, attempt.path, person)).status}`).toBe(`${attempt.name}: 200`);
    }
  });

  test.each([DEMO_LEAD, DEMO_MEMBER, SECOND_LEAD, SECOND_MEMBER])('%s cannot write any hub list directly, not even as a trust’s owner', async (person) => {
    const before = await storedValue(hub, APP);
    await expectDenied(person, [...itemWrites(hub), ...listWrites(hub)]);
    expect(await storedValue(hub, APP)).toEqual(before);
  });

  test("the app's identity writes it: lists, columns and items, created, changed and deleted", async () => {
    const list = await store.call('POST', `/sites/${hub.site}/lists`, APP, { displayName: 'Reminder Log', columns: COLUMNS });
    expect(list.status).toBe(201);
    const listId = list.json<{ id: string }>().id;
    expect((await store.call('POST', `/sites/${hub.site}/lists/${listId}/columns`, APP, { name: 'SentOn', text: {} })).status).toBe(201);
    const item = await store.call('POST', `/sites/${hub.site}/lists/${listId}/items`, APP, { fields: { Title: 'sent', Key: 'k1', Value: 'v1' } });
    expect(item.status).toBe(201);
    const itemId = item.json<{ id: string }>().id;
    expect((await store.call('PATCH', `/sites/${hub.site}/lists/${listId}/items/${itemId}/fields`, APP, { Value: 'v2' })).status).toBe(200);
    expect((await store.call('DELETE', `/sites/${hub.site}/lists/${listId}/items/${itemId}`, APP)).status).toBe(204);
  });

  test("the app's identity reads each trust's plan (for the reminders) but does not write it", async () => {
    expect((await store.call('GET', `/sites/${demo.site}/lists/${demo.listId}/items?expand=fields`, APP)).status).toBe(200);
    await expectDenied(APP, [...itemWrites(demo), ...listWrites(demo)]);
  });
});

describe('people and notifications across tenants', () => {
  const SECOND_LEAD_ID = '8f1c2d3e-0101-4a5b-9c6d-000000000101';
  const notification = { topic: { source: 'text', value: 'Plan' }, activityType: 'actionOverdue', previewText: { content: 'From another trust' } };

  test("a person cannot look up another tenant's people, by address, by id or by search", async () => {
    for (const reference of [SECOND_LEAD, SECOND_LEAD_ID]) {
      const response = await store.call('GET', `/users/${encodeURIComponent(reference)}`, DEMO_LEAD);
      expect(response.status).toBe(404);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('Request_ResourceNotFound');
    }
    const search = await store.call('GET', `/users?$search=${encodeURIComponent('"displayName:nia"')}`, DEMO_LEAD, undefined, { ConsistencyLevel: 'eventual' });
    expect(search.json<{ value: unknown[] }>().value).toEqual([]);
    const everyone = await store.call('GET', '/users', DEMO_LEAD);
    const emails = everyone.json<{ value: { mail: string }[] }>().value.map((user) => user.mail);
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((email) => email.endsWith('@demo-trust.example'))).toBe(true);
    // Their own tenant's people are found as before.
    expect((await store.call('GET', `/users/${encodeURIComponent(DEMO_MEMBER)}`, DEMO_LEAD)).status).toBe(200);
  });

  test("a person cannot notify another tenant's people; nothing reaches their feed", async () => {
    const response = await store.call('POST', `/users/${encodeURIComponent(SECOND_LEAD)}/teamwork/sendActivityNotification`, DEMO_LEAD, notification);
    expect(response.status).toBe(404);
    const batched = await store.call('POST', '/$batch', DEMO_LEAD, {
      requests: [
        {
          id: '1',
          method: 'POST',
          url: `/users/${SECOND_LEAD_ID}/teamwork/sendActivityNotification`,
          body: notification,
          headers: { 'Content-Type': 'application/json' },
        },
      ],
    });
    expect(batched.json<{ responses: { status: number }[] }>().responses[0]?.status).toBe(404);
    const outbox = await fetch(`${store.url}/local/outbox`, { headers: { authorization: `Bearer local:${SECOND_LEAD}` } });
    expect(((await outbox.json()) as { value: unknown[] }).value).toEqual([]);
  });

  test("the app's identity looks up and notifies anyone, and the recipient sees it", async () => {
    expect((await store.call('GET', `/users/${encodeURIComponent(SECOND_LEAD)}`, APP)).status).toBe(200);
    expect(
      (await store.call('POST', `/users/${SECOND_LEAD_ID}/teamwork/sendActivityNotification`, APP, { ...notification, previewText: { content: 'Due soon' } }))
        .status,
    ).toBe(204);
    const outbox = await fetch(`${store.url}/local/outbox`, { headers: { authorization: `Bearer local:${SECOND_LEAD}` } });
    const entries = ((await outbox.json()) as { value: { previewText: string; sender: { email: string } }[] }).value;
    expect(entries).toEqual([expect.objectContaining({ previewText: 'Due soon', sender: expect.objectContaining({ email: APP }) })]);
  });
});
