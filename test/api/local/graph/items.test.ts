import { type Harness, MEMBER, createActionsList, errorOf, startHarness } from './harness';

interface Item {
  id: string;
  eTag: string;
  '@odata.etag': string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  webUrl: string;
  createdBy: { user: { id: string; displayName: string; email: string } };
  lastModifiedBy: { user: { id: string; displayName: string; email: string } };
  fields: Record<string, unknown>;
}

const ETAG = /^"\{[0-9A-F-]{36}\},(\d+)"$/;
const version = (eTag: string): number => Number(ETAG.exec(eTag)?.[1]);

let h: Harness;
let items: string;

beforeAll(async () => {
  h = await startHarness();
  const listId = await createActionsList(h);
  items = `/sites/root/lists/${listId}/items`;
});
afterAll(() => h.close());

async function create(fields: Record<string, unknown>): Promise<Item> {
  const response = await h.call('POST', items, { body: { fields } });
  if (response.statusCode !== 201) throw new Error(response.payload);
  return response.json<Item>();
}

describe('create and read', () => {
  test('POST is 201 with the item: per-list integer ids as strings, eTag "{GUID},1", who and when, and its fields', async () => {
    const first = await create({ Title: 'Reverse mentoring', ActionId: 'c-1', Status: 'Not started', DueDate: '2025-03-31' });
    const second = await create({ Title: 'Diverse panels', ActionId: 'c-2' });
    expect(first.id).toBe('1');
    expect(second.id).toBe('2');
    expect(first.eTag).toMatch(ETAG);
    expect(version(first.eTag)).toBe(1);
    expect(first['@odata.etag']).toBe(first.eTag);
    expect(first.createdBy.user).toEqual({ id: '8f1c2d3e-0001-4a5b-9c6d-000000000001', displayName: 'Leah Adeyemi', email: 'lead@demo-trust.example' });
    expect(first.lastModifiedBy).toEqual(first.createdBy);
    expect(first.webUrl).toContain('/Lists/Actions/DispForm.aspx?ID=1');
    expect(first.fields).toMatchObject({
      '@odata.etag': first.eTag,
      id: '1',
      Title: 'Reverse mentoring',
      Status: 'Not started',
      DueDate: '2025-03-31T00:00:00Z',
      Created: first.createdDateTime,
      Modified: first.lastModifiedDateTime,
    });
  });

  test('GET items/{id} returns the item with fields; expand=fields(select=…) narrows them', async () => {
    const full = (await h.call('GET', `${items}/1`)).json<Item>();
    expect(full.fields.Title).toBe('Reverse mentoring');
    const narrow = (await h.call('GET', `${items}/1?expand=fields(select=Status)`)).json<Item>();
    expect(Object.keys(narrow.fields).toSorted()).toEqual(['@odata.etag', 'Status', 'id']);
  });

  test('GET items lists without fields unless expanded (expand or $expand)', async () => {
    const plain = (await h.call('GET', items)).json<{ value: Item[] }>();
    expect(plain.value[0]?.fields).toBeUndefined();
    const expanded = (await h.call('GET', `${items}?$expand=fields`)).json<{ value: Item[] }>();
    expect(expanded.value[0]?.fields.Title).toBe('Reverse mentoring');
    const selected = (await h.call('GET', `${items}?expand=fields(select=Title,ActionId)`)).json<{ value: Item[] }>();
    expect(selected.value[1]?.fields).toEqual({ '@odata.etag': selected.value[1]?.eTag, id: '2', Title: 'Diverse panels', ActionId: 'c-2' });
  });

  test('a multi-choice column is written and read as a string collection with its type annotation', async () => {
    const item = await create({ Title: 'Indicators', ActionId: 'c-3', 'Indicators@odata.type': 'Collection(Edm.String)', Indicators: ['2', '5'] });
    expect(item.fields.Indicators).toEqual(['2', '5']);
    expect(item.fields['Indicators@odata.type']).toBe('Collection(Edm.String)');
  });

  test('an unknown item is 404 itemNotFound', async () => {
    const response = await h.call('GET', `${items}/999`);
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('itemNotFound');
  });
});

describe('update with eTags', () => {
  test('PATCH fields merges a partial fieldValueSet, returns the full set, and bumps the eTag', async () => {
    const before = (await h.call('GET', `${items}/1`)).json<Item>();
    const response = await h.call('PATCH', `${items}/1/fields`, { body: { Status: 'In progress' }, headers: { 'if-match': before.eTag }, as: MEMBER });
    expect(response.statusCode).toBe(200);
    const fields = response.json<Record<string, unknown>>();
    expect(fields).toMatchObject({ Title: 'Reverse mentoring', ActionId: 'c-1', Status: 'In progress', DueDate: '2025-03-31T00:00:00Z' });
    expect(version(String(fields['@odata.etag']))).toBe(version(before.eTag) + 1);
    const after = (await h.call('GET', `${items}/1`)).json<Item>();
    expect(after.lastModifiedBy.user.email).toBe(MEMBER);
    expect(after.createdBy.user.email).toBe('lead@demo-trust.example');
  });

  test('a stale If-Match is 412 preconditionFailed and the item is unchanged', async () => {
    const current = (await h.call('GET', `${items}/1`)).json<Item>();
    const stale = current.eTag.replace(/,\d+"$/, ',1"');
    const response = await h.call('PATCH', `${items}/1/fields`, { body: { Status: 'Blocked' }, headers: { 'if-match': stale } });
    expect(response.statusCode).toBe(412);
    expect(errorOf(response).code).toBe('preconditionFailed');
    const after = (await h.call('GET', `${items}/1`)).json<Item>();
    expect(after.eTag).toBe(current.eTag);
    expect(after.fields.Status).toBe(current.fields.Status);
  });

  test('If-Match * or no If-Match writes without a check; every change increments N', async () => {
    const start = version((await h.call('GET', `${items}/2`)).json<Item>().eTag);
    await h.call('PATCH', `${items}/2/fields`, { body: { Status: 'Done' }, headers: { 'if-match': '*' } });
    await h.call('PATCH', `${items}/2/fields`, { body: { Status: 'Blocked' } });
    expect(version((await h.call('GET', `${items}/2`)).json<Item>().eTag)).toBe(start + 2);
  });

  test('PATCH items/{id} with { fields } updates too, and honours If-Match', async () => {
    const current = (await h.call('GET', `${items}/2`)).json<Item>();
    const ok = await h.call('PATCH', `${items}/2`, { body: { fields: { Title: 'Diverse interview panels' } }, headers: { 'if-match': current.eTag } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Item>().fields.Title).toBe('Diverse interview panels');
    const stale = await h.call('PATCH', `${items}/2`, { body: { fields: { Title: 'Lost' } }, headers: { 'if-match': current.eTag } });
    expect(stale.statusCode).toBe(412);
  });

  test('null clears an optional field', async () => {
    const response = await h.call('PATCH', `${items}/1/fields`, { body: { DueDate: null } });
    expect(response.json<Record<string, unknown>>().DueDate).toBeUndefined();
  });
});

describe('delete', () => {
  test('DELETE with a stale If-Match is 412; then 204; then the item is gone', async () => {
    const item = await create({ Title: 'To delete', ActionId: 'd-1' });
    await h.call('PATCH', `${items}/${item.id}/fields`, { body: { Status: 'Done' } });
    expect((await h.call('DELETE', `${items}/${item.id}`, { headers: { 'if-match': item.eTag } })).statusCode).toBe(412);
    expect((await h.call('DELETE', `${items}/${item.id}`)).statusCode).toBe(204);
    expect((await h.call('GET', `${items}/${item.id}`)).statusCode).toBe(404);
    expect((await h.call('DELETE', `${items}/${item.id}`)).statusCode).toBe(404);
  });

  test('ids are never reused after a delete', async () => {
    const next = await create({ Title: 'After delete', ActionId: 'd-2' });
    expect(Number(next.id)).toBeGreaterThan(4);
  });
});

describe('column validation as SharePoint does it (400 naming the field)', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['an unknown field', { Title: 't', ActionId: 'v-1', Colour: 'Blue' }, /Field 'Colour' is not recognized/],
    ['a missing required field', { ActionId: 'v-2' }, /Field 'Title' is required/],
    ['a choice not in the choices', { Title: 't', ActionId: 'v-3', Status: 'Finished' }, /Field 'Status'.*'Finished'/],
    ['a multi-choice given a string', { Title: 't', ActionId: 'v-4', Indicators: '1' }, /Field 'Indicators'.*array/],
    [
      'a multi-choice value outside the choices',
      { Title: 't', ActionId: 'v-5', 'Indicators@odata.type': 'Collection(Edm.String)', Indicators: ['1', '10'] },
      /Field 'Indicators'.*'10'/,
    ],
    ['a multi-choice array without its @odata.type', { Title: 't', ActionId: 'v-6', Indicators: ['1'] }, /Indicators@odata.type/],
    ['a number that is not numeric', { Title: 't', ActionId: 'v-7', Effort: 'lots' }, /Field 'Effort' must be a number/],
    ['a number above the maximum', { Title: 't', ActionId: 'v-8', Effort: 11 }, /Field 'Effort' must be at most 10/],
    ['a number below the minimum', { Title: 't', ActionId: 'v-9', Effort: -1 }, /Field 'Effort' must be at least 0/],
    ['a date that is not ISO', { Title: 't', ActionId: 'v-10', DueDate: '31/03/2025' }, /Field 'DueDate' must be a date/],
    ['a date that does not exist', { Title: 't', ActionId: 'v-11', DueDate: '2025-02-30' }, /Field 'DueDate'/],
    ['a dateOnly value with a time of day', { Title: 't', ActionId: 'v-12', DueDate: '2025-03-31T10:00:00Z' }, /Field 'DueDate'/],
    ['a boolean given as text', { Title: 't', ActionId: 'v-13', GoodPractice: 'yes' }, /Field 'GoodPractice' must be true or false/],
    ['text over its maximum length', { Title: 't', ActionId: 'v-14', OwnerName: 'x'.repeat(21) }, /Field 'OwnerName'.*maximum length is 20/],
    ['a Title over 255 characters', { Title: 'x'.repeat(256), ActionId: 'v-15' }, /Field 'Title'.*255/],
    ['a read-only field', { Title: 't', ActionId: 'v-16', Created: '2020-01-01T00:00:00Z' }, /Field 'Created' is read-only/],
  ];

  test.each(cases)('%s is 400 invalidRequest', async (_name, fields, message) => {
    const response = await h.call('POST', items, { body: { fields } });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('invalidRequest');
    expect(errorOf(response).message).toMatch(message);
  });

  test('valid values of each type are accepted, with dateOnly also as an ISO midnight', async () => {
    const item = await create({
      Title: 'All types',
      ActionId: 'ok-1',
      Effort: 2.5,
      GoodPractice: true,
      DueDate: '2025-06-30T00:00:00Z',
      Description: 'Line one\nLine two',
    });
    expect(item.fields).toMatchObject({ Effort: 2.5, GoodPractice: true, DueDate: '2025-06-30T00:00:00Z', Description: 'Line one\nLine two' });
  });

  test('an update is validated the same way and changes nothing when refused', async () => {
    const response = await h.call('PATCH', `${items}/1/fields`, { body: { Status: 'Sort of done' } });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toContain("'Status'");
    expect((await h.call('GET', `${items}/1`)).json<Item>().fields.Status).toBe('In progress');
  });

  test('a required field cannot be emptied by an update', async () => {
    const response = await h.call('PATCH', `${items}/1/fields`, { body: { Title: null } });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toContain("'Title'");
  });

  test('enforceUniqueValues: a duplicate (in any case) is 409, on create and on update', async () => {
    const duplicate = await h.call('POST', items, { body: { fields: { Title: 'Again', ActionId: 'C-1' } } });
    expect(duplicate.statusCode).toBe(409);
    expect(errorOf(duplicate).message).toContain('ActionId');
    const update = await h.call('PATCH', `${items}/2/fields`, { body: { ActionId: 'c-1' } });
    expect(update.statusCode).toBe(409);
    expect((await h.call('PATCH', `${items}/2/fields`, { body: { ActionId: 'c-2' } })).statusCode).toBe(200);
  });

  test('a body that is not JSON is 400', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: `/graph/v1.0${items}`,
      headers: { authorization: 'Bearer local:lead@demo-trust.example', 'content-type': 'application/json' },
      payload: '{"fields": ',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('invalidRequest');
  });
});
