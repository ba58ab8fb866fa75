import { type Harness, MEMBER, createActionsList, errorOf, startHarness } from './harness';

interface DeltaPage {
  value: { id: string; deleted?: { state: string }; fields?: Record<string, unknown> }[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

let h: Harness;
let items: string;

/** Follows nextLinks from `url` to the deltaLink, returning every entry seen and the deltaLink. */
async function drain(url: string): Promise<{ entries: DeltaPage['value']; deltaLink: string; pages: number }> {
  let link: string | undefined = url;
  const entries: DeltaPage['value'] = [];
  let pages = 0;
  for (;;) {
    const target = new URL(link, 'http://localhost');
    const response = await h.app.inject({
      method: 'GET',
      url: `${target.pathname}${target.search}`,
      headers: { authorization: 'Bearer local:lead@demo-trust.example', host: 'localhost' },
    });
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.payload}`);
    const page = response.json<DeltaPage>();
    pages += 1;
    entries.push(...page.value);
    if (page['@odata.deltaLink']) return { entries, deltaLink: page['@odata.deltaLink'], pages };
    link = page['@odata.nextLink'];
    if (!link) throw new Error('a delta page has neither nextLink nor deltaLink');
  }
}

const create = async (title: string, actionId: string): Promise<string> => {
  const response = await h.call('POST', items, { body: { fields: { Title: title, ActionId: actionId } } });
  return response.json<{ id: string }>().id;
};

beforeAll(async () => {
  h = await startHarness();
  const listId = await createActionsList(h);
  items = `/sites/root/lists/${listId}/items`;
  for (let n = 1; n <= 7; n += 1) await create(`Action ${n}`, `d-${n}`);
});
afterAll(() => h.close());

describe('delta', () => {
  test('the first call enumerates everything, in pages, and ends with a deltaLink', async () => {
    const { entries, deltaLink, pages } = await drain(`/graph/v1.0${items}/delta?expand=fields(select=Title)&$top=3`);
    expect(pages).toBe(3);
    expect(entries.map((entry) => entry.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(entries[0]?.fields).toMatchObject({ Title: 'Action 1' });
    expect(deltaLink).toMatch(/^http:\/\/localhost\/graph\/v1\.0\/sites\/root\/lists\/[^/]+\/items\/delta\?.*token=/);
  });

  test('later calls return only what changed (latest state, once) and deletions', async () => {
    const { deltaLink } = await drain(`/graph/v1.0${items}/delta?expand=fields`);
    expect((await drain(deltaLink)).entries).toEqual([]);
    await h.call('PATCH', `${items}/2/fields`, { body: { Status: 'In progress' } });
    await h.call('PATCH', `${items}/2/fields`, { body: { Status: 'Done' } });
    const added = await create('Action 8', 'd-8');
    await h.call('DELETE', `${items}/3`);
    const changes = await drain(deltaLink);
    expect(changes.entries.map((entry) => entry.id).toSorted()).toEqual(['2', '3', added].toSorted());
    expect(changes.entries.find((entry) => entry.id === '2')?.fields).toMatchObject({ Status: 'Done' });
    expect(changes.entries.find((entry) => entry.id === '3')).toEqual({ id: '3', deleted: { state: 'deleted' } });
    expect((await drain(changes.deltaLink)).entries).toEqual([]);
  });

  test('changes page with nextLink too', async () => {
    const { deltaLink } = await drain(`/graph/v1.0${items}/delta`);
    for (const id of ['1', '4', '5', '6']) await h.call('PATCH', `${items}/${id}/fields`, { body: { Status: 'Blocked' } });
    const url = new URL(deltaLink);
    url.searchParams.set('$top', '2');
    const changes = await drain(`${url.pathname}${url.search}`);
    expect(changes.pages).toBe(2);
    expect(changes.entries.map((entry) => entry.id)).toEqual(['1', '4', '5', '6']);
  });

  test('$select names the item properties sent, on every page and through the deltaLink; expanded fields and deletions still come', async () => {
    const { entries, deltaLink } = await drain(`/graph/v1.0${items}/delta?$select=id,ETAG,deleted&expand=fields(select=Title)&$top=4`);
    const first = entries[0] as Record<string, unknown>;
    expect(Object.keys(first).toSorted()).toEqual(['@odata.etag', 'eTag', 'fields', 'id']);
    expect(first.eTag).toBe(first['@odata.etag']);
    expect(entries.every((entry) => Object.keys(entry).length === 4)).toBe(true);
    const created = await create('Action with a long life', 'd-select');
    await h.call('DELETE', `${items}/${created}`);
    const changes = await drain(deltaLink);
    expect(changes.entries).toEqual([{ id: created, deleted: { state: 'deleted' } }]);
  });

  test('token=latest returns no items and a fresh deltaLink that sees only later changes', async () => {
    const latest = await h.call('GET', `${items}/delta?token=latest`);
    const page = latest.json<DeltaPage>();
    expect(page.value).toEqual([]);
    expect(page['@odata.deltaLink']).toBeDefined();
    await h.call('PATCH', `${items}/7/fields`, { body: { Status: 'Done' } });
    expect((await drain(page['@odata.deltaLink'] ?? '')).entries.map((entry) => entry.id)).toEqual(['7']);
  });

  test('an unknown token is 410 resyncRequired with a Location that starts a new enumeration', async () => {
    const response = await h.call('GET', `${items}/delta?token=not-a-token&expand=fields`);
    expect(response.statusCode).toBe(410);
    expect(errorOf(response).code).toBe('resyncRequired');
    const location = String(response.headers.location);
    expect(location).toMatch(/\/items\/delta\?expand=fields$/);
    const fresh = await drain(location);
    expect(fresh.entries.length).toBeGreaterThan(0);
  });

  test('expireDeltaTokens() makes every earlier deltaLink answer 410', async () => {
    const { deltaLink } = await drain(`/graph/v1.0${items}/delta`);
    h.store.expireDeltaTokens();
    const url = new URL(deltaLink);
    const response = await h.app.inject({
      method: 'GET',
      url: `${url.pathname}${url.search}`,
      headers: { authorization: 'Bearer local:lead@demo-trust.example' },
    });
    expect(response.statusCode).toBe(410);
  });

  test('with deltaRetentionSeconds, a token older than that is 410', async () => {
    const short = await startHarness({ deltaRetentionSeconds: 0.05 });
    try {
      const listId = await createActionsList(short);
      const first = (await short.call('GET', `/sites/root/lists/${listId}/items/delta`)).json<DeltaPage>();
      await new Promise((resolve) => setTimeout(resolve, 120));
      const url = new URL(first['@odata.deltaLink'] ?? '');
      const response = await short.app.inject({
        method: 'GET',
        url: `${url.pathname}${url.search}`,
        headers: { authorization: 'Bearer local:lead@demo-trust.example' },
      });
      expect(response.statusCode).toBe(410);
    } finally {
      await short.close();
    }
  });
});

describe('versions', () => {
  test('every change is a version, newest first, with who changed it and a full snapshot of the fields', async () => {
    const id = await create('Versioned', 'v-1');
    await h.call('PATCH', `${items}/${id}/fields`, { body: { Status: 'In progress' }, as: MEMBER });
    await h.call('PATCH', `${items}/${id}/fields`, { body: { Title: 'Versioned twice' } });
    const response = await h.call('GET', `${items}/${id}/versions`);
    expect(response.statusCode).toBe(200);
    const { value } = response.json<{
      value: { id: string; lastModifiedDateTime: string; lastModifiedBy: { user: { email: string } }; fields: Record<string, unknown> }[];
    }>();
    expect(value.map((version) => version.id)).toEqual(['3.0', '2.0', '1.0']);
    expect(value.map((version) => version.lastModifiedBy.user.email)).toEqual(['lead@demo-trust.example', MEMBER, 'lead@demo-trust.example']);
    expect(value[2]?.fields).toMatchObject({ Title: 'Versioned', ActionId: 'v-1' });
    expect(value[2]?.fields.Status).toBeUndefined();
    expect(value[1]?.fields).toMatchObject({ Title: 'Versioned', Status: 'In progress' });
    expect(value[0]?.fields).toMatchObject({ Title: 'Versioned twice', Status: 'In progress', _UIVersionString: '3.0' });
    expect(value[0]?.lastModifiedDateTime).toEqual(expect.any(String));
  });

  test('a single version by id; an unknown version or item is 404', async () => {
    const one = await h.call('GET', `${items}/1/versions/1.0`);
    expect(one.json()).toMatchObject({ id: '1.0', fields: { Title: 'Action 1' } });
    expect((await h.call('GET', `${items}/1/versions/99.0`)).statusCode).toBe(404);
    expect((await h.call('GET', `${items}/999/versions`)).statusCode).toBe(404);
  });
});
