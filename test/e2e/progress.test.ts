import type { Page } from 'playwright-core';
import { axeViolations, eventually, openPageAt, resetPage, saveScreenshot, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import type { RunningServer } from '../support/local-server';
import type { BrowserContext } from 'playwright-core';

let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

afterEach(() => resetPage(page, server));

const open = () => openPageAt(page, server.url, '#/progress', 'Progress');

/** The nine indicator cards, each with its actions, once the plan has loaded. */
async function indicatorCards(): Promise<string[]> {
  const cards = page.getByRole('article', { name: /^Indicator \d:/ });
  await eventually(async () => expect(await cards.count()).toBe(9));
  return cards.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
}

/** The four counts of "What changed", e.g. ["Status changes: 2", …]. */
const changeCounts = () =>
  page
    .getByRole('region', { name: /^(Status changes|Completed|Newly overdue|New actions)$/ })
    .locator('h3')
    .allTextContents();

test('the demo trust shows all nine indicators, each with its linked actions and figures', async () => {
  await open();
  const names = await indicatorCards();
  expect(names.map((name) => name.slice(0, 11))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((id) => `Indicator ${id}`));
  const withActions = await page
    .getByRole('article', { name: /^Indicator \d:/ })
    .evaluateAll((elements) => elements.filter((element) => element.querySelector('li') !== null).length);
  expect(withActions).toBeGreaterThan(0);
  // Each action names its owner and a UK due date, and its status in words.
  const firstAction = await page
    .getByRole('article', { name: /^Indicator \d:/ })
    .locator('li')
    .first()
    .textContent();
  expect(firstAction).toMatch(/ · due \d{2}\/\d{2}\/\d{4} · (Not started|On track|At risk|Off track|Completed)/);
});

test('the read-only viewer sees the page too', async () => {
  await open();
  await page.getByRole('button', { name: 'Signed in as Leah Adeyemi. Switch user' }).click();
  await page.getByRole('menuitemradio', { name: /Victor Osei/ }).click();
  await page.getByRole('button', { name: 'Signed in as Victor Osei. Switch user' }).waitFor();
  try {
    await open();
    expect(await indicatorCards()).toHaveLength(9);
    expect(await page.getByRole('button', { name: 'Remember as the last board date' }).count()).toBe(0);
  } finally {
    await page.getByRole('button', { name: 'Signed in as Victor Osei. Switch user' }).click();
    await page.getByRole('menuitemradio', { name: /Leah Adeyemi/ }).click();
    await page.getByRole('button', { name: 'Signed in as Leah Adeyemi. Switch user' }).waitFor();
  }
});

test('the printed page is landscape A4, with the EDS outcomes starting a new sheet, three sheets at most', async () => {
  await open();
  await indicatorCards();
  await page.emulateMedia({ media: 'print' });
  try {
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    // The demo links its 25 actions to nine indicators and 18 EDS2 outcomes, each with its latest
    // update: more than one legible sheet holds, so the EDS outcomes start a new sheet.
    const sheets = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    expect(sheets).toBeGreaterThanOrEqual(2);
    expect(sheets).toBeLessThanOrEqual(3);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    // A4 landscape is 297 × 210 mm: 842 × 595 points.
    expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([842, 595]);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}, 120000);

/** The sum of the four counts. */
const total = (counts: string[]) => counts.reduce((sum, text) => sum + Number(/: (\d+)$/.exec(text)?.[1] ?? 0), 0);

test('changing the "since" date changes what changed', async () => {
  await open();
  await indicatorCards();
  const field = page.getByRole('combobox', { name: /Last board date/ });
  await field.fill('01/01/2000');
  await field.press('Tab');
  await eventually(async () => expect(await page.getByRole('heading', { level: 2, name: /01\/01\/2000/ }).count()).toBe(1));
  const longAgo = await changeCounts();
  expect(total(longAgo)).toBeGreaterThan(0);
  await field.fill('01/01/2100');
  await field.press('Tab');
  await eventually(async () => expect(total(await changeCounts())).toBe(0));
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  test('the progress page has no axe violations', async () => {
    await page.emulateMedia({ colorScheme });
    await open();
    await page.locator(`[data-theme="${colorScheme}"]`).first().waitFor();
    await indicatorCards();
    await saveScreenshot(page, `progress-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('in a 360 px side panel nothing scrolls sideways', async () => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 360, height: 800 });
  try {
    await open();
    await indicatorCards();
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 360, null, { timeout: 15_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});
