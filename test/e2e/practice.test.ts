import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, eventually, firstPage, launchBrowser, resetPage, saveScreenshot } from './support/browser';
import { startLocalServer, type RunningServer } from '../support/local-server';
import { demoPlans } from '../api/services/support';

const COMPLETED_ACTION = '00000000-0000-4000-a000-000000000007';
const TITLE = 'Report disciplinary entry by ethnicity to the board twice a year';

let server: RunningServer;
let demo: BrowserContext;
let second: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startLocalServer({ REMINDERS: 'off' });
  demo = await launchBrowser();
  second = await launchBrowser();
  page = await firstPage(demo);
}, 180000);

afterEach(() => resetPage(page, server));

afterAll(async () => {
  await demo?.close();
  await second?.close();
  await server?.stop();
});

test('a completed action in Demo NHS Trust is shared, found by Second Demo Trust, adopted into its plan, and counted', async () => {
  await page.goto(`${server.url}/#/actions/${COMPLETED_ACTION}`);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByRole('button', { name: 'Share as good practice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Share a case study' }).waitFor();
  await eventually(async () => expect(await page.getByRole('textbox', { name: /Title/ }).inputValue()).toBe(TITLE));
  await page.getByRole('textbox', { name: /The problem/ }).fill('BME staff were 1.5 times as likely to enter a formal disciplinary process.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByText('Adopted by 0 trusts.').waitFor();
  await saveScreenshot(page, 'practice-published');

  const other = await firstPage(second);
  await other.goto(`${server.url}/?tenant=second-demo-trust&site=second-demo-trust#/practice`);
  await other.getByRole('banner').getByText('Second Demo Trust').waitFor();
  await other.getByRole('searchbox', { name: 'Search good practice' }).fill('disciplinary');
  await other.getByRole('list', { name: 'Case studies' }).getByRole('link', { name: TITLE }).click();
  await other.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await eventually(async () => expect(await other.getByText('Demo NHS Trust (Acute trust').count()).toBe(1));
  await other.getByRole('button', { name: 'Adopt' }).click();
  await other.getByText('Added to your plan as a new action.').waitFor();
  await other.getByRole('link', { name: 'Open the action' }).click();
  await other.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await eventually(async () => expect(await other.getByText('Not started').count()).toBeGreaterThan(0));

  await page.reload();
  await page.getByText('Adopted by 1 trust.').waitFor();
  expect(await page.getByText('Adopted by 1 trust.').count()).toBe(1);

  // A second Adopt finds the first action and the count stays at one trust.
  await other.goBack();
  await other.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await other.getByText('Already in your plan.').waitFor();
  await other.getByRole('button', { name: 'Adopt' }).click();
  await other.getByText('Added to your plan as a new action.').waitFor();
  await other.getByText('Adopted by 1 trust.').waitFor();
  const { second: plan } = await demoPlans(server);
  expect(plan.filter((action) => action.title === TITLE)).toHaveLength(1);
  await page.reload();
  await page.getByText('Adopted by 1 trust.').waitFor();
});

test('the publishing trust edits and withdraws its case study through the api; the other trust sees neither control', async () => {
  await page.goto(`${server.url}/#/practice/new`);
  await page.getByRole('heading', { level: 1, name: 'Share a case study' }).waitFor();
  await page.getByRole('textbox', { name: /Title/ }).fill('Race equality objectives for every director');
  await page.getByRole('textbox', { name: /The problem/ }).fill('Few directors had an objective on race equality.');
  await page.getByRole('textbox', { name: /What was done/ }).fill('Every director agreed one objective with the board.');
  await page.getByRole('textbox', { name: /The impact/ }).fill('Indicator 9 gap narrowed.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('heading', { level: 1, name: 'Race equality objectives for every director' }).waitFor();
  const address = page.url();

  const other = await firstPage(second);
  await other.goto(address.replace(`${server.url}/`, `${server.url}/?tenant=second-demo-trust&site=second-demo-trust`));
  await other.getByRole('heading', { level: 1, name: 'Race equality objectives for every director' }).waitFor();
  await other.getByRole('button', { name: 'Adopt' }).waitFor();
  expect(await other.getByRole('button', { name: 'Withdraw' }).count()).toBe(0);
  expect(await other.getByRole('link', { name: 'Edit this case study' }).count()).toBe(0);

  await page.getByRole('link', { name: 'Edit this case study' }).click();
  await page.getByRole('button', { name: 'Save changes' }).waitFor();
  await page.getByRole('textbox', { name: /The impact/ }).fill('The indicator 9 gap narrowed from 12 to 5 points.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  // Saved, the case study opens again with its edit.
  await page.getByRole('heading', { level: 1, name: 'Race equality objectives for every director' }).waitFor();
  await page.getByText('The indicator 9 gap narrowed from 12 to 5 points.').waitFor();
  // Judge the page once the reads that follow the save have settled, not in the middle of a re-render.
  await page.waitForLoadState('networkidle');
  await page.getByRole('heading', { level: 1, name: 'Race equality objectives for every director' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Withdraw' }).click();
  await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
  await page.getByRole('heading', { level: 1, name: 'Good practice' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search good practice' }).fill('objectives for every director');
  await page.getByText('0 case studies').waitFor();
  expect(await page.getByRole('link', { name: 'Race equality objectives for every director' }).count()).toBe(0);
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  test.each([
    ['#/practice', 'Good practice'],
    ['#/practice/new', 'Share a case study'],
  ])('%s has no axe violations', async (hash, heading) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}/${hash}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await saveScreenshot(page, `${hash.replace(/[#/]+/g, '-').replace(/^-|-$/g, '')}-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
