import type { BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations, eventually, resetPage, remindersRun, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import type { RunningServer } from '../support/local-server';

/**
 * Addresses that work everywhere: every in-app link is a real address that opens the same page in a
 * new tab, a path typed without its `#` opens the tab, Back steps one page at a time, focus moves
 * to each new page's heading, and a notification opens the action it is about.
 */

let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
  await remindersRun(server);
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

afterEach(() => resetPage(page, server));

async function openAt(target: Page, address: string, heading: string | RegExp): Promise<void> {
  await target.goto(`${server.url}${address}`);
  await target.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The page's level-1 heading's text. */
async function headingOf(target: Page): Promise<string> {
  return ((await target.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

/** Opens what a link's own `href` names in a new tab (as Ctrl-click, a bookmark or a pasted address would). */
async function openInNewTab(href: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(new URL(href, page.url()).href);
  return tab;
}

/** The text of the focused element, if it is a level-1 heading. */
async function focusedHeading(target: Page): Promise<string | undefined> {
  return target.evaluate(() => (document.activeElement?.tagName === 'H1' ? (document.activeElement.textContent ?? '') : undefined));
}

async function expectSamePageInNewTab(link: Locator): Promise<void> {
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#\//);
  await link.click();
  await page.waitForURL((url) => url.hash === href);
  const heading = page.getByRole('heading', { level: 1 });
  await eventually(async () => expect(await focusedHeading(page)).toBe(await heading.textContent()));
  const tab = await openInNewTab(href);
  try {
    await tab.getByRole('heading', { level: 1, name: await headingOf(page), exact: true }).waitFor();
  } finally {
    await tab.close();
  }
}

test('each kind of in-app link opens the same page in a new tab, and focus moves to each new page heading', async () => {
  await openAt(page, '/#/dashboard', 'Dashboard');
  const card = page.getByRole('article', { name: /^Indicator 2:/ });
  await expectSamePageInNewTab(card.getByRole('link', { name: 'Indicator 2 in detail' }));
  expect(await headingOf(page)).toBe('Indicator 2: Appointment from shortlisting');

  await page.goBack();
  await eventually(async () => expect(await focusedHeading(page)).toBe('Dashboard'));
  const linked = page.getByRole('article', { name: /^Indicator 2:/ }).getByRole('link', { name: /linked actions? for indicator 2$/ });
  expect(await linked.getAttribute('href')).toBe('#/actions?indicator=2');
  await expectSamePageInNewTab(linked);
  // The new tab opens the list filtered as the link says.
  const filtered = await openInNewTab('#/actions?indicator=2');
  await eventually(async () => expect(await filtered.getByRole('combobox', { name: /Indicator/ }).textContent()).toContain('2'));
  await filtered.close();

  const actionLink = page.getByRole('grid', { name: 'Actions' }).getByRole('link').first();
  await expectSamePageInNewTab(actionLink);

  // The action's copy link is the page's own address: pasted into a new tab, it opens the action.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied to the clipboard.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const pasted = await openInNewTab(copied);
  await pasted.getByRole('heading', { level: 1, name: await headingOf(page), exact: true }).waitFor();
  await pasted.close();

  // A lazily loaded section: focus waits for its heading.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'EDS' }).click();
  await eventually(async () => expect(await focusedHeading(page)).toBe('EDS'));
});

test('an address typed or bookmarked without its # opens the tab at that page, filters and all', async () => {
  await openAt(page, '/actions', 'Actions');
  expect(new URL(page.url()).hash).toBe('#/actions');
  await openAt(page, '/actions?indicator=2', 'Actions');
  expect(new URL(page.url()).hash).toBe('#/actions?indicator=2');
  await eventually(async () => expect(await page.getByRole('combobox', { name: /Indicator/ }).textContent()).toContain('2'));
  await openAt(page, '/dashboard/indicator/3', /^Indicator 3/);
  // First load: focus is left where the browser puts it, not moved to the heading.
  expect(await focusedHeading(page)).toBeUndefined();
});

test('Back returns from an action to the filtered list in one step, and Forward goes back to the action', async () => {
  await openAt(page, '/#/actions?indicator=2', 'Actions');
  const link = page.getByRole('grid', { name: 'Actions' }).getByRole('link').first();
  const title = ((await link.textContent()) ?? '').trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/actions?indicator=2');
  await eventually(async () => expect(await page.getByRole('combobox', { name: /Indicator/ }).textContent()).toContain('2'));
  await eventually(async () => expect(await focusedHeading(page)).toBe('Actions'));
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
});

test('a notification opens the action it is about, closing the panel', async () => {
  await openAt(page, '/#/dashboard', 'Dashboard');
  await page.getByRole('button', { name: 'Notifications' }).click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  const reminder = panel.getByRole('link', { name: /^(Overdue|Due soon):/ }).first();
  await reminder.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const href = (await reminder.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#\/actions\/[^/]+$/);
  // The reminder names the owner's most pressing action last: "2 actions need you (2 overdue): <title>".
  const named = /\): (.+)$/.exec(((await reminder.textContent()) ?? '').trim())?.[1] ?? '';
  await reminder.click();
  await page.getByRole('heading', { level: 1, name: named, exact: true }).waitFor();
  expect(new URL(page.url()).hash).toBe(href);
  await eventually(async () => expect(await panel.count()).toBe(0));
  await eventually(async () => expect(await focusedHeading(page)).toBe(named));
});
