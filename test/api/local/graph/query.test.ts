import { createItem } from '../../../../api/src/local/graph/items';
import { listContext } from '../../../../api/src/local/graph/lists';
import { findSite } from '../../../../api/src/local/graph/sites';
import { demoDirectory } from '../../../../api/src/local/demo-directory';
import { type Harness, createActionsList, errorOf, startHarness } from './harness';

interface Page {
  value: { id: string; fields: Record<string, unknown> }[];
  '@odata.nextLink'?: string;
}

const PREFER = { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const NASTY = "O'Brien' or 1 eq 1";

let h: Harness;
let items: string;

const ids = async (query: string, headers: Record<string, string> = {}): Promise<string[]> => {
  const response = await h.call('GET', `${items}?expand=fields&${query}`, { headers });
  if (response.statusCode !== 200) throw new Error(response.payload);
  return response.json<Page>().value.map((item) => item.id);
};

beforeAll(async () => {
  h = await startHarness();
  const listId = await createActionsList(h);
  items = `/sites/root/lists/${listId}/items`;
  const rows = [
    { Title: NASTY, Status: 'Done', DueDate: '2025-01-15', PlanYear: 2024, OwnerName: 'Sean' },
    { Title: 'Reverse mentoring', Status: 'In progress', DueDate: '2025-03-31', PlanYear: 2025, OwnerName: 'Amara' },
    { Title: 'Recruitment panels', Status: 'Not started', DueDate: '2025-06-30', PlanYear: 2025, OwnerName: 'Tom' },
    { Title: 'Retention review', Status: 'Done', DueDate: '2024-11-01', PlanYear: 2024, OwnerName: 'Priya' },
    { Title: 'Board training', Status: 'Blocked', PlanYear: 2025, OwnerName: 'Leah' },
  ];
  for (const [index, fields] of rows.entries()) {
    const response = await h.call('POST', items, { body: { fields: { ...fields, ActionId: `q-${index + 1}` } } });
    if (response.statusCode !== 201) throw new Error(response.payload);
  }
});
afterAll(() => h.close());

describe('$filter', () => {
  test("a quoted value with '' escaping is matched literally, never interpreted", async () => {
    expect(await ids(`$filter=fields/Title eq 'O''Brien'' or 1 eq 1'`, PREFER)).toEqual(['1']);
    expect(await ids(`$filter=fields/Title eq 'O''Brien'`, PREFER)).toEqual([]);
    const item = (await h.call('GET', `${items}/1`)).json<{ fields: { Title: string } }>();
    expect(item.fields.Title).toBe(NASTY);
  });

  test('eq, ne, lt, gt, le, ge on choice, number and date fields', async () => {
    expect(await ids(`$filter=fields/Status eq 'Done'`)).toEqual(['1', '4']);
    expect(await ids(`$filter=fields/Status ne 'Done'`)).toEqual(['2', '3', '5']);
    expect(await ids('$filter=fields/PlanYear ge 2025')).toEqual(['2', '3', '5']);
    expect(await ids('$filter=fields/PlanYear lt 2025')).toEqual(['1', '4']);
    expect(await ids(`$filter=fields/DueDate lt '2025-03-31'`)).toEqual(['1', '4']);
    expect(await ids(`$filter=fields/DueDate le '2025-03-31'`)).toEqual(['1', '2', '4']);
    expect(await ids(`$filter=fields/DueDate gt '2025-03-31T00:00:00Z'`)).toEqual(['3']);
  });

  test('and / or with parentheses', async () => {
    expect(await ids(`$filter=fields/PlanYear eq 2025 and (fields/Status eq 'Blocked' or fields/Status eq 'Not started')`)).toEqual(['3', '5']);
    expect(await ids(`$filter=(fields/PlanYear eq 2024 and fields/Status eq 'Done') or fields/Status eq 'Blocked'`)).toEqual(['1', '4', '5']);
  });

  test('startswith', async () => {
    expect(await ids(`$filter=startswith(fields/Title,'Re')`, PREFER)).toEqual(['2', '3', '4']);
    expect(await ids(`$filter=startswith(fields/Status,'In') and fields/PlanYear eq 2025`)).toEqual(['2']);
  });

  test('filtering on a non-indexed field without the Prefer header is 400 with Graph\u2019s message', async () => {
    const response = await h.call('GET', `${items}?$filter=fields/OwnerName eq 'Tom'`);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toBe(
      "Field 'OwnerName' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
    );
    expect(await ids(`$filter=fields/OwnerName eq 'Tom'`, PREFER)).toEqual(['3']);
  });

  test('an unknown column and a malformed filter are 400', async () => {
    const unknown = await h.call('GET', `${items}?$filter=fields/Colour eq 'Blue'`);
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).message).toContain('Colour');
    for (const filter of [`fields/Status eq 'Done`, 'fields/Status eq', `fields/Status like 'D'`, `(fields/Status eq 'Done'`]) {
      expect((await h.call('GET', `${items}?$filter=${encodeURIComponent(filter)}`)).statusCode).toBe(400);
    }
  });
});

describe('$orderby', () => {
  test('ascending and descending on indexed fields; empty values sort first ascending', async () => {
    expect(await ids('$orderby=fields/DueDate')).toEqual(['5', '4', '1', '2', '3']);
    expect(await ids('$orderby=fields/DueDate desc')).toEqual(['3', '2', '1', '4', '5']);
    expect(await ids('$orderby=fields/PlanYear desc,fields/DueDate asc')).toEqual(['5', '2', '3', '4', '1']);
  });

  test('ordering on a non-indexed field needs the Prefer header', async () => {
    expect((await h.call('GET', `${items}?$orderby=fields/Title`)).statusCode).toBe(400);
    expect(await ids('$orderby=fields/Title', PREFER)).toEqual(['5', '1', '3', '4', '2']);
    expect(await ids('$orderby=fields/Title desc', PREFER)).toEqual(['2', '4', '3', '1', '5']);
  });
});

describe('paging', () => {
  let paged: Harness;
  let pagedItems: string;

  beforeAll(async () => {
    paged = await startHarness();
    const listId = await createActionsList(paged);
    pagedItems = `/sites/root/lists/${listId}/items`;
    // Straight through the store (not HTTP) to keep the test fast.
    const context = listContext(paged.store.db, findSite(paged.store.db, 'root'), listId);
    const lead = demoDirectory[0];
    if (!lead) throw new Error('no demo people');
    for (let n = 1; n <= 5005; n += 1) {
      createItem(paged.store.db, context, { fields: { Title: `Action ${n}`, ActionId: `p-${n}`, PlanYear: 2020 + (n % 5) } }, lead);
    }
  });
  afterAll(() => paged.close());

  async function follow(first: string): Promise<{ pages: number; ids: string[]; sizes: number[] }> {
    let link: string | undefined = first;
    const seen: string[] = [];
    const sizes: number[] = [];
    const links: (string | undefined)[] = [];
    while (link) {
      const url = new URL(link, 'http://localhost');
      const response = await paged.app.inject({
        method: 'GET',
        url: `${url.pathname}${url.search}`,
        headers: { authorization: 'Bearer local:lead@demo-trust.example', host: 'localhost' },
      });
      expect(response.statusCode).toBe(200);
      const page = response.json<Page>();
      sizes.push(page.value.length);
      seen.push(...page.value.map((item) => item.id));
      link = page['@odata.nextLink'];
      links.push(link);
    }
    // Every link but the last page's (absent) points back at this list, absolute, as Graph's do.
    expect(links.slice(0, -1).every((next) => /^http:\/\/localhost\/graph\/v1\.0\/sites\/root\/lists\/[^/]+\/items\?/.test(next ?? ''))).toBe(true);
    expect(links.at(-1)).toBeUndefined();
    return { pages: sizes.length, ids: seen, sizes };
  }

  test('the default page is 200 items, with @odata.nextLink until the last page', async () => {
    const result = await follow(`/graph/v1.0${pagedItems}`);
    expect(result.pages).toBe(26);
    expect(result.sizes.slice(0, 25).every((size) => size === 200)).toBe(true);
    expect(result.ids).toHaveLength(5005);
    expect(new Set(result.ids).size).toBe(5005);
  });

  test('$top above 5000 is capped at 5000', async () => {
    const response = await paged.call('GET', `${pagedItems}?$top=10000`);
    const page = response.json<Page>();
    expect(page.value).toHaveLength(5000);
    expect(page['@odata.nextLink']).toBeDefined();
  });

  test('a filtered, ordered query pages with its options kept, and every match arrives once', async () => {
    const result = await follow(
      `/graph/v1.0${pagedItems}?expand=fields(select=PlanYear)&$filter=fields/PlanYear eq 2021&$orderby=fields/PlanYear desc&$top=300`,
    );
    expect(result.ids).toHaveLength(1001);
    expect(new Set(result.ids).size).toBe(1001);
    expect(result.sizes).toEqual([300, 300, 300, 101]);
  });

  test('an invalid $top or $skiptoken is 400', async () => {
    expect((await paged.call('GET', `${pagedItems}?$top=0`)).statusCode).toBe(400);
    expect((await paged.call('GET', `${pagedItems}?$skiptoken=bogus`)).statusCode).toBe(400);
  });
});
