import type { BrowserContext, Locator, Page, Request } from 'playwright-core';
import { axeViolations, eventually, resetPage, saveScreenshot, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import { startLocalServer, type RunningServer } from '../support/local-server';

const SECTIONS = [
  { tab: 'Dashboard', hash: '#/dashboard' },
  { tab: 'Progress', hash: '#/progress' },
  { tab: 'Actions', hash: '#/actions' },
  { tab: 'EDS', hash: '#/eds' },
  { tab: 'Good practice', hash: '#/practice' },
  { tab: 'Reports', hash: '#/reports' },
  { tab: 'Settings', hash: '#/settings' },
] as const;

let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

afterEach(() => resetPage(page, server));

async function openTab(hash = ''): Promise<void> {
  await page.goto(`${server.url}/${hash}`);
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
}

/** The names the navigation's tabs or menu items are heard by. */
const names = async (items: Locator) => items.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));

/** Waits (bounded by Playwright's timeout) until the app has switched its Fluent theme. */
async function expectTheme(theme: 'light' | 'dark' | 'highContrast'): Promise<void> {
  const themed = page.locator(`[data-theme="${theme}"]`).first();
  await themed.waitFor();
  expect(await themed.getAttribute('data-theme')).toBe(theme);
}

test('the server answers 200 at / with the tab and serves its configuration', async () => {
  const home = await fetch(`${server.url}/`);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('<div id="root">');
  const config = (await (await fetch(`${server.url}/config.json`)).json()) as { mode: string; graphBaseUrl: string };
  expect(config).toMatchObject({ mode: 'local', graphBaseUrl: '/graph/v1.0' });
});

test('opening the tab lands on the dashboard, with the organisation and the signed-in person in the header', async () => {
  await openTab();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/dashboard');
  const banner = page.getByRole('banner');
  await eventually(async () => expect(await banner.textContent()).toContain('Demo NHS Trust'));
  await eventually(async () => expect(await banner.textContent()).toContain('Signed in as Leah Adeyemi'));
});

test.each(SECTIONS)('the $tab tab opens its page', async ({ tab, hash }) => {
  await openTab();
  // Exact names: "Actions" is also part of "My actions".
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: tab, exact: true }).click();
  await page.waitForURL((url) => url.hash === hash);
  await page.getByRole('heading', { level: 1, name: tab }).waitFor();
  await eventually(async () =>
    expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: tab, exact: true }).getAttribute('aria-current')).toBe('page'),
  );
});

test('the navigation works with the keyboard alone', async () => {
  await openTab();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).focus();
  // Dashboard, Progress, Actions, My actions, EDS: each section's link is a Tab stop.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.hash === '#/eds');
  await page.getByRole('heading', { level: 1, name: 'EDS' }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/eds');
});

test('a demo user can switch to another person, and the choice survives a reload', async () => {
  await openTab();
  await page.getByRole('button', { name: /Signed in as Leah Adeyemi/ }).click();
  await page.getByRole('menuitemradio', { name: /Tom Hughes/ }).click();
  await eventually(async () => expect(await page.getByRole('banner').textContent()).toContain('Signed in as Tom Hughes'));
  await page.reload();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  await eventually(async () => expect(await page.getByRole('banner').textContent()).toContain('Signed in as Tom Hughes'));
  await page.evaluate(() => window.localStorage.clear());
});

test('the theme follows the system between light and dark while the tab is open', async () => {
  await openTab();
  await page.emulateMedia({ colorScheme: 'light' });
  await expectTheme('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectTheme('dark');
  await page.emulateMedia({ forcedColors: 'active' });
  await expectTheme('highContrast');
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  await expectTheme('light');
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  test.each(SECTIONS)('the $tab page has no axe violations', async ({ tab, hash }) => {
    await page.emulateMedia({ colorScheme });
    await openTab(hash);
    // Each page loads as its own chunk: judge it once it has rendered.
    await page.getByRole('heading', { level: 1, name: tab }).waitFor();
    await expectTheme(colorScheme);
    await saveScreenshot(page, `${tab.toLowerCase().replace(/\s+/g, '-')}-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('in a 320 px side panel the page does not scroll sideways and every section stays reachable', async () => {
  await page.setViewportSize({ width: 320, height: 700 });
  try {
    await openTab();
    // The overflow measures the links just after the first paint; judge the settled layout.
    // Bounded; if it never fits, the width below says by how much.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 320, null, { timeout: 15_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The links that do not fit are in "More": together with the visible ones, every section is there.
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('button', { name: /^More sections/ }).click();
    await page.getByRole('menuitem', { name: 'Settings' }).waitFor();
    const reachable = [...(await names(nav.getByRole('link'))), ...(await names(page.getByRole('menuitem')))].map((name) => name.replace(/, \d+ overdue$/, ''));
    expect(reachable.toSorted()).toEqual([...SECTIONS.map((section) => section.tab), 'My actions'].toSorted());
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.waitForURL((url) => url.hash === '#/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await saveScreenshot(page, 'settings-320px');
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});

test('inside a frame that is not Teams, the tab opens promptly instead of waiting for Teams, teams-js fetched beside its configuration', async () => {
  // The framing page is on the tab's own origin, which frame-ancestors allows (as 'self'); any other
  // origin that is not a Teams, Outlook or Microsoft 365 host is refused (security-headers.test.ts).
  await page.goto(`${server.url}/config.json`);
  // In order: teams-js asked for, and config.json answered. Framed, the tab is most likely in Teams,
  // so teams-js downloads beside the configuration rather than after it.
  const events: string[] = [];
  const onRequest = (request: Request) => {
    if (/\/assets\/detect-host-[^/]+\.js$/.test(request.url())) events.push('teams-js requested');
  };
  const onFinished = (request: Request) => {
    if (request.url() === `${server.url}/config.json`) events.push('config.json answered');
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  try {
    const started = Date.now();
    await page.setContent(`<iframe title="tab" src="${server.url}/#/actions" width="1000" height="700"></iframe>`);
    const frame = page.frameLocator('iframe[title="tab"]');
    await frame.getByRole('heading', { level: 1, name: 'Actions' }).waitFor({ timeout: 20000 });
    expect(Date.now() - started).toBeLessThan(20000);
    expect(events.indexOf('teams-js requested')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('teams-js requested')).toBeLessThan(events.indexOf('config.json answered'));
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);
  }
});

test('Ctrl+C stops the server cleanly', async () => {
  const second = await startLocalServer();
  const code = await second.stop();
  expect(code).toBe(0);
  expect(second.output()).toContain('Stopped.');
});
