import { createGraphClient, type RetryNotice } from '../../../src/storage/graph/graph-client';
import { storageErrorFor, toStorageError } from '../../../src/storage/graph/graph-errors';
import { getListItem } from '../../../src/storage/graph/graph-site';
import { StorageFailure, ThrottledError, UnreachableError, describeStorageError } from '../../../src/storage/ports';

/**
 * A site that does not answer and a site that is busy are different failures with different advice:
 * the adapter must not report one as the other.
 */
const BASE = 'https://graph.microsoft.com/v1.0';
const realFetch = globalThis.fetch;
let calls = 0;

function failEveryFetch(failure: () => Promise<Response>): void {
  calls = 0;
  globalThis.fetch = (() => {
    calls += 1;
    return failure();
  }) as typeof fetch;
}

function answer(...replies: { status: number; headers?: Record<string, string> }[]): void {
  calls = 0;
  globalThis.fetch = (async () => {
    calls += 1;
    const reply = replies.shift() ?? { status: 200 };
    return new Response(JSON.stringify(reply.status === 200 ? { id: 'item-1', fields: {} } : { error: { code: 'x', message: 'Busy' } }), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  }) as typeof fetch;
}

afterEach(() => {
  globalThis.fetch = realFetch;
});

function siteWithNotices(notices: RetryNotice[]) {
  return {
    client: createGraphClient({ baseUrl: BASE, getAccessToken: async () => 'token', maxRetries: 1, onRetry: (notice) => notices.push(notice) }),
    baseUrl: BASE,
    siteId: 'contoso.sharepoint.com,1,2',
  };
}

test.each([
  ['the network is down or the server has stopped', () => Promise.reject(new TypeError('Failed to fetch'))],
  ['the name does not resolve', () => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND contoso.sharepoint.com') }))],
])('when %s, a read fails as "unreachable", at once, with no "busy" notice', async (_case, failure) => {
  const notices: RetryNotice[] = [];
  failEveryFetch(failure);
  const attempt = getListItem(siteWithNotices(notices), '/sites/s/lists/L/items/1');
  await expect(attempt).rejects.toBeInstanceOf(UnreachableError);
  await expect(attempt.catch((error: unknown) => describeStorageError(error))).resolves.toMatch(/^Cannot reach the plan's SharePoint site\./);
  expect(notices).toEqual([]);
  expect(calls).toBe(1);
});

test('a throttled read tells the UI how long it will wait (Retry-After), then is sent again', async () => {
  const notices: RetryNotice[] = [];
  answer({ status: 429, headers: { 'Retry-After': '0' } }, { status: 200 });
  await getListItem(siteWithNotices(notices), '/sites/s/lists/L/items/1');
  expect(notices).toEqual([{ delaySeconds: 1, attempt: 1, status: 429 }]);
  expect(calls).toBe(2);
});

test('a gateway timeout (504) is retried without saying Microsoft 365 is busy', async () => {
  const notices: RetryNotice[] = [];
  answer({ status: 504 }, { status: 200 });
  await getListItem(siteWithNotices(notices), '/sites/s/lists/L/items/1');
  expect(notices).toEqual([]);
  expect(calls).toBe(2);
});

test.each([
  [-1, UnreachableError],
  [0, UnreachableError],
  [429, ThrottledError],
  [503, ThrottledError],
  [500, StorageFailure],
])('an answer of HTTP %i (or none) maps to %p', (status, type) => {
  expect(storageErrorFor(status, undefined)).toBeInstanceOf(type);
});

test('a throttled answer keeps its Retry-After; an unreachable one says nothing of waiting', () => {
  expect(storageErrorFor(503, undefined, { 'Retry-After': '7' })).toMatchObject({ kind: 'throttled', retryAfterSeconds: 7 });
  expect(toStorageError(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'unreachable' });
  expect(describeStorageError(toStorageError(new TypeError('Failed to fetch')))).not.toMatch(/busy|retry/i);
});

test('a request with no answer is announced once, for any page to hear; an HTTP error is not', async () => {
  let unanswered = 0;
  const client = createGraphClient({ baseUrl: BASE, getAccessToken: async () => 'token', onUnreachable: () => (unanswered += 1) });
  const graphSite = { client, baseUrl: BASE, siteId: 'contoso.sharepoint.com,1,2' };
  failEveryFetch(() => Promise.reject(new TypeError('Failed to fetch')));
  await expect(getListItem(graphSite, '/sites/s/lists/L/items/1')).rejects.toBeInstanceOf(UnreachableError);
  expect(unanswered).toBe(1);
  answer({ status: 500 });
  await expect(getListItem(graphSite, '/sites/s/lists/L/items/1')).rejects.toBeInstanceOf(StorageFailure);
  expect(unanswered).toBe(1);
});
