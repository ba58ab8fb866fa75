import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { LEAD, MEMBER, loggedRequests, mapMemory, openAs, sampleAction, settledLog } from './support';

let server: RunningServer;
const logFile = join(mkdtempSync(join(tmpdir(), 'graph-memory-')), 'requests.jsonl');

beforeAll(async () => {
  server = await startLocalServer({ SEED: 'none', LOCAL_GRAPH_LOG: logFile });
  const { storage } = await openAs(server, LEAD);
  await storage.actions.importMany(Array.from({ length: 30 }, () => sampleAction()));
}, 120000);

afterAll(async () => {
  await server?.stop();
});

/** The requests to /graph from `before` on, once the store has written them all to its log. */
async function requestsSince(before: number): Promise<string[]> {
  await settledLog(logFile);
  return loggedRequests(logFile, before).map((entry) => `${entry.method} ${entry.path}`);
}

/** Waits until `check` holds: the memory is written after each read, without holding the read up. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; !check(); tries += 1) {
    if (tries > 500) throw new Error(`waited in vain for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until the memory holds an entry under `key`. */
const written = (memory: ReturnType<typeof mapMemory>, key: string): Promise<void> => until(() => memory.entries.has(key), `an entry under ${key}`);

test('a plan remembered from the last visit is shown at once, with when it was read, and brought up to date in 1 request', async () => {
  const memory = mapMemory();
  await settledLog(logFile);
  const coldFrom = loggedRequests(logFile).length;
  const cold = await openAs(server, LEAD, { memory });
  expect(cold.storage.remembered).toBeUndefined();
  const first = await cold.storage.load();
  expect(await requestsSince(coldFrom)).toEqual(['POST /graph/v1.0/$batch', 'POST /graph/v1.0/$batch']);
  await written(memory, `${LEAD} /sites/root`);

  // Someone changes an action between the visits.
  const other = (await openAs(server, MEMBER)).storage;
  const changed = (await other.load()).actions[0];
  if (!changed) throw new Error('the plan has no actions');
  await other.actions.update({ ...changed.value, status: 'At risk' }, changed.eTag);

  await settledLog(logFile);
  const warmFrom = loggedRequests(logFile).length;
  const warm = await openAs(server, LEAD, { memory });
  expect(warm.storage.remembered?.snapshot).toEqual(first);
  expect(warm.storage.remembered?.readAt).toBeInstanceOf(Date);
  expect(await requestsSince(warmFrom)).toEqual([]);
  const fresh = await warm.storage.refresh();
  expect(await requestsSince(warmFrom)).toEqual(['POST /graph/v1.0/$batch']);
  expect(fresh.actions.find((action) => action.value.id === changed.value.id)?.value.status).toBe('At risk');
  expect(fresh.actions).toHaveLength(first.actions.length);
}, 120000);

test('each person has their own memory: another person signed in on the same device opens the plan as on a first visit', async () => {
  const memory = mapMemory();
  await (await openAs(server, LEAD, { memory })).storage.load();
  await written(memory, `${LEAD} /sites/root`);
  const member = await openAs(server, MEMBER, { memory });
  expect(member.storage.remembered).toBeUndefined();
});

test('remembered ids Graph no longer knows (404) fall back to opening the plan from the start, which is remembered again', async () => {
  const memory = mapMemory();
  const key = `${LEAD} /sites/root`;
  const expected = await (await openAs(server, LEAD, { memory })).storage.load();
  await written(memory, key);
  // As if the actions list had been deleted and made again: its remembered id and delta link name a list that is gone.
  const entry = memory.entries.get(key) as { listIds: Record<string, string>; lists: Record<string, { deltaLink: string }> };
  const gone = '00000000-0000-4000-8000-00000000dead';
  const actions = entry.lists.actions;
  if (!actions || !entry.listIds.actions) throw new Error('the actions list was not remembered');
  memory.entries.set(key, {
    ...entry,
    listIds: { ...entry.listIds, actions: gone },
    lists: { ...entry.lists, actions: { ...actions, deltaLink: actions.deltaLink.replace(entry.listIds.actions, gone) } },
  });

  const warm = await openAs(server, LEAD, { memory });
  expect(warm.storage.remembered).toBeDefined();
  await settledLog(logFile);
  const from = loggedRequests(logFile).length;
  const fresh = await warm.storage.refresh();
  expect(fresh).toEqual(expected);
  // The delta links that failed, the site with its lists, then the whole plan.
  expect(await requestsSince(from)).toEqual(['POST /graph/v1.0/$batch', 'POST /graph/v1.0/$batch', 'POST /graph/v1.0/$batch']);

  memory.entries.delete(key);
  await warm.storage.refresh();
  await written(memory, key);
  expect((memory.entries.get(key) as { listIds: Record<string, string> }).listIds.actions).not.toBe(gone);
}, 120000);

test('a damaged or older memory is not used: the plan is opened as on a first visit', async () => {
  const memory = mapMemory();
  memory.entries.set(`${LEAD} /sites/root`, { format: 0, lists: 'nothing' });
  const opened = await openAs(server, LEAD, { memory });
  expect(opened.storage.remembered).toBeUndefined();
  expect((await opened.storage.load()).actions.length).toBeGreaterThan(0);
});

test('a plan is kept a page at a time under a head naming its pages; a later read replaces them, and a missing page is not used', async () => {
  const memory = mapMemory();
  const key = `${LEAD} /sites/root`;
  const opened = await openAs(server, LEAD, { memory });
  await opened.storage.load();
  await written(memory, key);
  const pagesOf = (): string[] => [...memory.entries.keys()].filter((entry) => entry.startsWith(`${key} `)).toSorted();
  const first = pagesOf();
  // One page for each list (none holds more than a page's items here), each named by the head's write.
  const head = memory.entries.get(key) as { generation: string; lists: Record<string, { pages: number }> };
  expect(first).toHaveLength(Object.values(head.lists).reduce((sum, list) => sum + list.pages, 0));
  expect(first.every((entry) => entry.startsWith(`${key} ${head.generation} `))).toBe(true);

  // A later read writes new pages and removes the earlier ones: the memory does not grow with visits.
  await opened.storage.refresh();
  await until(() => (memory.entries.get(key) as { generation: string }).generation !== head.generation, 'a new write of the plan');
  await until(() => pagesOf().every((entry) => !first.includes(entry)), 'the earlier pages removed');
  expect(pagesOf()).toHaveLength(first.length);

  // A head whose page is gone is not used.
  const missing = pagesOf()[0];
  if (missing === undefined) throw new Error('no page was kept');
  memory.entries.delete(missing);
  expect((await openAs(server, LEAD, { memory })).storage.remembered).toBeUndefined();
}, 120000);
