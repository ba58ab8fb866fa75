import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, eventually, saveScreenshot, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import { startLocalServer, type RunningServer } from '../support/local-server';

/**
 * The tab open on the dashboard while the plan's site goes away (the local server stopped, as a
 * dropped VPN or a site outage would look): it must say the site cannot be reached, not that
 * Microsoft 365 is busy, keep the figures on screen, and say when they were read.
 */
let server: RunningServer;
let restarted: RunningServer | undefined;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(async () => {
  await stopServerAndBrowser({ server, context });
  await restarted?.stop();
});

const card = (id: string) => page.getByRole('article', { name: new RegExp(`^Indicator ${id}: `) });
const banner = () => page.getByRole('status').filter({ hasText: /could not be (loaded|brought up to date)/ });
/** What the page's live regions say now, without waiting for any of them. */
const statusWords = async (): Promise<string> => (await page.getByRole('status').allTextContents()).join(' ');

/** "HH:MM" in the UK, as the tab writes the time its figures were read. */
const ukTime = (at: Date): string =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' }).format(at);

/**
 * The person comes back to the tab: headless Chromium never hides a page, so the test sends the
 * event the browser sends then. The tab checks the site at most every ten seconds, so this is
 * repeated until the check has run and `assertion` holds.
 */
async function comeBackUntil(assertion: () => Promise<void>): Promise<void> {
  await eventually(
    async () => {
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await assertion();
    },
    { interval: 500 },
  );
}

test('with the site unreachable the tab says so, with what to try, and keeps the figures with the time they were read', async () => {
  const before = new Date();
  await page.goto(`${server.url}/#/dashboard`);
  await card('9').waitFor();
  const after = new Date();
  // Indicator 2's figure and its trend in words (the card's chart may still be arriving).
  const figuresOf = async (): Promise<string[]> => {
    const text = (await card('2').textContent()) ?? '';
    return [/relative likelihood(\d\.\d\d)/.exec(text)?.[1] ?? '', /Trend \d{4} to \d{4}: (\d{4} \d\.\d\d(, )?)+/.exec(text)?.[0] ?? ''];
  };
  const figures = await figuresOf();
  expect(figures[0]).toMatch(/^\d\.\d\d$/);
  expect(figures[1]).toMatch(/^Trend/);

  await server.stop();
  await comeBackUntil(async () => expect(await statusWords()).toContain("Cannot reach the plan's SharePoint site."));
  const words = (await banner().textContent()) ?? '';
  expect(words).toContain('Check your connection or VPN, then try again');
  expect(words).not.toMatch(/busy/i);
  // The time the figures were loaded, computed here as the tab does (either side of the load).
  const shown = /Showing figures from (\d\d:\d\d)\./.exec(words)?.[1];
  expect([ukTime(before), ukTime(after)]).toContain(shown);
  await banner().getByRole('button', { name: 'Try again' }).waitFor();
  // The old figures stay on screen: the page is never blanked.
  expect(await figuresOf()).toEqual(figures);
  await expect(page.getByRole('article', { name: /^Indicator \d: / }).count()).resolves.toBe(9);
  await saveScreenshot(page, 'connection-unreachable');
  expect(await axeViolations(page)).toEqual([]);

  // The site comes back (the same server, address and data): the next check clears the banner.
  restarted = await startLocalServer({ PORT: new URL(server.url).port }, server.dataDir);
  await comeBackUntil(async () => expect(await statusWords()).not.toContain('could not be brought up to date'));
  await expect(page.getByText('Showing figures from').count()).resolves.toBe(0);
  expect(await figuresOf()).toEqual(figures);
});
