import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, eventually, resetPage, saveScreenshot, startServerAndBrowser, stopServerAndBrowser, openPageAt } from './support/browser';
import type { RunningServer } from '../support/local-server';

let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

afterEach(() => resetPage(page, server));

const open = (hash: string, heading: string): Promise<void> => openPageAt(page, server.url, hash, heading);

test('the seeded EDS2 review is listed and reads as a record, with each outcome linked to its actions', async () => {
  await open('#/eds', 'EDS');
  await page.getByRole('link', { name: /EDS2 review 2024/ }).click();
  await page.getByRole('heading', { level: 1, name: 'EDS2 review 2024' }).waitFor();
  await eventually(async () =>
    expect(
      await page
        .getByRole('table', { name: 'Roll-up by goal' })
        .getByRole('row', { name: /All goals/ })
        .textContent(),
    ).toContain('18 of 18'),
  );
  await eventually(async () => expect(await page.getByRole('link', { name: /linked action/ }).count()).toBe(18));
  await expect(page.getByRole('button', { name: 'Save review' }).count()).resolves.toBe(0);
});

test('a lead starts an EDS 2022 review, scores an outcome and saves it; the draft is listed', async () => {
  await open('#/eds/new', 'Start an EDS review');
  await page.getByRole('radio', { name: /EDS 2022/ }).check();
  await page.getByRole('textbox', { name: /Partner organisations/ }).fill('Demo Healthwatch');
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('heading', { level: 1, name: /EDS 2022 review/ }).waitFor();
  await page.getByRole('combobox', { name: 'Score for outcome 2B' }).selectOption('1');
  await page.getByRole('button', { name: 'Save review' }).click();
  await eventually(async () => expect(await page.getByRole('group', { name: 'Save the review' }).getByRole('status').textContent()).toBe('Saved'));
  await saveScreenshot(page, 'eds-review-draft');
  await open('#/eds', 'EDS');
  await eventually(async () => expect(await page.getByRole('table', { name: 'EDS reviews' }).textContent()).toContain('1 of 11'));
});

test('settings show the demo trust, and a bad ODS code is named on its field', async () => {
  await open('#/settings', 'Settings');
  await eventually(async () => expect(await page.getByRole('textbox', { name: 'Organisation name' }).inputValue()).toBe('Demo NHS Trust'));
  await page.getByRole('textbox', { name: /ODS code/ }).fill('R1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Enter the ODS code: 3 to 5 letters or digits, such as RXX.').waitFor();
  await page.getByRole('button', { name: 'Check lists' }).click();
  await page.getByText('All lists and columns are in place.').waitFor();
  expect(await page.getByText('Settings saved.').count()).toBe(0);
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  test.each([
    ['#/eds', 'EDS'],
    ['#/eds/new', 'Start an EDS review'],
    ['#/eds/eds2-demo-2024', 'EDS2 review 2024'],
    ['#/settings', 'Settings'],
  ])('%s has no axe violations', async (hash, heading) => {
    await page.emulateMedia({ colorScheme });
    await open(hash, heading);
    await saveScreenshot(page, `${hash.replace(/[#/]+/g, '-').replace(/^-|-$/g, '')}-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('a reader sees settings and reviews without any way to change them', async () => {
  await open('#/settings', 'Settings');
  await page.getByRole('button', { name: /Switch user/ }).click();
  await page.getByRole('menuitemradio', { name: /Victor Osei/ }).click();
  await page.getByText(/read-only access/).waitFor();
  await expect(page.getByRole('button', { name: 'Save settings' }).count()).resolves.toBe(0);
  await open('#/eds', 'EDS');
  await expect(page.getByRole('button', { name: 'Start a review' }).count()).resolves.toBe(0);
  await page.evaluate(() => window.localStorage.clear());
});
