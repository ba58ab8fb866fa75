import { ForbiddenError } from '../../../src/storage/ports';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEAD, MEMBER, loggedRequests, openAs, sampleAction, settledLog } from './support';

const started: RunningServer[] = [];

async function server(env: Record<string, string>, dataDir?: string): Promise<RunningServer> {
  const running = await startLocalServer({ SEED: 'none', ...env }, dataDir);
  started.push(running);
  return running;
}

afterAll(async () => {
  await Promise.all(started.map((running) => running.stop()));
});

// Retry-After is 0 here to keep the run short; honouring a real delay is tested against recorded responses.
test('with 30% of requests throttled, a 500-action import stores exactly 500 actions, none twice', async () => {
  const throttled = await server({ LOCAL_GRAPH_FAULTS: '429:0.3,retryAfter:0' });
  const retries = { notices: 0 };
  const { storage } = await openAs(throttled, LEAD, { retries });
  const actions = Array.from({ length: 500 }, () => sampleAction());
  await storage.actions.importMany(actions);
  const stored = (await storage.load()).actions;
  expect(stored).toHaveLength(500);
  expect(new Set(stored.map((action) => action.value.id)).size).toBe(500);
}, 300000);

test('a member who may not create lists is told so, in words, when the plan is not set up yet', async () => {
  const fresh = await server({});
  const attempt = openAs(fresh, MEMBER);
  await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
  await expect(attempt).rejects.toMatchObject({ operation: 'create-lists', message: expect.stringContaining('Ask a site owner') });
});

test('killing the server during a bulk write loses no write it acknowledged', async () => {
  const first = await server({});
  const { storage } = await openAs(first, LEAD);
  let acknowledged = 0;
  const actions = Array.from({ length: 400 }, () => sampleAction());
  const importing = storage.actions.importMany(actions, {
    onProgress: (done) => {
      acknowledged = done;
      if (done >= 100) void first.kill();
    },
  });
  await expect(importing).rejects.toThrow(/could not be reached|fetch failed|ECONNRESET|socket/i);
  expect(acknowledged).toBeGreaterThanOrEqual(100);

  const restarted = await server({}, first.dataDir);
  const stored = (await (await openAs(restarted, LEAD)).storage.load()).actions;
  const ids = new Set(stored.map((action) => action.value.id));
  for (const action of actions.slice(0, acknowledged)) expect(ids.has(action.id)).toBe(true);
}, 120000);

test('when Graph no longer accepts a delta token (410), the refresh reads that list again in full', async () => {
  const logFile = join(mkdtempSync(join(tmpdir(), 'graph-410-')), 'requests.jsonl');
  const expiring = await server({ LOCAL_GRAPH_DELTA_RETENTION: '1', LOCAL_GRAPH_LOG: logFile });
  const { storage } = await openAs(expiring, LEAD);
  const first = await storage.actions.create(sampleAction({ title: 'Before the token expired' }));
  await storage.load();
  const member = (await openAs(expiring, MEMBER)).storage;
  await member.load();
  await member.actions.update({ ...first.value, status: 'Off track' }, first.eTag);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await settledLog(logFile);
  const before = loggedRequests(logFile).length;
  const refreshed = await storage.refresh();
  await settledLog(logFile);
  // The delta links in one batch, every one answered 410; then the full enumerations in a second.
  expect(loggedRequests(logFile, before).map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /graph/v1.0/$batch', 'POST /graph/v1.0/$batch']);
  expect(refreshed.actions.map((action) => [action.value.title, action.value.status])).toEqual([['Before the token expired', 'Off track']]);
});
