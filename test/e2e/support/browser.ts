import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { type RunningServer, startLocalServer } from '../../support/local-server';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// As root, with no GPU and a closed network: no sandbox, no background calls home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** The browser's locale (`en-US`, say), for the dates it would otherwise read its own way; Chromium's default when left out. */
  locale?: string;
}

/**
 * How long one Playwright wait (a locator, an action, a navigation) may take before it fails. On an
 * idle machine these take well under a second; on a loaded one a page's first render can take many
 * seconds. Bounded, and well inside the e2e project's per-test timeout (test/e2e/support/timeouts.ts).
 */
export const WAIT_TIMEOUT_MS = 60_000;

export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is required for the browser tests but was not found at ${chromiumPath}. Install it with "apt-get install -y chromium" or set CHROME_PATH.`,
    );
  }
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'race-equality-plan-profile-')), {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.locale ? { locale: options.locale } : {}),
  });
  context.setDefaultTimeout(WAIT_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(WAIT_TIMEOUT_MS);
  return context;
}

/**
 * Runs `assertion` (Jest expectations over fresh reads of the page) until it passes, and fails with
 * its last error once `timeout` ms have gone by. Asynchronous UI settles in its own time: a single
 * read races it, especially on a loaded machine, so read again until the state is there.
 *
 *   await eventually(async () => expect(await card.textContent()).toContain('since 2023'));
 */
export async function eventually<T>(assertion: () => Promise<T>, { timeout = WAIT_TIMEOUT_MS, interval = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await new Promise((resolveRetry) => setTimeout(resolveRetry, interval));
  }
}

/**
 * Gives the next test the page as a fresh one would be: light theme, no forced colours, the default
 * viewport, no demo user or remembered choice left in localStorage by an earlier test (one that
 * failed half-way would otherwise leave the next test signed in as someone else), and no running
 * app: the next test's first `goto` loads the tab afresh, instead of a same-document hash change
 * that would keep the earlier test's in-memory state (the chosen year, say).
 */
export async function resetPage(page: Page | undefined, server: Pick<RunningServer, 'url'> | undefined): Promise<void> {
  if (!page || !server) return; // beforeAll failed, and said why
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  if (page.url().startsWith(server.url)) await page.evaluate(() => window.localStorage.clear());
  await page.goto('about:blank');
}

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? context.newPage();
}

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

/**
 * Every axe violation on the page, except Fluent's focus sentinels (a known false positive). Axe
 * runs once the page's finite animations have ended: a dialog still fading in has its colours
 * blended with the page behind, and its contrast would be judged on a frame nobody reads.
 */
export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
    undefined,
    { polling: 'raf' },
  );
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

export const artifactsDir = join(process.cwd(), 'test-artifacts');

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/** The `npm start` server and one Chromium with its first page: what each browser test file drives. */
export interface ServerAndBrowser {
  server: RunningServer;
  context: BrowserContext;
  page: Page;
}

/** Starts the real server (on a free port, with its own data) and Chromium. */
export async function startServerAndBrowser(env: Record<string, string> = {}): Promise<ServerAndBrowser> {
  const server = await startLocalServer(env);
  const context = await launchBrowser();
  return { server, context, page: await firstPage(context) };
}

/** Closes what {@link startServerAndBrowser} opened, whatever of it had started. */
export async function stopServerAndBrowser(opened: Partial<ServerAndBrowser>): Promise<void> {
  await opened.context?.close();
  await opened.server?.stop();
}

/** Opens `hash` of the tab and waits until the page's own heading is on screen. */
export async function openPageAt(page: Page, serverUrl: string, hash: string, heading: string): Promise<void> {
  await page.goto(`${serverUrl}/${hash}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** npm start runs the day's reminders once it is up: resolves when its report line is out, so a test can read them. */
export async function remindersRun(server: Pick<RunningServer, 'output'>): Promise<void> {
  await eventually(async () => expect(server.output()).toMatch(/Reminders for \d{4}-\d{2}-\d{2}/), { interval: 50 });
}
