import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, eventually, openPageAt, resetPage, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import type { RunningServer } from '../support/local-server';

let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

afterEach(() => resetPage(page, server));

const openReport = (): Promise<void> => openPageAt(page, server.url, '#/reports/board', 'Board report');
const indicators = () => page.getByRole('table', { name: /^The nine WRES indicators, 2024/ });

/** Pages in a PDF: each page object is written as "/Type /Page" (the page tree is "/Type /Pages"). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test("the demo trust's board report prints on at most 3 A4 pages", async () => {
  await openReport();
  await indicators().waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
});

test('in print, no table cell overflows: action titles wrap within their own column', async () => {
  await openReport();
  await indicators().waitFor();
  await page.getByRole('table', { name: /^Progress by indicator/ }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('[data-print-root] td, [data-print-root] th')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => cell.textContent ?? ''),
  );
  await page.emulateMedia({ media: 'screen' });
  expect(overflowing).toEqual([]);
});

test('figures carry their units and changes a real sign; every RAG is in words', async () => {
  await openReport();
  const table = indicators();
  const one = table.getByRole('row').filter({ hasText: 'Representation by pay band' });
  await expect(one.getByRole('cell').nth(1).textContent()).resolves.toMatch(/^\d+\.\d%$/);
  const changes = await table.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(changes).toHaveLength(9);
  expect(changes.some((text) => /^[+\u2212]\d/.test(text))).toBe(true);
  expect(changes.join(' ')).not.toMatch(/(^|\s)-\d/);
  const rags = await table.locator('tbody tr td:nth-child(7)').allTextContents();
  for (const rag of rags) expect(['Red', 'Amber', 'Green', 'Grey']).toContain(rag);
  await expect(page.getByText(/^\d+ of 9 indicators adverse \(\d+ clearly\)/).count()).resolves.toBe(1);
});

describe.each(['light', 'dark'] as const)('the board report in the %s theme', (colorScheme) => {
  test('has no axe violations', async () => {
    await page.emulateMedia({ colorScheme });
    await openReport();
    await indicators().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('in a 360 px panel the indicators table scrolls in its own named region, not the page', async () => {
  // Media emulation outlives a page reset: the print tests above must not leave this one in print.
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 360, height: 800 });
  await openReport();
  const region = page.getByRole('region', { name: /^The nine WRES indicators, 2024/ });
  await region.waitFor();
  await eventually(async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360), { timeout: 15_000 });
  await eventually(async () => expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true), { timeout: 15_000 });
});
