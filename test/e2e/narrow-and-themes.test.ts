import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { eventually, resetPage, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import type { RunningServer } from '../support/local-server';

/**
 * Every page of the tab in a Teams side panel (360 px) and on a laptop (1366 px), in the light, dark
 * and high-contrast themes: nothing scrolls sideways, every section is reachable with the keyboard
 * alone, and axe finds nothing. One server and one page for the file: pages are changed by their
 * address's hash, as the tab's own links do, so nothing is reloaded between them.
 */

const ACTION_ID = '00000000-0000-4000-a000-000000000001';
const ACTION_TITLE = 'Diverse interview panels for all posts at Band 8a and above';
// A completed action, shared once in beforeAll so that a case study page exists to look at.
const COMPLETED_ACTION = '00000000-0000-4000-a000-000000000007';
const COMPLETED_TITLE = 'Report disciplinary entry by ethnicity to the board twice a year';

interface PageUnderTest {
  name: string;
  hash: string;
  heading: string;
}

/** Filled in by beforeAll: the shared case study's address. */
let caseStudyHash = '';

const pages = (): PageUnderTest[] => [
  { name: 'dashboard', hash: '#/dashboard', heading: 'Dashboard' },
  { name: 'indicator detail', hash: '#/dashboard/indicator/1', heading: 'Indicator 1: Representation by pay band' },
  { name: 'WRES entry', hash: '#/dashboard/wres/2024', heading: 'Correct the 2024 WRES figures' },
  { name: 'actions list', hash: '#/actions', heading: 'Actions' },
  { name: 'an action', hash: `#/actions/${ACTION_ID}`, heading: ACTION_TITLE },
  { name: 'new action', hash: '#/actions/new', heading: 'New action' },
  { name: 'edit action', hash: `#/actions/${ACTION_ID}/edit`, heading: `Edit: ${ACTION_TITLE}` },
  { name: 'my actions', hash: '#/my-actions', heading: 'My actions' },
  { name: 'EDS reviews', hash: '#/eds', heading: 'EDS' },
  { name: 'a review', hash: '#/eds/eds2-demo-2024', heading: 'EDS2 review 2024' },
  { name: 'start review', hash: '#/eds/new', heading: 'Start an EDS review' },
  { name: 'practice library', hash: '#/practice', heading: 'Good practice' },
  { name: 'a case study', hash: caseStudyHash, heading: COMPLETED_TITLE },
  { name: 'share', hash: '#/practice/new', heading: 'Share a case study' },
  { name: 'reports', hash: '#/reports', heading: 'Reports' },
  { name: 'board report', hash: '#/reports/board', heading: 'Board report' },
  { name: 'import', hash: '#/reports/import', heading: 'Import WRES data' },
  { name: 'staff import', hash: '#/reports/import/staff', heading: 'Import staff records' },
  { name: 'settings', hash: '#/settings', heading: 'Settings' },
];

/** The navigation's entries, by the name each is heard by, and where each leads. */
const ENTRIES = [
  { name: /^Dashboard$/, hash: '#/dashboard', heading: 'Dashboard' },
  { name: /^Progress$/, hash: '#/progress', heading: 'Progress' },
  { name: /^Actions$/, hash: '#/actions', heading: 'Actions' },
  { name: /^My actions(, \d+ overdue)?$/, hash: '#/my-actions', heading: 'My actions' },
  { name: /^EDS$/, hash: '#/eds', heading: 'EDS' },
  { name: /^Good practice$/, hash: '#/practice', heading: 'Good practice' },
  { name: /^Reports$/, hash: '#/reports', heading: 'Reports' },
  { name: /^Settings$/, hash: '#/settings', heading: 'Settings' },
] as const;

const THEMES = [
  { theme: 'light', colorScheme: 'light', forcedColors: 'none' },
  { theme: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { theme: 'highContrast', colorScheme: 'light', forcedColors: 'active' },
] as const;

let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser({ REMINDERS: 'off' }));
  await page.goto(`${server.url}/#/actions/${COMPLETED_ACTION}`);
  await page.getByRole('heading', { level: 1, name: COMPLETED_TITLE }).waitFor();
  await page.getByRole('button', { name: 'Share as good practice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Share a case study' }).waitFor();
  // The form fills itself from the action: wait for that before adding to it.
  await eventually(async () => {
    if ((await page.getByRole('textbox', { name: /Title/ }).inputValue()) !== COMPLETED_TITLE)
      throw new Error('The share form has not filled in the title yet.');
  });
  await page.getByRole('textbox', { name: /The problem/ }).fill('BME staff were 1.5 times as likely to enter a formal disciplinary process.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('heading', { level: 1, name: COMPLETED_TITLE }).waitFor();
  caseStudyHash = new URL(page.url()).hash;
}, 180_000);

afterAll(async () => {
  await resetPage(page, server);
  await stopServerAndBrowser({ server, context });
});

/** Opens a page by its hash (a route change, no reload, once the tab is open) and waits for its heading. */
async function open(hash: string, heading: string): Promise<void> {
  if (page.url().startsWith(server.url)) await page.evaluate((to) => (window.location.hash = to), hash);
  else await page.goto(`${server.url}/${hash}`);
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  // The page's own content, not only its heading: nothing is still loading.
  await eventually(async () => expect(await page.locator('main [role="progressbar"]').count()).toBe(0));
}

/** How far the page itself scrolls sideways: 0 when everything fits the viewport. */
const sidewaysScroll = () =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

/** The focused element's accessible name, as the navigation sets it. */
const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

/**
 * From the header, Tab into the navigation, then on along its links to `entry`, or to "More" and
 * down its menu when it did not fit. Returns the names of what Enter was pressed on, in order.
 */
async function reachByKeyboard(entry: (typeof ENTRIES)[number]): Promise<string[]> {
  const pressed: string[] = [];
  const enter = async () => {
    pressed.push(await focusedName());
    await page.keyboard.press('Enter');
  };
  await page.getByRole('banner').getByRole('button').last().focus();
  await page.keyboard.press('Tab');
  await eventually(async () => expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Sections'));
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const hasLink = (await nav.getByRole('link', { name: entry.name }).count()) > 0;
  // Each link that fits is a Tab stop, and "More" follows them.
  const stop = hasLink ? entry.name : /^More sections/;
  for (let step = 0; step < ENTRIES.length && !stop.test(await focusedName()); step += 1) await page.keyboard.press('Tab');
  if (!hasLink) {
    await enter();
    await page.getByRole('menu').waitFor();
    for (let step = 0; step < ENTRIES.length && !entry.name.test(await focusedName()); step += 1) await page.keyboard.press('ArrowDown');
  }
  await enter();
  await page.waitForURL((url) => url.hash === entry.hash);
  await page.getByRole('heading', { level: 1, name: entry.heading, exact: true }).waitFor();
  return pressed;
}

describe('in a 360 px side panel', () => {
  beforeAll(() => page.setViewportSize({ width: 360, height: 720 }));

  test.each(ENTRIES)('the $hash section is reachable with the keyboard alone', async (entry) => {
    await open('#/dashboard', 'Dashboard');
    const pressed = await reachByKeyboard(entry);
    // Either its own link, or "More" and then its menu item.
    expect(pressed.at(-1)).toMatch(entry.name);
    expect(pressed.slice(0, -1).every((name) => /^More sections \(\d\)$/.test(name))).toBe(true);
    expect(new URL(page.url()).hash).toBe(entry.hash);
  });

  test('some sections are in the More menu, and the current one always keeps its link', async () => {
    await open('#/settings', 'Settings');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('button', { name: /^More sections/ }).waitFor();
    expect(await nav.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    const visible = await nav.getByRole('link').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(ENTRIES.length);
    expect(await nav.getByRole('button', { name: /^More sections/ }).getAttribute('aria-label')).toBe(`More sections (${ENTRIES.length - visible})`);
  });

  test('a table wider than the panel scrolls in its own named region, with the keyboard', async () => {
    await open('#/reports/board', 'Board report');
    const region = page.getByRole('region', { name: /^The nine WRES indicators, \d{4}/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await eventually(async () => expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0));
    expect(await sidewaysScroll()).toBeLessThanOrEqual(0);
  });

  test.each(pages().map((p) => p.name))('the %s page does not scroll sideways', async (name) => {
    const target = pages().find((p) => p.name === name);
    if (!target) throw new Error(`No page named ${name}`);
    await open(target.hash, target.heading);
    await eventually(async () => expect(await sidewaysScroll()).toBeLessThanOrEqual(0), { timeout: 15_000 });
  });
});

/** Every axe violation, except Fluent's focus sentinels; in forced colours, without color-contrast (see below). */
async function violations(forcedColors: boolean) {
  // Only violations are read: leaving out passes and incomplete checks keeps each of the many runs short.
  // (Set before disableRules, which adds to these options rather than replacing them.)
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).exclude('[data-tabster-dummy]');
  // Forced colours replace the author's colours with the system's, but axe's color-contrast reads the
  // author's: under forced colours it would judge colours that are not on screen. Every other rule stays.
  if (forcedColors) builder = builder.disableRules(['color-contrast']);
  const results = await builder.analyze();
  return results.violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
}

describe.each([1366, 360])('axe at %i px', (width) => {
  describe.each(THEMES)('in the $theme theme', ({ theme, colorScheme, forcedColors }) => {
    beforeAll(async () => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme, forcedColors });
    });

    test.each(pages().map((p) => p.name))('the %s page has no violations', async (name) => {
      const target = pages().find((p) => p.name === name);
      if (!target) throw new Error(`No page named ${name}`);
      await open(target.hash, target.heading);
      await page.locator(`[data-theme="${theme}"]`).first().waitFor();
      expect(await violations(forcedColors === 'active')).toEqual([]);
    });
  });
});
