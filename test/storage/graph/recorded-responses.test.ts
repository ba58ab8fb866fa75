import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sendInBatches } from '../../../src/storage/graph/batch';
import { createGraphClient } from '../../../src/storage/graph/graph-client';
import type { GraphListItem, GraphSite } from '../../../src/storage/graph/graph-site';
import { saveItemFields } from '../../../src/storage/graph/plan-list';
import { ListCache } from '../../../src/storage/graph/list-cache';
import { actionFromItem } from '../../../src/storage/graph/mappers/action-mapper';
import { relativeToBase } from '../../../src/storage/graph/odata';
import { createPlanContext } from '../../../src/storage/graph/plan-context';
import type { ListIds } from '../../../src/storage/graph/ensure-schema';
import { ConflictError, ForbiddenError, InvalidError } from '../../../src/storage/ports';

/**
 * The adapter against response shapes recorded from Microsoft Graph's documentation (synthetic
 * values), so that it cannot come to depend on a quirk of the local store.
 */
const fixture = <T>(name: string): T => JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/graph', name), 'utf8')) as T;
const BASE = 'https://graph.microsoft.com/v1.0';
const LIST_IDS: ListIds = { settings: 'S', wresResults: 'W', actions: 'L1', actionUpdates: 'U', edsReviews: 'R', edsGrades: 'G' };

interface Seen {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

const realFetch = globalThis.fetch;
let seen: Seen[] = [];

/** Answers each request with the next reply, recording what the adapter sent. */
function answerWith(...replies: Reply[]): void {
  seen = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    seen.push({ method: init?.method ?? 'GET', url, headers: new Headers(init?.headers), body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const reply = replies.shift() ?? { status: 500, body: { error: { code: 'unexpected', message: `No reply recorded for ${url}` } } };
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  }) as typeof fetch;
}

afterEach(() => {
  globalThis.fetch = realFetch;
});

function site(onRetry?: () => void): GraphSite {
  return {
    client: createGraphClient({ baseUrl: BASE, getAccessToken: async () => 'token-123', onRetry }),
    baseUrl: BASE,
    siteId: 'contoso.sharepoint.com,1,2',
  };
}

test('an item in the documented shape is read, including a date-only value sent as a UK-midnight instant', () => {
  const parsed = actionFromItem(fixture<GraphListItem>('list-item.json'), []);
  expect(parsed.ok && parsed.value).toMatchObject({
    id: '20000000-0000-4000-8000-000000000007',
    dueDate: '2027-03-31',
    indicators: ['3'],
    edsOutcomes: ['3.3'],
  });
});

test('an update sends If-Match and the bearer token, and takes the new eTag from the returned fieldValueSet', async () => {
  const context = createPlanContext(site(), LIST_IDS);
  context.caches.actions.upsert(fixture<GraphListItem>('list-item.json'));
  answerWith({ status: 200, body: fixture('field-value-set-after-patch.json') });
  const saved = await saveItemFields(context, 'actions', '7', '"5d2d3c1a-1b2c-4d5e-8f90-a1b2c3d4e5f6,3"', { Status: 'At risk' }, () => undefined);
  expect(seen).toHaveLength(1);
  expect(seen[0]?.method).toBe('PATCH');
  expect(seen[0]?.url).toBe(`${BASE}/sites/contoso.sharepoint.com%2C1%2C2/lists/L1/items/7/fields`);
  expect(seen[0]?.headers.get('If-Match')).toBe('"5d2d3c1a-1b2c-4d5e-8f90-a1b2c3d4e5f6,3"');
  expect(seen[0]?.headers.get('Authorization')).toBe('Bearer token-123');
  expect(saved.eTag).toBe('"5d2d3c1a-1b2c-4d5e-8f90-a1b2c3d4e5f6,4"');
  expect(saved.fields).toMatchObject({ Status: 'At risk', Title: 'Independent review of disciplinary cases' });
});

test('a 412 becomes a Conflict carrying the item as it is now', async () => {
  const context = createPlanContext(site(), LIST_IDS);
  answerWith({ status: 412, body: fixture('precondition-failed.json') }, { status: 200, body: fixture('list-item.json') });
  const attempt = saveItemFields(context, 'actions', '7', '"stale,1"', { Status: 'At risk' }, (item) => item.fields?.Status);
  await expect(attempt).rejects.toBeInstanceOf(ConflictError);
  await expect(attempt).rejects.toMatchObject({ current: 'On track' });
  expect(seen.map((request) => request.method)).toEqual(['PATCH', 'GET']);
});

test('a batch whose responses come out of order is matched by id, and only the throttled request is re-sent after its Retry-After', async () => {
  const graph = site();
  const waits: number[] = [];
  answerWith(
    { status: 200, body: fixture('batch-with-throttled.json') },
    { status: 200, body: { responses: [{ id: '1', status: 201, body: { id: '11', fields: { ActionId: 'a-1' } } }] } },
  );
  const requests = ['1', '2', '3'].map((id) => ({ id, method: 'POST' as const, url: '/sites/s/lists/L1/items', body: { fields: { ActionId: `a-${id}` } } }));
  const results = await sendInBatches(graph.client, requests, { sleep: async (ms) => void waits.push(ms) });
  expect(waits).toEqual([2000]);
  const resent = seen[1]?.body as { requests: { id: string }[] } | undefined;
  expect(resent?.requests.map((request) => request.id)).toEqual(['1']);
  expect([...results.entries()].map(([id, response]) => [id, response.status])).toEqual([
    ['2', 201],
    ['3', 403],
    ['1', 201],
  ]);
});

test('a throttled request is retried after Retry-After and the UI is told it is retrying', async () => {
  let notices = 0;
  const graph = site(() => (notices += 1));
  answerWith(
    { status: 429, headers: { 'Retry-After': '0' }, body: { error: { code: 'TooManyRequests', message: 'Slow down' } } },
    { status: 200, body: { id: 'site-1' } },
  );
  await expect(graph.client.api('/sites/root').get()).resolves.toEqual({ id: 'site-1' });
  expect(notices).toBe(1);
  expect(seen).toHaveLength(2);
});

test.each([
  [403, { error: { code: 'accessDenied', message: 'Access denied.' } }, ForbiddenError],
  [400, { error: { code: 'invalidRequest', message: "Field 'DueDate' is not a valid date." } }, InvalidError],
])('Graph error %i in the documented shape maps to the storage error the UI expects', async (status, body, type) => {
  const context = createPlanContext(site(), LIST_IDS);
  answerWith({ status, body });
  const attempt = saveItemFields(context, 'actions', '7', '"e,1"', { DueDate: 'x' }, () => undefined);
  await expect(attempt).rejects.toBeInstanceOf(type);
  await expect(attempt).rejects.toMatchObject({ message: body.error.message });
});

test('a validation message that names a field is attached to that field', async () => {
  const context = createPlanContext(site(), LIST_IDS);
  answerWith({ status: 400, body: { error: { code: 'invalidRequest', message: "Field 'DueDate' is not a valid date." } } });
  const attempt = saveItemFields(context, 'actions', '7', '"e,1"', { DueDate: 'x' }, () => undefined);
  await expect(attempt).rejects.toMatchObject({ fields: { DueDate: "Field 'DueDate' is not a valid date." } });
});

test('a delta page applies changes and deletions, and its deltaLink becomes a path the client can request', () => {
  const cache = new ListCache();
  cache.replaceAll(
    [
      { id: '7', fields: { Title: 'Old' } },
      { id: '9', fields: { Title: 'Gone soon' } },
    ],
    undefined,
  );
  const page = fixture<{ value: GraphListItem[]; '@odata.deltaLink': string }>('delta-page.json');
  cache.apply(page.value, page['@odata.deltaLink']);
  expect(cache.all().map((item) => [item.id, item.fields?.Title])).toEqual([['7', 'Renamed']]);
  expect(relativeToBase(cache.deltaLink ?? '', BASE)).toBe('/sites/contoso.sharepoint.com,1,2/lists/L1/items/delta?token=MzslMjM0OyUyMzE7Mzs');
});
