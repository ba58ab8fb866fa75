import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EDS2_OUTCOMES, type EdsReview } from '../../../src/domain/eds';
import type { Action } from '../../../src/domain/plan';
import { parseWresInput, type WresInput } from '../../../src/domain/wres';
import { createActionStore } from '../../../src/storage/graph/action-store';
import type { ListIds } from '../../../src/storage/graph/ensure-schema';
import { createGraphClient } from '../../../src/storage/graph/graph-client';
import type { GraphListItem, GraphSite } from '../../../src/storage/graph/graph-site';
import type { GraphItemVersion } from '../../../src/storage/graph/graph-shapes';
import { diffVersions } from '../../../src/storage/graph/history';
import { columnDefinition, LIST_SCHEMA } from '../../../src/storage/graph/list-schema';
import { actionFromItem } from '../../../src/storage/graph/mappers/action-mapper';
import { readDateOnly } from '../../../src/storage/graph/mappers/field-values';
import { reviewToFields } from '../../../src/storage/graph/mappers/eds-mapper';
import { wresToFields } from '../../../src/storage/graph/mappers/wres-mapper';
import { createPlanContext } from '../../../src/storage/graph/plan-context';
import { createEdsStore, createWresStore } from '../../../src/storage/graph/record-stores';
import { InvalidError } from '../../../src/storage/ports';
import { declaredProperties } from '../../support/graph-schema';

/**
 * What a real tenant may do that the local store does not, answered with response shapes recorded
 * from Graph's documentation (test/fixtures/graph): the adapter must take each in its stride.
 */
const fixture = <T>(name: string): T => JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/graph', name), 'utf8')) as T;
const BASE = 'https://graph.microsoft.com/v1.0';
const LIST_IDS: ListIds = { settings: 'S', wresResults: 'W', actions: 'L1', actionUpdates: 'U', edsReviews: 'R', edsGrades: 'G' };

interface Seen {
  method: string;
  url: string;
  body: unknown;
}
type Reply = { status: number; body?: unknown };

const realFetch = globalThis.fetch;
let seen: Seen[] = [];

function answerWith(...replies: Reply[]): void {
  seen = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    seen.push({ method: init?.method ?? 'GET', url: decodeURIComponent(url), body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const reply = replies.shift() ?? { status: 500, body: { error: { code: 'unexpected', message: `No reply recorded for ${url}` } } };
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
}

afterEach(() => {
  globalThis.fetch = realFetch;
});

const site = (): GraphSite => ({
  client: createGraphClient({ baseUrl: BASE, getAccessToken: async () => 'token-123' }),
  baseUrl: BASE,
  siteId: 'contoso.sharepoint.com,1,2',
});

const stored = fixture<GraphListItem>('list-item.json');

function actionOf(item: GraphListItem): Action {
  const parsed = actionFromItem(item, []);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('; '));
  return parsed.value;
}

function exampleYear(year: number): WresInput {
  const parsed = parseWresInput({ ...JSON.parse(readFileSync(join(process.cwd(), 'docs/wres-input.example.json'), 'utf8')), year });
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('; '));
  return parsed.value;
}

/** A create's answer with the item but no fields, under this id. */
const createdWithoutFields = (id: string): GraphListItem => ({ ...fixture<GraphListItem>('list-item-created-without-fields.json'), id });

const withId = (item: GraphListItem, id: string, actionId: string): GraphListItem => ({ ...item, id, fields: { ...item.fields, ActionId: actionId, id } });

describe('creating an action', () => {
  test('a create answered without fields is read back with a GET, and the action is returned whole', async () => {
    answerWith({ status: 201, body: fixture('list-item-created-without-fields.json') }, { status: 200, body: stored });
    const saved = await createActionStore(createPlanContext(site(), LIST_IDS)).create(actionOf(stored));
    expect(seen.map((request) => request.method)).toEqual(['POST', 'GET']);
    expect(seen[1]?.url).toMatch(new RegExp(`^${BASE}/sites/contoso.sharepoint.com,1,2/lists/L1/items/7\\?expand=fields\\(select=Title,ActionId,`));
    expect(saved.value).toMatchObject({ id: '20000000-0000-4000-8000-000000000007', title: 'Independent review of disciplinary cases' });
    expect(saved.eTag).toBe('"5d2d3c1a-1b2c-4d5e-8f90-a1b2c3d4e5f6,3"');
  });

  test('a unique clash answered 400 is looked up by the action id and counts as already there', async () => {
    answerWith({ status: 400, body: fixture('unique-clash-400.json') }, { status: 200, body: { value: [stored] } });
    const saved = await createActionStore(createPlanContext(site(), LIST_IDS)).create(actionOf(stored));
    expect(seen.map((request) => request.method)).toEqual(['POST', 'GET']);
    expect(seen[1]?.url).toContain("$filter=fields/ActionId eq '20000000-0000-4000-8000-000000000007'");
    expect(saved.value.id).toBe('20000000-0000-4000-8000-000000000007');
  });

  test('a 400 for a value that is really invalid, with nothing found under the id, fails with its own message', async () => {
    const invalid = { error: { code: 'invalidRequest', message: "Field 'Status' does not accept the value 'Nope'." } };
    answerWith({ status: 400, body: invalid }, { status: 200, body: { value: [] } });
    const attempt = createActionStore(createPlanContext(site(), LIST_IDS)).create(actionOf(stored));
    await expect(attempt).rejects.toBeInstanceOf(InvalidError);
    await expect(attempt).rejects.toMatchObject({ message: invalid.error.message, fields: { Status: invalid.error.message } });
  });
});

describe('WRES years and EDS grades created without fields', () => {
  test('a WRES year is read back, so the plan finds it by organisation and year', async () => {
    const input = exampleYear(2024);
    const context = createPlanContext(site(), LIST_IDS);
    const year: GraphListItem = { ...createdWithoutFields('12'), fields: wresToFields(input) };
    answerWith({ status: 201, body: createdWithoutFields('12') }, { status: 200, body: year });
    await createWresStore(context).saveYear(input);
    expect(seen.map((request) => `${request.method} ${request.url.replace(BASE, '')}`)).toEqual([
      'POST /sites/contoso.sharepoint.com,1,2/lists/W/items',
      expect.stringMatching(/^GET \/sites\/contoso.sharepoint.com,1,2\/lists\/W\/items\/12\?expand=fields/),
    ]);
    expect(context.caches.wresResults.find((item) => item.fields?.OrgCode === input.organisation.odsCode)?.id).toBe('12');
  });

  test('EDS grades are read back in one batch, so the review keeps its grades', async () => {
    const context = createPlanContext(site(), LIST_IDS);
    const outcomeId = EDS2_OUTCOMES[0]?.id ?? '';
    const review: EdsReview = {
      id: 'eds2-tenant-2025',
      framework: 'eds2',
      year: 2025,
      status: 'Draft',
      partners: { organisations: [], people: [] },
      characteristics: ['Race'],
      otherGroups: [],
      outcomes: [{ outcomeId, grade: 'Developing', evidence: [], agreedBy: [] }],
    };
    const grade = { id: '31', fields: { ReviewId: review.id, OutcomeId: outcomeId, Grade: 'Developing', Evidence: '[]', AgreedBy: '[]' } };
    answerWith(
      // No review of that year yet, and none under its id.
      { status: 200, body: { value: [] } },
      { status: 200, body: { value: [] } },
      { status: 201, body: { ...createdWithoutFields('30'), fields: reviewToFields(review) } },
      { status: 200, body: { responses: [{ id: 'g0', status: 201, body: createdWithoutFields('31') }] } },
      { status: 200, body: { responses: [{ id: '31', status: 200, body: grade }] } },
    );
    const saved = await createEdsStore(context).saveReview(review);
    expect(saved.value.outcomes).toEqual(review.outcomes);
    const readBack = seen[4]?.body as { requests: { method: string; url: string }[] };
    expect(readBack.requests).toEqual([{ id: '31', method: 'GET', url: expect.stringMatching(/\/lists\/G\/items\/31\?expand=fields/) }]);
    expect(context.caches.edsGrades.all().map((item) => [item.id, item.fields?.ReviewId])).toEqual([['31', review.id]]);
  });
});

describe('importing actions (a re-run import)', () => {
  const actions = ['a', 'b', 'c'].map((suffix) => actionOf(withId(stored, '7', `20000000-0000-4000-8000-00000000000${suffix}`)));

  test('a 400 clash is found and left as it is, a create without fields is read back, and nothing fails', async () => {
    const [first, second, third] = actions.map((action, index) => withId(stored, String(index + 1), action.id));
    answerWith(
      {
        status: 200,
        body: {
          responses: [
            { id: '0', status: 201, body: first },
            { id: '1', status: 400, body: fixture('unique-clash-400.json') },
            { id: '2', status: 201, body: { ...fixture<GraphListItem>('list-item-created-without-fields.json'), id: '3' } },
          ],
        },
      },
      {
        status: 200,
        body: {
          responses: [
            { id: 'find-1', status: 200, body: { value: [second] } },
            { id: 'read-2', status: 200, body: third },
          ],
        },
      },
    );
    const created = await createActionStore(createPlanContext(site(), LIST_IDS)).importMany(actions);
    expect(created.map((entry) => entry.value.id)).toEqual([actions[0]?.id, actions[2]?.id]);
    const followUp = seen[1]?.body as { requests: { id: string; method: string; url: string }[] };
    expect(followUp.requests.map((request) => [request.id, request.method])).toEqual([
      ['find-1', 'GET'],
      ['read-2', 'GET'],
    ]);
    expect(decodeURIComponent(followUp.requests[0]?.url ?? '')).toContain(`fields/ActionId eq '${actions[1]?.id}'`);
    expect(followUp.requests[1]?.url).toMatch(/\/items\/3\?expand=/);
  });

  test('a 400 whose action is not found is a failure naming the action and the message', async () => {
    const invalid = { error: { code: 'invalidRequest', message: "Field 'DueDate' must be a date." } };
    answerWith(
      { status: 200, body: { responses: [{ id: '0', status: 400, body: invalid }] } },
      { status: 200, body: { responses: [{ id: 'find-0', status: 200, body: { value: [] } }] } },
    );
    const attempt = createActionStore(createPlanContext(site(), LIST_IDS)).importMany(actions.slice(0, 1));
    await expect(attempt).rejects.toThrow(`1 of 1 actions were not saved: "${actions[0]?.title}" (${actions[0]?.id}): ${invalid.error.message}`);
  });
});

test('every multi-line column is created as plain text, with only the properties Graph declares for a text column', () => {
  const textFacet = declaredProperties('microsoft.graph.textColumn');
  const multiLine = LIST_SCHEMA.flatMap((list) => list.columns).filter((column) => column.kind === 'text' && column.multiline);
  expect(multiLine.length).toBeGreaterThan(5);
  for (const column of multiLine) {
    const text = columnDefinition(column).text as Record<string, unknown>;
    expect(text).toEqual({ allowMultipleLines: true, textType: 'plain' });
    expect(Object.keys(text).every((key) => textFacet.has(key))).toBe(true);
  }
});

/** A version of an action whose due date (and, from version 2, completion date) a UK site sent in summer time. */
const version = (id: string, due: string): GraphItemVersion => ({
  id,
  lastModifiedDateTime: '2025-06-01T09:00:00Z',
  lastModifiedBy: { user: { displayName: 'Tom Hughes' } },
  fields: { Title: 'Reverse mentoring', DueDate: due, CompletedOn: id === '2.0' ? '2025-05-31T23:00:00Z' : null },
});

describe('date-only values, sent as the site\u2019s local midnight in UTC', () => {
  test.each([
    ['London in summer (BST, UTC+1): 1 July', '2025-06-30T23:00:00Z', '2025-07-01'],
    ['London in winter (GMT): 15 January', '2025-01-15T00:00:00Z', '2025-01-15'],
    ['London, the day the clocks go forward: 30 March', '2025-03-30T00:00:00Z', '2025-03-30'],
    ['London, the day after: 31 March', '2025-03-30T23:00:00Z', '2025-03-31'],
    ['Brisbane (UTC+10): 1 July', '2025-06-30T14:00:00Z', '2025-07-01'],
    ['Sydney in summer (UTC+11): 1 January', '2025-12-31T13:00:00Z', '2026-01-01'],
    ['Auckland in winter (UTC+12): 1 July', '2025-06-30T12:00:00Z', '2025-07-01'],
    ['Los Angeles in winter (UTC\u22128): 15 January', '2025-01-15T08:00:00Z', '2025-01-15'],
    ['Los Angeles in summer (UTC\u22127): 1 July', '2025-07-01T07:00:00Z', '2025-07-01'],
    ['Honolulu (UTC\u221210): 29 February', '2024-02-29T10:00:00Z', '2024-02-29'],
    ['a plain date', '2025-07-01', '2025-07-01'],
    ['with milliseconds and an offset', '2025-07-01T00:00:00.000+01:00', '2025-07-01'],
  ])('%s reads as that date', (_where, sent, date) => {
    expect(readDateOnly(sent)).toBe(date);
  });

  test.each([[''], ['not a date'], [null], [20250701]])('%p is no date', (value) => {
    expect(readDateOnly(value)).toBeUndefined();
  });

  test('a value read again, as the many actions of a long plan share their dates, reads the same', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(readDateOnly('2025-06-30T23:00:00Z')).toBe('2025-07-01');
      expect(readDateOnly('not a date')).toBeUndefined();
    }
  });

  test('property: midnight of any date in any zone from UTC\u221211:45 to UTC+12, as a UTC instant, reads as that date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -47, max: 48 }),
        (day, quarterHours) => {
          const date = day.toISOString().slice(0, 10);
          const localMidnight = Date.parse(`${date}T00:00:00Z`) - quarterHours * 15 * 60_000;
          expect(readDateOnly(new Date(localMidnight).toISOString())).toBe(date);
        },
      ),
    );
  });

  test('history shows a due date changed on a UK site in summer as calendar dates, not instants', () => {
    const history = diffVersions([version('2.0', '2025-09-29T23:00:00Z'), version('1.0', '2025-06-30T23:00:00Z')]);
    expect(history[1]).toMatchObject({
      kind: 'change',
      changes: [
        { field: 'dueDate', from: '2025-07-01', to: '2025-09-30' },
        { field: 'completedOn', from: '', to: '2025-06-01' },
      ],
    });
  });
});
