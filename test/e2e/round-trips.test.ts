import type { Page, Request } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { eventually, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import type { RunningServer } from '../support/local-server';

/**
 * Round trips to Graph, counted as the browser sends them (real Chromium against `npm start`):
 * opening the seeded plan costs at most 2 sequential requests the first time, 1 once the browser
 * remembers it, and saving an action costs 1.
 */
let server: RunningServer;
let context: BrowserContext;
let page: Page;

/** A seeded demo action, owned by Leah Adeyemi. */
const SEEDED_ID = '00000000-0000-4000-a000-000000000001';

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

interface Sent {
  label: string;
  started: number;
  finished?: number;
}

/** Every request the page sends to /graph from now on, with when it left and when its answer was in. */
function recordGraph(target: Page): { sent: Sent[]; stop: () => void } {
  const sent: Sent[] = [];
  const byRequest = new Map<Request, Sent>();
  const onRequest = (request: Request): void => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/graph/')) return;
    const entry: Sent = { label: `${request.method()} ${url.pathname}`, started: performance.now() };
    byRequest.set(request, entry);
    sent.push(entry);
  };
  const onDone = (request: Request): void => {
    const entry = byRequest.get(request);
    if (entry) entry.finished = performance.now();
  };
  target.on('request', onRequest);
  target.on('requestfinished', onDone);
  target.on('requestfailed', onDone);
  return {
    sent,
    stop: () => {
      target.off('request', onRequest);
      target.off('requestfinished', onDone);
      target.off('requestfailed', onDone);
    },
  };
}

/** How many requests had to wait for one another: the longest chain in which each left after the one before was answered. */
function sequentialDepth(sent: readonly Sent[]): number {
  const depth = new Map<Sent, number>();
  for (const entry of sent.toSorted((a, b) => a.started - b.started)) {
    const before = sent.filter((other) => other.finished !== undefined && other.finished <= entry.started);
    depth.set(entry, 1 + Math.max(0, ...before.map((other) => depth.get(other) ?? 0)));
  }
  return Math.max(0, ...depth.values());
}

const card = (target: Page, id: string) => target.getByRole('article', { name: new RegExp(`^Indicator ${id}: `) });
const statusWords = async (target: Page): Promise<string> => (await target.getByRole('status').allTextContents()).join(' ');

/** The dashboard with every indicator, once no read of the plan is still running. */
async function dashboardSettled(target: Page): Promise<void> {
  await card(target, '9').waitFor();
  await eventually(async () => expect(await statusWords(target)).not.toMatch(/Loading the plan|Bringing the plan up to date/));
}

/** Whether this browser remembers a plan, as the tab keeps it in IndexedDB. */
async function remembersAPlan(target: Page): Promise<boolean> {
  return target.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const opening = indexedDB.open('race-equality-plan', 1);
        opening.addEventListener('upgradeneeded', () => opening.result.createObjectStore('plans'));
        opening.addEventListener('success', () => {
          const counting = opening.result.transaction('plans', 'readonly').objectStore('plans').count();
          counting.addEventListener('success', () => {
            opening.result.close();
            resolve(counting.result > 0);
          });
        });
        opening.addEventListener('error', () => resolve(false));
      }),
  );
}

test('opening the seeded plan costs at most 2 sequential requests the first time, and 1 once the browser remembers it', async () => {
  const cold = recordGraph(page);
  await page.goto(`${server.url}/#/dashboard`);
  await dashboardSettled(page);
  cold.stop();
  expect(cold.sent.map((entry) => entry.label)).toEqual(['POST /graph/v1.0/$batch', 'POST /graph/v1.0/$batch']);
  expect(sequentialDepth(cold.sent)).toBeLessThanOrEqual(2);

  await eventually(async () => expect(await remembersAPlan(page)).toBe(true));
  await page.goto('about:blank');

  // Graph's answers are held back until the remembered plan is on screen, so it is shown before any arrives.
  const releases: (() => void)[] = [];
  const held = new Promise<void>((resolve) => releases.push(resolve));
  await page.route('**/graph/**', async (route) => {
    await held;
    await route.continue();
  });
  const warm = recordGraph(page);
  await page.goto(`${server.url}/#/dashboard`);
  await card(page, '9').waitFor();
  expect(await statusWords(page)).toMatch(/Bringing the plan up to date\. Showing figures from \d\d:\d\d\./);
  for (const release of releases) release();
  await dashboardSettled(page);
  warm.stop();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  expect(warm.sent.map((entry) => entry.label)).toEqual(['POST /graph/v1.0/$batch']);
}, 120000);

test('saving an action costs 1 request, with the saved action and its history shown after it', async () => {
  await page.goto(`${server.url}/#/actions/${SEEDED_ID}/edit`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await eventually(async () => expect(await statusWords(page)).not.toMatch(/Loading the plan|Bringing the plan up to date/));
  const target = `Round trip ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Target' }).fill(target);

  const save = recordGraph(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/were saved\.$/).waitFor();
  const history = page.getByRole('list', { name: 'History, newest first' });
  await eventually(async () => expect((await history.textContent()) ?? '').toContain(target));
  save.stop();
  expect(save.sent.map((entry) => entry.label)).toEqual(['POST /graph/v1.0/$batch']);
}, 120000);
