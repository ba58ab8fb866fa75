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
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is required for the browser tests but was not found at ${chromiumPath}. Install it with "apt-get install -y chromium" or set CHROME_PATH.`);
  }
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'race-equality-plan-profile-')), {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
}

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? context.newPage();
}

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

/** Every axe violation on the page, except Fluent's focus sentinels (a known false positive). */
export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
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
