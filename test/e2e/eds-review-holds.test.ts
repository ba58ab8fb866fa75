import type { BrowserContext, Page, Route } from 'playwright-core';
import { axeViolations, eventually, openPageAt, resetPage, saveScreenshot, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
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

const EDS2022_IDS = ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C'];

/** Starts an EDS 2022 review of `year` (one year per test, since two reviews of a framework and year are refused) with one partner organisation. */
async function startReview(year: number): Promise<void> {
  await open('#/eds/new', 'Start an EDS review');
  await page.getByRole('radio', { name: /EDS 2022/ }).check();
  await page.getByRole('spinbutton', { name: /Year/ }).fill(String(year));
  await page.getByRole('textbox', { name: /Partner organisations/ }).fill('Demo Healthwatch');
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('heading', { level: 1, name: `EDS 2022 review ${year}` }).waitFor();
}

const saveState = () => page.getByRole('group', { name: 'Save the review' }).getByRole('status');

/** Whether the Save button lies wholly inside the window. */
async function saveInView(): Promise<boolean> {
  const box = await page.getByRole('button', { name: 'Save review' }).boundingBox();
  const size = page.viewportSize();
  return box !== null && size !== null && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}

test('"Mark as agreed" on an ungraded review is refused, naming the outcomes not scored, and focus moves to the reason', async () => {
  await startReview(2019);
  await page.getByRole('button', { name: 'Mark as agreed' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The review cannot be agreed yet' });
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain(`Not scored: ${EDS2022_IDS.join(', ')}.`);
  await eventually(async () => expect(await refusal.evaluate((element) => element === document.activeElement)).toBe(true));
  expect(await page.getByRole('dialog').count()).toBe(0);
  await expect(page.getByText('Draft', { exact: true }).count()).resolves.toBe(1);
});

test('grades not yet saved are kept: leaving asks first and staying keeps them; once saved by themselves they survive going away and back', async () => {
  await startReview(2020);
  // Every write waits until the test lets it through, so the grade is still unsaved when the person tries to leave.
  const held: Route[] = [];
  const hold = async (route: Route): Promise<void> => {
    if (route.request().method() === 'GET') await route.fallback();
    else held.push(route);
  };
  await page.route('**/graph/v1.0/**', hold);
  await page.getByRole('combobox', { name: 'Score for outcome 2B' }).selectOption('1');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).click();
  const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await leave.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await leave.waitFor({ state: 'hidden' });
  expect(new URL(page.url()).hash).toMatch(/^#\/eds\/eds2022-2020-/);
  expect(await page.getByRole('combobox', { name: 'Score for outcome 2B' }).inputValue()).toBe('1');

  await page.unroute('**/graph/v1.0/**', hold);
  for (const route of held) await route.fallback();
  await eventually(async () => expect(await saveState().textContent()).toBe('Saved'));
  const address = new URL(page.url()).hash;
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'EDS 2022 review 2020' }).waitFor();
  expect(new URL(page.url()).hash).toBe(address);
  await eventually(async () => expect(await page.getByRole('combobox', { name: 'Score for outcome 2B' }).inputValue()).toBe('1'));
});

test('partners entered once are offered under every outcome; a complete review asks for confirmation and is then agreed', async () => {
  await startReview(2021);
  await page.getByRole('textbox', { name: "Person's name" }).fill('Jo Bloggs');
  await page.getByRole('textbox', { name: 'Role' }).fill('Chair');
  await page.getByRole('textbox', { name: 'Their organisation' }).fill('BME Staff Network');
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('textbox', { name: 'Partner organisation' }).fill('Carers Forum');
  await page.getByRole('button', { name: 'Add organisation' }).click();
  for (const id of EDS2022_IDS) {
    await page.getByRole('combobox', { name: `Score for outcome ${id}` }).selectOption('2');
    await page.getByRole('textbox', { name: `Evidence for outcome ${id}` }).fill(`Panel minutes for ${id}`);
    const agreedBy = page.getByRole('group', { name: `Agreed by, for outcome ${id}` });
    expect(await agreedBy.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.closest('span')?.textContent))).toEqual([
      'Jo Bloggs (Chair, BME Staff Network)',
      'Demo Healthwatch',
      'Carers Forum',
    ]);
    await agreedBy.getByRole('checkbox', { name: 'Jo Bloggs (Chair, BME Staff Network)' }).check();
  }
  await page.getByRole('button', { name: 'Mark as agreed' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mark as agreed?' });
  await confirm.waitFor();
  expect(await confirm.textContent()).toContain('Mark the 2021 EDS 2022 review as agreed? It will be the review the dashboard and board report show');
  expect(await axeViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Mark as agreed' }).click();
  await page.getByText('The review is agreed.').waitFor();
  await page.getByText(/kept as a record, and is changed only by reopening it/).waitFor();
  await expect(page.getByRole('button', { name: 'Save review' }).count()).resolves.toBe(0);
  await open('#/eds', 'EDS');
  await eventually(async () =>
    expect(await page.getByRole('table', { name: 'EDS reviews' }).getByRole('row', { name: /2021/ }).textContent()).toMatch(/Agreed/),
  );
});

describe.each([1280, 360])('at %i px', (width) => {
  test('Save stays in the window at the bottom and the top of the page', async () => {
    await page.setViewportSize({ width, height: 720 });
    await startReview(width === 360 ? 2017 : 2018);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole('combobox', { name: 'Score for outcome 3C' }).scrollIntoViewIfNeeded();
    await eventually(async () => expect(await saveInView()).toBe(true));
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await eventually(async () => expect(await saveInView()).toBe(true));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  test('a draft review, its refusal and its dialogs have no axe violations', async () => {
    await page.emulateMedia({ colorScheme });
    await startReview(colorScheme === 'light' ? 2015 : 2016);
    await page.getByRole('combobox', { name: 'Score for outcome 1A' }).selectOption('3');
    await page.getByRole('button', { name: 'Mark as agreed' }).click();
    await page.getByRole('alert').filter({ hasText: 'The review cannot be agreed yet' }).waitFor();
    await eventually(async () => expect(await saveState().textContent()).toBe('Saved'));
    await saveScreenshot(page, `eds-review-holds-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 720 });
    expect(await axeViolations(page)).toEqual([]);
  });
});
