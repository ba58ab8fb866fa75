import { ForbiddenError } from '../../../src/storage/ports';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { LEAD, MEMBER, openAs, sampleAction } from './support';

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
