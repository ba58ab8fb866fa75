import { DEMO_TRUST_SITE_ID } from '../../../api/src/local/graph';
import { MAX_JSON_DEPTH } from '../../../api/src/local/graph/json-body';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH, MAX_FILTER_TERMS } from '../../../api/src/local/graph/odata-filter';
import { type ListeningStore, type StoreResponse, startListeningStore } from './support/listening-store';

/**
 * Graph's limits and the server's own boundaries, over real HTTP: an over-complex `$filter` is a
 * 400 with Graph's error body (never a 500 or a crashed server), `$batch` runs Graph requests only,
 * the Host header must name this server, links are built from the bound address, and the outbox
 * needs sign-in.
 */

const LEAD = 'lead@demo-trust.example';

interface SubResponse {
  id: string;
  status: number;
  body?: { error?: { code: string; message: string; innerError?: Record<string, string> }; value?: unknown[] };
}

let store: ListeningStore;
let items: string;

beforeAll(async () => {
  store = await startListeningStore();
  const list = await store.call('POST', `/sites/${DEMO_TRUST_SITE_ID}/lists`, LEAD, {
    displayName: 'Actions',
    columns: [{ name: 'ActionId', text: {}, indexed: true }],
  });
  items = `/sites/root/lists/${list.json<{ id: string }>().id}/items`;
  const requests = Array.from({ length: 7 }, (_, n) => ({
    id: String(n + 1),
    method: 'POST',
    url: items,
    headers: { 'Content-Type': 'application/json' },
    body: { fields: { Title: `Action ${n + 1}`, ActionId: `a-${n + 1}` } },
  }));
  const batch = await store.call('POST', '/$batch', LEAD, { requests });
  if (batch.status !== 200) throw new Error(batch.text);
});
afterAll(() => store.close());

const batch = async (
  requests: { id: string; method: string; url: string; body?: unknown; headers?: Record<string, string> }[],
): Promise<Map<string, SubResponse>> => {
  const response = await store.call('POST', '/$batch', LEAD, { requests });
  expect(response.status).toBe(200);
  return new Map(response.json<{ responses: SubResponse[] }>().responses.map((sub) => [sub.id, sub]));
};

/** `id eq 1 or id eq 2 …` with `terms` comparisons. */
const orChain = (terms: number): string => Array.from({ length: terms }, (_, n) => `fields/ActionId eq 'a-${n % 9}'`).join(' or ');
const nested = (depth: number): string => `${'('.repeat(depth)}fields/ActionId eq 'a-1'${')'.repeat(depth)}`;
const filtered = (filter: string): string => `${items}?expand=fields&$filter=${encodeURIComponent(filter)}`;

describe('$filter limits', () => {
  test(`a filter nested ~5,000 deep or with ~20,000 "or" terms is 400 in Graph's error shape, and the store keeps serving`, async () => {
    const responses = await batch([
      { id: 'deep', method: 'GET', url: filtered(nested(5000)) },
      { id: 'wide', method: 'GET', url: filtered(Array.from({ length: 20000 }, () => 'id eq 1').join(' or ')) },
    ]);
    for (const id of ['deep', 'wide']) {
      const sub = responses.get(id);
      expect(sub?.status).toBe(400);
      expect(sub?.body?.error?.code).toBe('invalidRequest');
      expect(sub?.body?.error?.message).toContain(`at most ${MAX_FILTER_LENGTH} are allowed`);
      expect(sub?.body?.error?.innerError?.['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    // Directly, too (as long a URL as HTTP carries), and the store still answers afterwards.
    const direct = await store.call('GET', filtered(nested(2000)), LEAD);
    expect(direct.status).toBe(400);
    expect((await store.call('GET', filtered("fields/ActionId eq 'a-1'"), LEAD)).json<{ value: unknown[] }>().value).toHaveLength(1);
  });

  test(`nesting is limited to ${MAX_FILTER_DEPTH} levels and comparisons to ${MAX_FILTER_TERMS}, each named in the message`, async () => {
    const tooDeep = await store.call('GET', filtered(nested(MAX_FILTER_DEPTH + 1)), LEAD);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.json<{ error: { message: string } }>().error.message).toContain(`more than ${MAX_FILTER_DEPTH} deep`);
    const shortTerms = Array.from({ length: MAX_FILTER_TERMS + 1 }, () => 'id eq 1').join(' or ');
    expect(shortTerms.length).toBeLessThan(MAX_FILTER_LENGTH);
    const tooMany = await batch([{ id: '1', method: 'GET', url: filtered(shortTerms) }]);
    expect(tooMany.get('1')?.status).toBe(400);
    expect(tooMany.get('1')?.body?.error?.message).toContain(`more than ${MAX_FILTER_TERMS} comparisons`);
  });

  test('a filter at the limits still runs and finds its items', async () => {
    const atLimits = await batch([
      { id: 'deep', method: 'GET', url: filtered(nested(MAX_FILTER_DEPTH)) },
      {
        id: 'wide',
        method: 'GET',
        url: filtered(
          orChain(MAX_FILTER_TERMS)
            .slice(0, MAX_FILTER_LENGTH)
            .replace(/ or [^o]*$/, ''),
        ),
      },
    ]);
    expect(atLimits.get('deep')).toMatchObject({ status: 200, body: { value: [expect.anything()] } });
    expect(atLimits.get('wide')?.status).toBe(200);
    expect(atLimits.get('wide')?.body?.value).toHaveLength(7);
  });
});

describe('request bodies', () => {
  test(`a body nested ~200,000 deep is 400 naming the limit of ${MAX_JSON_DEPTH} levels, directly or inside a $batch, and the store keeps serving`, async () => {
    const deep = `${'['.repeat(200000)}${']'.repeat(200000)}`;
    const post = (path: string, body: string): Promise<Response> =>
      fetch(`${store.graph}${path}`, { method: 'POST', headers: { authorization: `Bearer local:${LEAD}`, 'content-type': 'application/json' }, body });
    const direct = await post('/sites/root/lists', `{"displayName":"Deep","columns":${deep}}`);
    const batched = await post(
      '/$batch',
      `{"requests":[{"id":"1","method":"POST","url":"/sites/root/lists","headers":{"Content-Type":"application/json"},"body":${deep}}]}`,
    );
    for (const response of [direct, batched]) {
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalidRequest');
      expect(body.error.message).toContain(`more than ${MAX_JSON_DEPTH} levels deep`);
    }
    expect((await store.call('GET', '/me', LEAD)).status).toBe(200);
  });
});

describe('$batch runs Graph requests only', () => {
  test('absolute URLs, "..", other parts of the server and a nested $batch are refused one by one with 400; the rest run', async () => {
    const responses = await batch([
      { id: 'fine', method: 'GET', url: '/me' },
      { id: 'absolute', method: 'GET', url: `${store.url}/local/outbox` },
      { id: 'scheme-relative', method: 'GET', url: '//127.0.0.1/local/outbox' },
      { id: 'outbox', method: 'GET', url: '/local/outbox' },
      { id: 'directory', method: 'GET', url: 'local/directory' },
      { id: 'api', method: 'POST', url: '/api/publish-practice', body: {}, headers: { 'Content-Type': 'application/json' } },
      { id: 'climb', method: 'GET', url: '/sites/../../local/outbox' },
      { id: 'climb-encoded', method: 'GET', url: '/sites/%2e%2e/%2E%2E/local/outbox' },
      { id: 'tab', method: 'GET', url: '/../../index.html' },
      {
        id: 'nested',
        method: 'POST',
        url: '/$batch',
        body: { requests: [{ id: 'x', method: 'GET', url: '/me' }] },
        headers: { 'Content-Type': 'application/json' },
      },
      { id: 'items', method: 'GET', url: items },
    ]);
    expect(responses.get('fine')?.status).toBe(200);
    expect(responses.get('items')?.status).toBe(200);
    for (const id of ['absolute', 'scheme-relative', 'outbox', 'directory', 'api', 'climb', 'climb-encoded', 'tab', 'nested']) {
      expect(`${id}: ${responses.get(id)?.status} ${responses.get(id)?.body?.error?.code}`).toBe(`${id}: 400 invalidRequest`);
    }
    expect(responses.get('nested')?.body?.error?.message).toContain('cannot contain another $batch');
  });

  test("a sub-request cannot swap the outer request's sign-in or Host", async () => {
    const responses = await batch([
      { id: 'me', method: 'GET', url: '/me', headers: { Authorization: 'Bearer local:reminders@service.example', Host: 'evil.example' } },
    ]);
    expect(responses.get('me')).toMatchObject({ status: 200, body: { userPrincipalName: LEAD } });
  });
});

describe('the Host header', () => {
  test('only the bound address and localhost with its port are answered; any other Host is 421 (none at all 400), for every part of the server', async () => {
    const port = new URL(store.url).port;
    const auth = { authorization: `Bearer local:${LEAD}` };
    for (const path of ['/', '/config.json', '/local/directory', '/local/outbox', '/graph/v1.0/sites/root']) {
      expect(`${path} ${(await store.rawGet(path, `127.0.0.1:${port}`, auth)).status}`).toBe(`${path} 200`);
      expect(`${path} ${(await store.rawGet(path, `localhost:${port}`, auth)).status}`).toBe(`${path} 200`);
      for (const host of ['evil.example', `evil.example:${port}`, 'localhost', `127.0.0.1:${Number(port) + 1}`]) {
        expect(`${path} ${host} ${(await store.rawGet(path, host, auth)).status}`).toBe(`${path} ${host} 421`);
      }
      // Without a Host at all, Node's HTTP/1.1 server refuses the request itself.
      expect(`${path} no Host ${(await store.rawGet(path, undefined, auth)).status}`).toBe(`${path} no Host 400`);
    }
    const refused = await store.rawGet('/graph/v1.0/sites/root', 'evil.example', auth);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: 'misdirectedRequest' } });
  });

  test('@odata.nextLink is built from the bound address, whatever the Host header said', async () => {
    const port = new URL(store.url).port;
    const page = await store.rawGet(`/graph/v1.0${items}?$top=2`, `localhost:${port}`, { authorization: `Bearer local:${LEAD}` });
    const next = (JSON.parse(page.text) as { '@odata.nextLink'?: string })['@odata.nextLink'];
    expect(next?.startsWith(`${store.graph}${items}?`)).toBe(true);
    const delta = await store.rawGet(`/graph/v1.0${items}/delta?$top=2`, `localhost:${port}`, { authorization: `Bearer local:${LEAD}` });
    expect((JSON.parse(delta.text) as { '@odata.nextLink'?: string })['@odata.nextLink']?.startsWith(`${store.graph}${items}/delta?`)).toBe(true);
  });
});

const send = (from: string, to: string, text: string): Promise<StoreResponse> =>
  store.call('POST', `/users/${encodeURIComponent(to)}/teamwork/sendActivityNotification`, from, {
    topic: { source: 'text', value: 'Plan' },
    activityType: 'actionDueSoon',
    previewText: { content: text },
  });

/** The previews in `email`'s outbox, newest first. */
async function read(email: string): Promise<string[]> {
  const response = await fetch(`${store.url}/local/outbox`, { headers: { authorization: `Bearer local:${email}` } });
  expect(response.headers.get('cache-control')).toBe('no-store');
  return ((await response.json()) as { value: { previewText: string }[] }).value.map((entry) => entry.previewText);
}

describe('the outbox', () => {
  test('needs sign-in: no token or an unknown one is 401', async () => {
    expect((await fetch(`${store.url}/local/outbox`)).status).toBe(401);
    expect((await fetch(`${store.url}/local/outbox`, { headers: { authorization: 'Bearer local:nobody@demo-trust.example' } })).status).toBe(401);
  });

  test("shows a person only the notifications sent to them (or by them), never a colleague's", async () => {
    expect((await send('reminders@service.example', 'tom.hughes@demo-trust.example', 'For Tom')).status).toBe(204);
    expect((await send('reminders@service.example', 'priya.raman@demo-trust.example', 'For Priya')).status).toBe(204);
    expect(await read('tom.hughes@demo-trust.example')).toEqual(['For Tom']);
    expect(await read('priya.raman@demo-trust.example')).toEqual(['For Priya']);
    expect(await read(LEAD)).toEqual([]);
    expect(await read('reminders@service.example')).toEqual(['For Priya', 'For Tom']);
  });
});
