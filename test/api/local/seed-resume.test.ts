import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_TRUST_SITE_ID, GOOD_PRACTICE_HUB_SITE_ID, SECOND_DEMO_TRUST_SITE_ID } from '../../../api/src/local/graph';
import { loadDemoData } from '../../../api/src/local/seed/seed-if-new';
import { readDemoDataState } from '../../../api/src/local/seed/seed-state';
import { createGraphClient, openGraphPlanStorage, openPlanRegistry, resolveSite, type SiteLocator } from '../../../src/storage/graph';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { startListeningStore } from './support/listening-store';

/**
 * Demo data is never left half-loaded: a load cut short, at any point, is finished by the next
 * start, which says so, and the result is the same demo data as an uninterrupted load, with
 * nothing missing and nothing twice.
 */

const rootDir = process.cwd();
const folders: string[] = [];
const running: RunningServer[] = [];

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'demo-data-'));
  folders.push(folder);
  return folder;
}

async function planAs(graphBaseUrl: string, email: string, locator: SiteLocator) {
  const client = createGraphClient({ baseUrl: graphBaseUrl, getAccessToken: () => Promise.resolve(`local:${email}`) });
  const { storage } = await openGraphPlanStorage(await resolveSite(client, graphBaseUrl, locator), { createMissing: false });
  return storage.load();
}

/** Everything an uninterrupted load gives, each part counted, read as the people who may read it. */
async function demoDataIn(graphBaseUrl: string): Promise<Record<string, unknown>> {
  const demo = await planAs(graphBaseUrl, 'lead@demo-trust.example', { siteId: DEMO_TRUST_SITE_ID });
  const second = await planAs(graphBaseUrl, 'lead@second-trust.example', { siteId: SECOND_DEMO_TRUST_SITE_ID });
  const app = createGraphClient({ baseUrl: graphBaseUrl, getAccessToken: () => Promise.resolve('local:reminders@service.example') });
  const hub = await resolveSite(app, graphBaseUrl, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
  const hubLists = (
    (await app
      .api(`/sites/${encodeURIComponent(hub.siteId)}/lists`)
      .select('displayName')
      .get()) as { value: { displayName: string }[] }
  ).value;
  const registered = await (await openPlanRegistry(hub, { createMissing: false })).list();
  const ids = demo.actions.map((action) => action.value.id);
  return {
    problems: [...demo.problems, ...second.problems],
    demoName: demo.settings.organisationName,
    demoYears: demo.wresYears.map((year) => year.value.year).toSorted(),
    demoReviews: demo.edsReviews.map((review) => review.value.outcomes.length),
    demoActions: ids.length,
    distinctDemoActions: new Set(ids).size,
    updatesPerUpdatedAction: demo.actions.filter((action) => action.value.progressUpdates.length > 0).map((action) => action.value.progressUpdates.length),
    secondName: second.settings.organisationName,
    secondYears: second.wresYears.length,
    secondActions: second.actions.length,
    hubLists: hubLists.map((list) => list.displayName).toSorted(),
    registered: registered.map((plan) => plan.orgCode).toSorted(),
  };
}

let complete: Record<string, unknown>;

beforeAll(async () => {
  // The reference: one load that nothing interrupted.
  const dataDir = newFolder();
  const store = await startListeningStore({ dataDir });
  try {
    const outcome = await loadDemoData(store.graph, { rootDir, dataDir, today: new Date(), log: () => undefined });
    if (outcome !== 'loaded') throw new Error(`a new folder was ${outcome}, not loaded`);
    complete = await demoDataIn(store.graph);
  } finally {
    await store.close();
  }
}, 60000);

test('an uninterrupted load gives both plans whole, the hub its lists, and both plans registered', () => {
  expect(complete).toEqual({
    problems: [],
    demoName: 'Demo NHS Trust',
    demoYears: [2022, 2023, 2024],
    demoReviews: [18],
    demoActions: 25,
    distinctDemoActions: 25,
    updatesPerUpdatedAction: [1, 1, 1, 1, 1, 1, 1, 1],
    secondName: 'Second Demo Trust',
    secondYears: 1,
    secondActions: 6,
    hubLists: expect.arrayContaining(['Registered Plans']),
    registered: ['RXX', 'RYY'],
  });
  expect((complete.hubLists as string[]).length).toBeGreaterThanOrEqual(3);
});

// A full load is about 80 requests: these stop it in the hub's lists, the demo trust's settings and
// years, between its batches of actions, among its progress updates, in the second trust, and
// while registering the plans.
test.each([3, 20, 37, 44, 58, 78])(
  'a load stopped after %i requests is finished by the next one, which says so',
  async (stopAfter) => {
    const dataDir = newFolder();
    const store = await startListeningStore({ dataDir });
    try {
      const lines: string[] = [];
      const log = (line: string): void => void lines.push(line);
      await expect(loadDemoData(store.graph, { rootDir, dataDir, today: new Date(), log, failAfterRequests: stopAfter })).rejects.toThrow(
        `stopped after ${stopAfter} requests`,
      );
      expect(readDemoDataState(dataDir)).toBe('loading');

      await expect(loadDemoData(store.graph, { rootDir, dataDir, today: new Date(), log })).resolves.toBe('finished');
      expect(lines).toEqual(['Found half-loaded demo data (an earlier start stopped while loading it): finishing it.']);
      expect(readDemoDataState(dataDir)).toBe('complete');
      expect(await demoDataIn(store.graph)).toEqual(complete);

      // Complete now: the next start leaves it as it is.
      await expect(loadDemoData(store.graph, { rootDir, dataDir, today: new Date(), log })).resolves.toBe('present');
      expect(lines).toHaveLength(1);
    } finally {
      await store.close();
    }
  },
  60000,
);

/** How many requests the store has logged (LOCAL_GRAPH_LOG), 0 before the first. */
function loggedRequests(logFile: string): number {
  try {
    return readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '').length;
  } catch {
    return 0;
  }
}

/** `npm start` on `dataDir`, killed outright (SIGKILL, as a crash) once it has served `requests` requests while loading. */
async function killWhileLoading(dataDir: string, requests: number): Promise<string> {
  const logFile = join(dataDir, 'requests.log');
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/local/main.ts'], {
    cwd: rootDir,
    // Each request takes 25 ms, so the load (about 80 requests) is still running when the kill comes.
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, TAB_BUILD: 'skip', REMINDERS: 'off', LOCAL_GRAPH_FAULTS: 'latency:25', LOCAL_GRAPH_LOG: logFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const deadline = Date.now() + 60000;
  while (loggedRequests(logFile) < requests) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the load did not reach ${requests} requests:\n${output}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 5));
  }
  child.kill('SIGKILL');
  await exited;
  return output;
}

test('npm start killed while loading the demo data says so when started again, and finishes it', async () => {
  const dataDir = newFolder();
  const killedOutput = await killWhileLoading(dataDir, 45);
  expect(killedOutput).not.toContain('running at');
  expect(readDemoDataState(dataDir)).toBe('loading');

  const again = await startLocalServer({ REMINDERS: 'off' }, dataDir);
  running.push(again);
  expect(again.output()).toContain('Found half-loaded demo data (an earlier start stopped while loading it): finishing it.');
  expect(again.output()).toContain('Finished loading the demo data.');
  expect(await demoDataIn(`${again.url}/graph/v1.0`)).toEqual(complete);
  await again.stop();

  const third = await startLocalServer({ REMINDERS: 'off' }, dataDir);
  running.push(third);
  expect(third.output()).not.toContain('half-loaded');
  expect(third.output()).not.toContain('Loaded the demo trust');
  expect(await demoDataIn(`${third.url}/graph/v1.0`)).toEqual(complete);
}, 120000);
