import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFaults, seededRandom } from '../../../../api/src/local/graph/faults';
import { type Harness, errorOf, startHarness } from './harness';

describe('request log (LOCAL_GRAPH_LOG)', () => {
  let h: Harness;
  const logDir = mkdtempSync(join(tmpdir(), 'local-graph-log-'));
  const logFile = join(logDir, 'requests.jsonl');

  beforeAll(async () => {
    h = await startHarness({ logFile });
  });
  afterAll(async () => {
    await h.close();
    rmSync(logDir, { recursive: true, force: true });
  });

  test('one JSON line per top-level request under /graph: method, path, status, ms; a batch is one line', async () => {
    await h.call('GET', '/sites/root');
    await h.call('GET', '/me', { as: null });
    await h.call('POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'GET', url: '/sites/root' },
        ],
      },
    });
    await h.app.inject({ method: 'GET', url: '/local/outbox' });
    const lines = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { method: string; path: string; status: number; ms: number });
    expect(lines.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'GET', path: '/graph/v1.0/sites/root', status: 200 },
      { method: 'GET', path: '/graph/v1.0/me', status: 401 },
      { method: 'POST', path: '/graph/v1.0/$batch', status: 200 },
    ]);
    for (const line of lines) expect(line.ms).toEqual(expect.any(Number));
  });
});

interface Answer {
  status: number;
  retryAfter?: string;
  code?: string;
}

/** Forty reads of /sites/root under seeded faults: what each one was answered. */
async function answers(seed: number): Promise<Answer[]> {
  const h = await startHarness({ faults: '429:0.3,503:0.1,retryAfter:5', faultsSeed: seed });
  try {
    const result: Answer[] = [];
    for (let n = 0; n < 40; n += 1) {
      const response = await h.call('GET', '/sites/root');
      result.push(
        response.statusCode === 200
          ? { status: 200 }
          : { status: response.statusCode, retryAfter: String(response.headers['retry-after']), code: errorOf(response).code },
      );
    }
    return result;
  } finally {
    await h.close();
  }
}

describe('fault injection (LOCAL_GRAPH_FAULTS)', () => {
  test('the settings are parsed, and nonsense is refused', () => {
    expect(parseFaults('429:0.3,503:0.1,latency:50,retryAfter:3')).toEqual({ throttleRate: 0.3, unavailableRate: 0.1, latencyMs: 50, retryAfterSeconds: 3 });
    expect(parseFaults(undefined)).toEqual({ throttleRate: 0, unavailableRate: 0, latencyMs: 0, retryAfterSeconds: 1 });
    expect(() => parseFaults('429:lots')).toThrow(/429:lots/);
    expect(() => parseFaults('500:0.1')).toThrow(/unknown setting/);
    expect(() => parseFaults('429:0.7,503:0.5')).toThrow(/more than 1/);
  });

  test('the generator is seeded: the same seed gives the same sequence', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });

  test('requests are answered 429 or 503 with Retry-After at about the given rates, reproducibly per seed', async () => {
    const first = await answers(11);
    expect(await answers(11)).toEqual(first);
    const statuses = first.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(4);
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(15);
    const refused = first.filter((answer) => answer.status !== 200);
    expect(refused).toEqual(
      refused.map((answer) => ({ status: answer.status, retryAfter: '5', code: answer.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable' })),
    );
    expect(await answers(12)).not.toEqual(first);
  });

  test('a throttled write changes nothing', async () => {
    const h = await startHarness({ faults: '429:1' });
    try {
      expect((await h.call('POST', '/sites/root/lists', { body: { displayName: 'Never' } })).statusCode).toBe(429);
      expect((h.store.db.prepare('SELECT COUNT(*) AS n FROM lists').get() as { n: number }).n).toBe(0);
    } finally {
      await h.close();
    }
  });

  test('latency delays every top-level answer', async () => {
    const h = await startHarness({ faults: 'latency:60' });
    try {
      const started = Date.now();
      await h.call('GET', '/sites/root');
      expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    } finally {
      await h.close();
    }
  });
});
