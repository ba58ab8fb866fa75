import { type Harness, MEMBER, createActionsList, startHarness } from './harness';

/*
 * Delta pages are written by SQLite (item-json-sql.ts) and item pages by JavaScript (itemJson):
 * the same items, asked for with the same options, must come out the same, property for property
 * and in the same order.
 */

interface Page {
  value: Record<string, unknown>[];
  '@odata.deltaLink'?: string;
}

let h: Harness;
let items: string;

async function page(url: string): Promise<Page> {
  const response = await h.call('GET', url);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.payload}`);
  return response.json<Page>();
}

const texts = (values: readonly unknown[]): string[] => values.map((value) => JSON.stringify(value));

beforeAll(async () => {
  h = await startHarness();
  items = `/sites/root/lists/${await createActionsList(h, "Trust's actions")}/items`;
  const created = async (fields: Record<string, unknown>, as?: string): Promise<string> => {
    const response = await h.call('POST', items, { body: { fields }, ...(as ? { as } : {}) });
    if (response.statusCode !== 201) throw new Error(`${response.statusCode} ${response.payload}`);
    return response.json<{ id: string }>().id;
  };
  await created({
    Title: 'O\'Brien\'s "plan" \\ with a backslash',
    ActionId: 'j-1',
    Status: 'Done',
    'Indicators@odata.type': 'Collection(Edm.String)',
    Indicators: ['2', '9'],
    DueDate: '2026-03-31',
    Effort: 2.5,
    GoodPractice: true,
    Description: 'Line one\nLine two\t– “quoted” 🚀 ü',
    OwnerName: 'Zoë',
    PlanYear: 2025,
  });
  await created({ Title: 'Few fields', ActionId: 'j-2' }, MEMBER);
  const third = await created({
    Title: 'Empty choices',
    ActionId: 'j-3',
    'Indicators@odata.type': 'Collection(Edm.String)',
    Indicators: [],
    GoodPractice: false,
    Effort: 0,
  });
  // A null clears a field, and another person's change makes the editor differ from the author.
  const cleared = await h.call('PATCH', `${items}/${third}/fields`, { body: { Indicators: null, Description: 'Changed' }, as: MEMBER });
  if (cleared.statusCode !== 200) throw new Error(`${cleared.statusCode} ${cleared.payload}`);
});
afterAll(() => h.close());

test.each([
  ['everything, fields expanded', '?expand=fields'],
  ['no fields', ''],
  ['only an id', '?$select=id'],
  [
    'what the plan reader asks for',
    '?$select=id,eTag,createdDateTime,lastModifiedDateTime,lastModifiedBy,deleted&expand=fields(select=Title,Indicators,Effort,DueDate)',
  ],
  [
    'the rest of a listItem and the fields SharePoint keeps',
    '?$select=webUrl,createdBy,parentReference,contentType&expand=fields(select=ContentType,Modified,Created,AuthorLookupId,EditorLookupId,_UIVersionString,Attachments,GoodPractice,OwnerName,PlanYear)',
  ],
])('a delta page and an item page agree: %s', async (_, query) => {
  const delta = await page(`${items}/delta${query}`);
  const listed = await page(`${items}${query}`);
  expect(delta.value).toHaveLength(3);
  expect(texts(delta.value)).toEqual(texts(listed.value));
});

test('a page of changes writes a changed item as an item page does', async () => {
  const query = '?$select=id,eTag,lastModifiedBy&expand=fields';
  const { '@odata.deltaLink': deltaLink } = await page(`${items}/delta${query}`);
  const changed = await h.call('PATCH', `${items}/2/fields`, {
    body: { Status: 'Blocked', 'Indicators@odata.type': 'Collection(Edm.String)', Indicators: ['1'] },
  });
  expect(changed.statusCode).toBe(200);
  const link = new URL(deltaLink ?? '');
  const changes = await page(`${link.pathname.replace('/graph/v1.0', '')}${link.search}`);
  const listed = await page(`${items}${query}`);
  expect(texts(changes.value)).toEqual(texts(listed.value.filter((item) => item.id === '2')));
  expect(changes.value[0]?.fields).toMatchObject({ Status: 'Blocked', Indicators: ['1'], 'Indicators@odata.type': 'Collection(Edm.String)' });
});
