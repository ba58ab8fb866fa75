import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConflictError, ForbiddenError, type PlanStorage } from '../../../src/storage/ports';
import type { Versioned } from '../../../src/storage/ports';
import type { Action } from '../../../src/domain/plan';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { LEAD, MEMBER, VIEWER, loggedRequests, openAs, sampleAction, settledLog } from './support';

let server: RunningServer;
let lead: PlanStorage;
let createdLists: string[] = [];
const logFile = join(mkdtempSync(join(tmpdir(), 'graph-log-')), 'requests.jsonl');

beforeAll(async () => {
  server = await startLocalServer({ SEED: 'none', LOCAL_GRAPH_LOG: logFile });
  const opened = await openAs(server, LEAD);
  lead = opened.storage;
  createdLists = opened.schema.createdLists;
}, 120000);

afterAll(async () => {
  await server?.stop();
});

const byId = (actions: readonly Versioned<Action>[], id: string) => actions.find((action) => action.value.id === id);

test('the first opening creates every list of the plan', () => {
  expect(createdLists.toSorted()).toEqual([
    'EDS Grades',
    'EDS Reviews',
    'Race Equality Action Updates',
    'Race Equality Actions',
    'Race Equality Settings',
    'WRES Results',
  ]);
});

test('opening the plan again creates nothing and costs one request: the site and its lists, read together', async () => {
  await settledLog(logFile);
  const before = loggedRequests(logFile).length;
  const again = await openAs(server, LEAD);
  expect(again.schema).toEqual({ createdLists: [], addedColumns: [], indexedColumns: [], schemaVersion: 3 });
  // One $batch finds the site and checks every list and column.
  await settledLog(logFile);
  expect(loggedRequests(logFile, before).map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /graph/v1.0/$batch']);
});

test('an action is created, read back, updated with its eTag, and deleted', async () => {
  const action = sampleAction({ title: 'Diverse interview panels', indicators: ['2', '9'], edsOutcomes: ['3.1', '2B'] });
  const created = await lead.actions.create(action);
  expect(created.value).toEqual(action);

  const loaded = byId((await lead.load()).actions, action.id);
  expect(loaded?.value).toEqual(action);

  const changed = { ...action, status: 'Completed' as const, completedOn: '2026-11-20' };
  const saved = await lead.actions.update(changed, loaded?.eTag ?? '');
  expect(saved.value).toEqual(changed);
  expect(saved.eTag).not.toBe(loaded?.eTag);
  expect(byId((await lead.refresh()).actions, action.id)?.value.completedOn).toBe('2026-11-20');

  await lead.actions.remove(action.id, saved.eTag);
  expect(byId((await lead.refresh()).actions, action.id)).toBeUndefined();
});

test('two people edit the same action: the second save is a conflict carrying the first, and nothing is overwritten', async () => {
  const action = await lead.actions.create(sampleAction({ title: 'Shared action' }));
  const member = (await openAs(server, MEMBER)).storage;
  const seenByMember = byId((await member.load()).actions, action.value.id);

  const first = await lead.actions.update({ ...action.value, target: 'Lead target' }, action.eTag);
  const attempt = member.actions.update({ ...action.value, target: 'Member target' }, seenByMember?.eTag ?? '');
  await expect(attempt).rejects.toBeInstanceOf(ConflictError);
  const conflict = (await attempt.catch((error: unknown) => error)) as ConflictError<Versioned<Action>>;
  expect(conflict.current?.value.target).toBe('Lead target');
  expect(conflict.current?.eTag).toBe(first.eTag);
  expect(byId((await lead.refresh()).actions, action.value.id)?.value.target).toBe('Lead target');

  const reapplied = await member.actions.update({ ...action.value, target: 'Member target' }, conflict.current?.eTag ?? '');
  expect(reapplied.value.target).toBe('Member target');
});

test('a create that is retried finds the first copy instead of making a second', async () => {
  const action = sampleAction({ title: 'Created twice' });
  const first = await lead.actions.create(action);
  const second = await lead.actions.create(action);
  expect(second.itemId).toBe(first.itemId);
  const copies = (await lead.refresh()).actions.filter((stored) => stored.value.id === action.id);
  expect(copies).toHaveLength(1);
});

test('a plan larger than a page is read across several pages', async () => {
  const paged = (await openAs(server, LEAD, { pageSize: 5 })).storage;
  const actions = Array.from({ length: 12 }, () => sampleAction({ title: 'Paged action' }));
  await paged.actions.importMany(actions);
  await settledLog(logFile);
  const before = loggedRequests(logFile).length;
  const snapshot = await paged.load();
  const ids = new Set(snapshot.actions.map((stored) => stored.value.id));
  for (const action of actions) expect(ids.has(action.id)).toBe(true);
  // One batch, then at least two more pages of actions by nextLink.
  await settledLog(logFile);
  expect(loggedRequests(logFile, before).length).toBeGreaterThanOrEqual(3);
});

test("a refresh brings in another person's changes and deletions through delta", async () => {
  const member = (await openAs(server, MEMBER)).storage;
  const kept = await lead.actions.create(sampleAction({ title: 'Kept' }));
  const removed = await lead.actions.create(sampleAction({ title: 'Removed' }));
  await member.load();
  await lead.actions.update({ ...kept.value, status: 'At risk' }, kept.eTag);
  await lead.actions.remove(removed.value.id, removed.eTag);
  const refreshed = await member.refresh();
  expect(byId(refreshed.actions, kept.value.id)?.value.status).toBe('At risk');
  expect(byId(refreshed.actions, removed.value.id)).toBeUndefined();
});

test('values are escaped in $filter: a key written like an OData expression is stored and matched literally', async () => {
  const tricky = "O'Brien' or 1 eq 1";
  await lead.settings.saveSetting('plain', 'one');
  await lead.settings.saveSetting(tricky, 'first');
  await lead.settings.saveSetting(tricky, 'second');
  const fresh = (await openAs(server, LEAD)).storage;
  const { settings } = await fresh.load();
  expect(settings[tricky]).toBe('second');
  expect(settings.plain).toBe('one');
  await fresh.settings.saveSetting(tricky, 'third');
  expect((await fresh.refresh()).settings).toMatchObject({ plain: 'one', [tricky]: 'third' });
});

test('a viewer can read the plan but any write is refused as forbidden', async () => {
  const viewer = (await openAs(server, VIEWER)).storage;
  const { actions } = await viewer.load();
  expect(actions.length).toBeGreaterThan(0);
  await expect(viewer.actions.create(sampleAction())).rejects.toBeInstanceOf(ForbiddenError);
});

test('history shows who changed which field, and progress updates, newest first', async () => {
  const action = await lead.actions.create(sampleAction({ title: 'With history', status: 'Not started' }));
  const member = (await openAs(server, MEMBER)).storage;
  await member.load();
  await member.actions.update({ ...action.value, status: 'On track' }, action.eTag);
  const posted = await member.actions.postUpdate(action.value.id, {
    id: randomUUID(),
    note: 'Panels agreed with the staff networks.',
    statusAfter: 'On track',
  });
  expect(posted).toMatchObject({ authorName: 'Amara Okafor', note: 'Panels agreed with the staff networks.' });
  const history = await lead.actions.history(action.value.id);
  expect(history.find((entry) => entry.kind === 'update')).toMatchObject({ by: 'Amara Okafor', at: posted.at });
  const change = history.find((entry) => entry.kind === 'change' && entry.changes.some((c) => c.field === 'status'));
  expect(change).toMatchObject({ by: 'Amara Okafor', changes: [{ field: 'status', from: 'Not started', to: 'On track' }] });
  expect(history.some((entry) => entry.kind === 'update' && entry.update.note === 'Panels agreed with the staff networks.')).toBe(true);
  expect(history.at(-1)).toMatchObject({ kind: 'change', changes: [{ field: 'created' }] });
  const loaded = byId((await lead.refresh()).actions, action.value.id);
  expect(loaded?.value.progressUpdates.map((update) => update.note)).toEqual(['Panels agreed with the staff networks.']);
});

const PRIYA = 'priya.raman@demo-trust.example';

/** Posts a progress update straight to the list, as anyone with write access could, whatever its columns say. */
async function postRawUpdate(email: string, fields: Record<string, unknown>): Promise<void> {
  const headers = { Authorization: `Bearer local:${email}`, 'Content-Type': 'application/json' };
  const lists = (await (await fetch(`${server.url}/graph/v1.0/sites/root/lists`, { headers })).json()) as { value: { id: string; displayName: string }[] };
  const list = lists.value.find((candidate) => candidate.displayName === 'Race Equality Action Updates');
  const response = await fetch(`${server.url}/graph/v1.0/sites/root/lists/${list?.id ?? 'missing'}/items`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ fields }),
  });
  expect(response.status).toBe(201);
}

test("an update's author and time are SharePoint's, whatever its author columns say", async () => {
  const action = await lead.actions.create(sampleAction({ title: 'Authorship' }));
  const before = Date.now();
  await postRawUpdate(PRIYA, {
    Title: action.value.id,
    ActionId: action.value.id,
    Note: 'Written as someone else.',
    AuthorId: '8f1c2d3e-0001-4a5b-9c6d-000000000001',
    AuthorName: 'Leah Adeyemi',
    UpdatedAt: '2020-01-01T00:00:00Z',
  });
  const history = await lead.actions.history(action.value.id);
  const update = history.find((entry) => entry.kind === 'update');
  expect(update).toMatchObject({ by: 'Priya Raman', update: { authorName: 'Priya Raman', note: 'Written as someone else.' } });
  expect(Date.parse(update?.at ?? '')).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  const loaded = byId((await lead.refresh()).actions, action.value.id);
  expect(loaded?.value.progressUpdates).toEqual([expect.objectContaining({ authorName: 'Priya Raman', at: update?.at })]);
});

test('a retried update with the same key finds the first one instead of adding a second', async () => {
  const action = await lead.actions.create(sampleAction({ title: 'Posted twice' }));
  const key = randomUUID();
  const first = await lead.actions.postUpdate(action.value.id, { id: key, note: 'Once only.' });
  // A second tab, or the same tab after the first response was lost: nothing of the first is cached.
  const other = (await openAs(server, LEAD)).storage;
  const retried = await other.actions.postUpdate(action.value.id, { id: key, note: 'Once only.' });
  expect(retried).toEqual(first);
  const loaded = byId((await other.load()).actions, action.value.id);
  expect(loaded?.value.progressUpdates.map((update) => update.note)).toEqual(['Once only.']);
  const another = await lead.actions.postUpdate(action.value.id, { id: randomUUID(), note: 'A second, on purpose.' });
  expect(another.note).toBe('A second, on purpose.');
  expect(byId((await lead.refresh()).actions, action.value.id)?.value.progressUpdates).toHaveLength(2);
});

test('an unsafe evidence address written straight into the list is kept as text in the note, never as a link', async () => {
  const action = await lead.actions.create(sampleAction({ title: 'Unsafe evidence' }));
  await postRawUpdate(MEMBER, { Title: action.value.id, ActionId: action.value.id, Note: 'See evidence.', EvidenceUrl: 'javascript:alert(1)' });
  const loaded = byId((await lead.refresh()).actions, action.value.id);
  expect(loaded?.value.progressUpdates).toEqual([
    expect.objectContaining({ note: 'See evidence.\n\nEvidence (not a web address, shown as text): javascript:alert(1)' }),
  ]);
  expect(loaded?.value.progressUpdates[0]).not.toHaveProperty('evidenceUrl');
});

/** The item as Graph gives it to anyone who reads the list, outside the adapter. */
async function rawItem(listName: string, itemId: string): Promise<{ createdDateTime: string }> {
  const headers = { Authorization: `Bearer local:${LEAD}` };
  const lists = (await (await fetch(`${server.url}/graph/v1.0/sites/root/lists`, { headers })).json()) as { value: { id: string; displayName: string }[] };
  const list = lists.value.find((candidate) => candidate.displayName === listName);
  const response = await fetch(`${server.url}/graph/v1.0/sites/root/lists/${list?.id ?? 'missing'}/items/${itemId}`, { headers });
  expect(response.status).toBe(200);
  return (await response.json()) as { createdDateTime: string };
}

test("an action's creation time is SharePoint's createdDateTime, the same after a reload and a later save", async () => {
  const created = await lead.actions.create(sampleAction({ title: 'Created when?' }));
  const item = await rawItem('Race Equality Actions', created.itemId);
  expect(item.createdDateTime).toEqual(expect.any(String));
  expect(created.createdAt).toBe(item.createdDateTime);

  // Another person's fresh read of the plan, and a save that changes the item, keep the same time.
  const member = (await openAs(server, MEMBER)).storage;
  const loaded = byId((await member.load()).actions, created.value.id);
  expect(loaded?.createdAt).toBe(item.createdDateTime);
  const saved = await member.actions.update({ ...created.value, target: 'A new target' }, loaded?.eTag ?? '');
  expect(saved.createdAt).toBe(item.createdDateTime);
  expect(byId((await lead.refresh()).actions, created.value.id)?.createdAt).toBe(item.createdDateTime);
});

test('people are found in the directory by name or email', async () => {
  const found = await lead.people.search('amara');
  expect(found.map((person) => person.email)).toContain(MEMBER);
  await expect(lead.people.me()).resolves.toMatchObject({ email: LEAD });
});

test('a request without a valid token is refused, so the bearer header is what lets the adapter in', async () => {
  await expect(openAs(server, 'nobody@nowhere.example')).rejects.toBeInstanceOf(ForbiddenError);
});
