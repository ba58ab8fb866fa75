import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { LEAD, loggedRequests, openAs, sampleAction, settledLog } from './support';

let server: RunningServer;
const logFile = join(mkdtempSync(join(tmpdir(), 'graph-budget-')), 'requests.jsonl');

beforeAll(async () => {
  server = await startLocalServer({ SEED: 'none', LOCAL_GRAPH_LOG: logFile });
}, 120000);

afterAll(async () => {
  await server?.stop();
});

test('importing 500 actions costs at most 26 requests to /graph', async () => {
  const { storage } = await openAs(server, LEAD);
  await settledLog(logFile);
  const before = loggedRequests(logFile).length;
  const created = await storage.actions.importMany(Array.from({ length: 500 }, () => sampleAction()));
  expect(created).toHaveLength(500);
  await settledLog(logFile);
  expect(loggedRequests(logFile, before).length).toBeLessThanOrEqual(26);
}, 120000);

test('opening and loading a plan of 1,000 actions and 500 updates costs 2 requests to /graph: the site with its lists, then the items', async () => {
  const { storage } = await openAs(server, LEAD);
  const more = await storage.actions.importMany(Array.from({ length: 500 }, () => sampleAction()));
  for (const action of more) {
    await storage.actions.postUpdate(action.value.id, { id: `budget-${action.value.id}`, note: 'Reviewed at committee.' });
  }

  await settledLog(logFile);

  const before = loggedRequests(logFile).length;
  const fresh = await openAs(server, LEAD);
  const snapshot = await fresh.storage.load();
  expect(snapshot.actions).toHaveLength(1000);
  expect(snapshot.actions.reduce((sum, action) => sum + action.value.progressUpdates.length, 0)).toBe(500);
  expect(snapshot.problems).toEqual([]);
  await settledLog(logFile);
  const requests = loggedRequests(logFile, before);
  expect(requests.map((entry) => `${entry.method} ${entry.path.split('?')[0]}`)).toEqual(['POST /graph/v1.0/$batch', 'POST /graph/v1.0/$batch']);

  // In pages of 200, the actions take 5 pages and their updates 3: the next pages of every list are
  // asked for together, so loading costs as many batches as the largest list has pages.
  await settledLog(logFile);
  const pagedFrom = loggedRequests(logFile).length;
  const paged = await openAs(server, LEAD, { pageSize: 200 });
  expect((await paged.storage.load()).actions).toHaveLength(1000);
  await settledLog(logFile);
  expect(loggedRequests(logFile, pagedFrom).map((entry) => `${entry.method} ${entry.path}`)).toEqual(Array(6).fill('POST /graph/v1.0/$batch'));
}, 180000);

test('saving an action costs 1 request to /graph: the plan read after it and the history shown with it come back with the save', async () => {
  const { storage } = await openAs(server, LEAD);
  const [action] = await storage.actions.importMany([sampleAction()]);
  if (!action) throw new Error('the action was not created');
  await storage.load();
  await settledLog(logFile);

  const before = loggedRequests(logFile).length;
  const saved = await storage.actions.update({ ...action.value, status: 'At risk' }, action.eTag ?? '');
  const snapshot = await storage.refresh({ afterSave: true });
  const history = await storage.actions.history(action.value.id);
  await settledLog(logFile);
  expect(loggedRequests(logFile, before).map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /graph/v1.0/$batch']);

  expect(saved.value.status).toBe('At risk');
  expect(saved.eTag).not.toBe(action.eTag);
  expect(snapshot.actions.find((candidate) => candidate.value.id === action.value.id)).toEqual(saved);
  expect(history[0]).toMatchObject({ kind: 'change', changes: [{ field: 'status', from: 'On track', to: 'At risk' }] });

  // Any other refresh asks Graph again.
  await storage.refresh({ afterSave: true });
  await settledLog(logFile);
  expect(loggedRequests(logFile, before)).toHaveLength(2);
}, 120000);
