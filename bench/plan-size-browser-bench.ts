/**
 * The tab with plans of 25, 1,000, 10,000 and 50,000 actions, in Debian's Chromium against
 * `npm start` (the local Graph API on SQLite), as a trust's EDI lead would open it. Each plan is the
 * demo trust with copies of its actions (bench/generate-plan.ts). For each size:
 * - dashboard interactive: from navigation start to the nine WRES indicator cards drawn, read in
 *   the page on an animation frame (a frame runs only when the page's main thread is free);
 * - Graph requests: every request the page sends to the Graph API until then (a `$batch` is one);
 * - grid interactive: a fresh load of the Actions page, to its grid showing rows and its search box
 *   ready for typing;
 * - a keystroke: from a key's `keydown` in the search box to the grid and its "Showing n of m"
 *   count drawn for the search (the median of five, typing a letter and deleting it in turn, and the
 *   first of them);
 * - memory: the renderer process's resident set with the grid open (its highest from opening the
 *   Actions page until the last keystroke is drawn, polled from /proc).
 * Every load is a new browser profile, so nothing is cached between runs. Runs go round the sizes in
 * turn (interleaved) so a busy moment on the machine falls on all sizes alike; medians are printed.
 * BENCH_PLAN_SIZES=25,10000 runs other sizes; BENCH_PLAN_RUNS the number of runs (3).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, firstPage } from '../test/e2e/support/browser';
import { type RunningServer, startLocalServer } from '../test/support/local-server';
import { generatedPlan } from './generate-plan';
import { rendererRss } from './renderer-memory';

const DEFAULT_SIZES = [25, 1_000, 10_000, 50_000];
/** The longest one load or keystroke may take before it is reported as failed (the slowest measured before the grid was virtualised: 270 s). */
const STEP_TIMEOUT_MS = 300_000;
const POLL_MS = 50;
/**
 * The search keystrokes: a letter in some actions' text and not in others, then Backspace, in turn,
 * so each one changes the rows shown. The first is typed into an empty box; its time is shown
 * beside the median, since it also builds the search's cache of each action's text.
 */
const SEARCH_KEYS = ['q', 'Backspace', 'q', 'Backspace', 'q'];

const listFromEnv = (name: string): number[] =>
  (process.env[name] ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

// Page-side checks are plain strings: tsx wraps named functions in a `__name` helper that exists
// only in Node, so a function handed to page.evaluate would fail in the page.
const DASHBOARD_READY = `(() => {
  const titled = [...document.querySelectorAll('article[aria-labelledby]')].filter((card) =>
    /^Indicator \\d: /.test(document.getElementById(card.getAttribute('aria-labelledby'))?.textContent ?? ''));
  return titled.length === 9 ? performance.now() : false;
})()`;
const GRID_READY = `(() => {
  const grid = document.querySelector('[role="grid"][aria-label="Actions"]');
  const search = document.querySelector('input[aria-label="Search actions"]');
  const rows = grid === null ? 0 : grid.querySelectorAll('[role="row"]').length;
  return rows > 1 && search !== null && !search.disabled ? performance.now() : false;
})()`;
const SHOWING = `(() => [...document.querySelectorAll('span')].find((span) => /^Showing [\\d,]+ of [\\d,]+ actions?$/.test(span.textContent ?? ''))?.textContent ?? '')()`;
const LISTEN_FOR_KEY = `(() => {
  window.__benchKeyAt = undefined;
  document.addEventListener('keydown', (event) => { window.__benchKeyAt = event.timeStamp; }, { capture: true, once: true });
})()`;
const KEY_DONE = (before: string): string => `(() => {
  const showing = ${SHOWING};
  return window.__benchKeyAt !== undefined && showing !== '' && showing !== ${JSON.stringify(before)} ? performance.now() - window.__benchKeyAt : false;
})()`;

const median = (values: readonly number[]): number => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface Measured {
  dashboardMs: number;
  graphRequests: number;
  gridMs: number;
  keystrokeMs: number;
  firstKeystrokeMs: number;
  memoryBytes: number;
  showing: string;
}

/**
 * Waits for a page-side expression to give a number, checked on each animation frame, and returns
 * it. Evaluated by the debugger protocol, as the page's Content-Security-Policy forbids `eval`
 * (which Playwright's waitForFunction uses).
 */
async function pageTime(page: Page, expression: string): Promise<number> {
  const waiting = page.evaluate(`new Promise((resolve) => {
    const check = () => {
      const value = ${expression};
      if (value === false) requestAnimationFrame(check);
      else resolve(value);
    };
    check();
  })`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The page was not ready within ${STEP_TIMEOUT_MS / 1000} s.`)), STEP_TIMEOUT_MS);
  });
  try {
    const value: unknown = await Promise.race([waiting, timeout]);
    if (typeof value !== 'number') throw new Error(`The page gave ${String(value)} instead of a time.`);
    return value;
  } finally {
    clearTimeout(timer);
  }
}

/** The Graph API requests the page sends while `run` runs. */
async function countingGraphRequests<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; requests: number }> {
  let requests = 0;
  const onRequest = (request: { url(): string }): void => {
    if (request.url().includes('/graph/v1.0/')) requests += 1;
  };
  page.on('request', onRequest);
  try {
    return { result: await run(), requests };
  } finally {
    page.off('request', onRequest);
  }
}

/** A fresh browser for one load, closed whatever happens; a crashed page fails the step instead of hanging it. */
async function inFreshBrowser<T>(drive: (page: Page) => Promise<T>): Promise<T> {
  const context: BrowserContext = await launchBrowser();
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  try {
    const page = await firstPage(context);
    const crashed = new Promise<never>((_, reject) => {
      page.once('crash', () => reject(new Error('The page crashed (out of memory?).')));
      page.once('close', () => reject(new Error('The page closed.')));
    });
    crashed.catch(() => undefined);
    return await Promise.race([drive(page), crashed]);
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function measure(server: RunningServer): Promise<Measured> {
  const dashboard = await inFreshBrowser((page) =>
    countingGraphRequests(page, async () => {
      await page.goto(`${server.url}/#/`);
      return pageTime(page, DASHBOARD_READY);
    }),
  );
  return inFreshBrowser(async (page) => {
    let peak = rendererRss();
    const poll = setInterval(() => (peak = Math.max(peak, rendererRss())), POLL_MS);
    try {
      await page.goto(`${server.url}/#/actions`);
      const gridMs = await pageTime(page, GRID_READY);
      peak = Math.max(peak, rendererRss());
      const all = String(await page.evaluate(SHOWING));
      if (all === '') throw new Error('The Actions page shows no "Showing n of m actions".');
      await page.locator('input[aria-label="Search actions"]').focus();
      const keystrokes: number[] = [];
      let showing = all;
      let searched = '';
      for (const key of SEARCH_KEYS) {
        await page.evaluate(LISTEN_FOR_KEY);
        await page.keyboard.press(key);
        keystrokes.push(await pageTime(page, KEY_DONE(showing)));
        showing = String(await page.evaluate(SHOWING));
        if (key !== 'Backspace') searched = showing;
      }
      return {
        dashboardMs: dashboard.result,
        graphRequests: dashboard.requests,
        gridMs,
        keystrokeMs: median(keystrokes),
        firstKeystrokeMs: keystrokes[0] ?? Number.NaN,
        memoryBytes: peak,
        showing: `${all} → ${searched}`,
      };
    } finally {
      clearInterval(poll);
    }
  });
}

const seconds = (ms: number): string => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const grouped = (n: number): string => n.toLocaleString('en-GB');

export async function runPlanSizeBrowserBench(): Promise<void> {
  const sizes = listFromEnv('BENCH_PLAN_SIZES');
  const runs = listFromEnv('BENCH_PLAN_RUNS')[0] ?? 3;
  const chosen = (sizes.length > 0 ? sizes : DEFAULT_SIZES).toSorted((a, b) => a - b);
  const servers = new Map<number, RunningServer>();
  const results = new Map<number, Measured[]>(chosen.map((size) => [size, []]));
  const failures = new Map<number, string>();
  try {
    for (const size of chosen) {
      const started = performance.now();
      const folder = await generatedPlan(size);
      console.log(`  plan of ${grouped(size)} actions ready in ${seconds(performance.now() - started)} (${folder})`);
      // TAB_BUILD=auto: the server builds the tab first if it is stale, as `npm start` does. The daily
      // reminders, which read the whole plan as the demo server starts, are left out: in Microsoft 365
      // they run on their own timer elsewhere, and here they slowed the first load of a long plan.
      servers.set(size, await startLocalServer({ TAB_BUILD: 'auto', REMINDERS: 'off' }, folder));
    }
    for (let run = 0; run < runs; run += 1) {
      for (const size of chosen) {
        const server = servers.get(size);
        if (server === undefined || failures.has(size)) continue;
        try {
          const measured = await measure(server);
          results.get(size)?.push(measured);
          console.log(
            `  run ${run + 1}, ${grouped(size)} actions: dashboard ${seconds(measured.dashboardMs)}, grid ${seconds(measured.gridMs)}, keystroke ${seconds(measured.keystrokeMs)} (first ${seconds(measured.firstKeystrokeMs)}), ${mb(measured.memoryBytes)}, ${measured.graphRequests} Graph requests (${measured.showing})`,
          );
        } catch (error) {
          // A size that fails once is not run again: its message is printed and the others go on.
          failures.set(size, error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));
          console.log(`  run ${run + 1}, ${grouped(size)} actions: failed: ${failures.get(size)}`);
        }
      }
    }
  } finally {
    await Promise.all([...servers.values()].map((server) => server.stop()));
  }
  const lines = [
    'Plan size in the browser (Chromium against npm start; medians)',
    '    actions  dashboard  Graph requests       grid  keystroke  (first)  memory (grid open)',
  ];
  for (const size of chosen) {
    const measured = results.get(size) ?? [];
    const failure = failures.get(size);
    if (measured.length === 0) {
      lines.push(`  ${grouped(size).padStart(9)}  failed: ${failure ?? 'not run'}`);
      continue;
    }
    const of = (pick: (m: Measured) => number) => median(measured.map(pick));
    lines.push(
      `  ${grouped(size).padStart(9)}  ${seconds(of((m) => m.dashboardMs)).padStart(9)}  ${String(of((m) => m.graphRequests)).padStart(14)}  ${seconds(of((m) => m.gridMs)).padStart(9)}  ${seconds(of((m) => m.keystrokeMs)).padStart(9)}  ${seconds(of((m) => m.firstKeystrokeMs)).padStart(7)}  ${mb(of((m) => m.memoryBytes)).padStart(18)}${failure ? `  (then failed: ${failure})` : ''}`,
    );
  }
  lines.push(
    `  note     median of ${runs} interleaved runs, each in a new browser profile; memory is the renderer's highest resident set from opening the Actions page to the last keystroke`,
  );
  console.log(lines.join('\n'));
}
