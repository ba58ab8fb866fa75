import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, eventually, saveScreenshot, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import type { RunningServer } from '../support/local-server';

/**
 * A new trust's first hour, on a plan with nothing in it (SEED=none): the dashboard lists the six
 * first steps, and each ticks itself once it is done through the tab, until the list goes.
 * One test, in order: each step builds on the one before, as it does for a new trust.
 */

let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser({ SEED: 'none' }));
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

/** Opens a page of the tab by its address (a route change once the tab is open, not a reload). */
async function open(hash: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${server.url}/${hash}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const checklist = () => page.getByRole('list', { name: 'First steps' });

/** Back on the dashboard, the step reads as done and the heading counts it. */
async function expectDone(label: string, done: number): Promise<void> {
  await open('#/dashboard', 'Dashboard');
  await page.getByRole('heading', { level: 2, name: `Getting started: ${done} of 6 done` }).waitFor();
  await eventually(async () => expect(await checklist().getByRole('listitem').filter({ hasText: label }).textContent()).toContain(`${label}: Done`));
}

/** The due date as the form's date field takes it: ISO in a native date input, else the UK's dd/mm/yyyy. */
async function fillDueDate(iso: string): Promise<void> {
  const field = page.getByLabel('Due date');
  const native = (await field.getAttribute('type')) === 'date';
  await field.fill(native ? iso : iso.split('-').toReversed().join('/'));
}

test('a new plan lists its six first steps; each ticks itself once done, and the list goes when all are', async () => {
  // The team's site holds no plan yet: the first person sets it up.
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Set up the race equality plan' }).waitFor();
  await page.getByRole('button', { name: 'Create lists' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Getting started: 0 of 6 done' }).waitFor();
  await eventually(async () => expect(await checklist().getByText(': To do').count()).toBe(6));
  // No empty dashboard full of placeholders: no "No WRES data yet", no panel of ungraded outcomes.
  expect(await page.getByText('No WRES data yet').count()).toBe(0);
  expect(await page.getByRole('region', { name: /EDS.* outcomes/ }).count()).toBe(0);
  await saveScreenshot(page, 'first-run-new-plan');
  expect(await axeViolations(page)).toEqual([]);
  // In a Teams side panel the list fits without scrolling sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  await eventually(async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360));
  await page.setViewportSize({ width: 1280, height: 900 });

  // 1. The organisation's name and ODS code, from the step's own link.
  await checklist().getByRole('link', { name: 'Set the name and ODS code in Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.getByRole('textbox', { name: 'Organisation name' }).fill('North Trust');
  await page.getByRole('textbox', { name: /ODS code/ }).fill('RNN');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').waitFor();
  await expectDone('Organisation name and ODS code', 1);

  // Sharing good practice is not possible yet: nothing may publish a type or region never chosen.
  await open('#/practice/new', 'Share a case study');
  await page.getByText('Not set yet: organisation type and region.', { exact: false }).waitFor();
  expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
  expect(await page.getByRole('link', { name: 'Set them in Settings' }).getAttribute('href')).toMatch(/settings$/);

  // 2. Its type and region.
  await open('#/settings', 'Settings');
  await eventually(async () => expect(await page.getByRole('textbox', { name: 'Organisation name' }).inputValue()).toBe('North Trust'));
  await page.getByRole('combobox', { name: 'Organisation type' }).selectOption('Community trust');
  await page.getByRole('combobox', { name: 'Region' }).selectOption('Midlands');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').waitFor();
  await expectDone('Organisation type and region', 2);

  // 3. The EDS framework.
  await open('#/settings', 'Settings');
  await eventually(async () => expect(await page.getByRole('combobox', { name: 'Region' }).inputValue()).toBe('Midlands'));
  await page.getByRole('radio', { name: /EDS 2022/ }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').waitFor();
  await expectDone('EDS framework', 3);

  // 4. A first WRES year by form: the organisation comes from Settings; one indicator is enough.
  await checklist().getByRole('link', { name: 'Enter a year by form' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enter WRES figures' }).waitFor();
  const indicator2 = page.getByRole('region', { name: 'Indicator 2: Appointment from shortlisting' });
  for (const [group, white, bme] of [
    ['Shortlisted', '400', '200'],
    ['Appointed', '80', '20'],
  ] as const) {
    await indicator2.getByRole('group', { name: group }).getByRole('spinbutton', { name: 'White' }).fill(white);
    await indicator2.getByRole('group', { name: group }).getByRole('spinbutton', { name: 'BME' }).fill(bme);
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/figures are stored and the dashboard shows them/).waitFor();
  await expectDone('First WRES year', 4);
  // The year is on the dashboard, and at a glance: White staff (80/400) were twice as likely as
  // BME staff (20/200) to be appointed, so indicator 2 is adverse, and links to its detail.
  await page.getByRole('article', { name: /^Indicator 2:/ }).waitFor();
  const glance = page.getByRole('region', { name: 'At a glance' });
  await eventually(async () => expect(await glance.textContent()).toMatch(/1 of 9 indicators adverse in \d{4}/));
  expect(await glance.getByRole('link', { name: 'Indicator 2' }).getAttribute('href')).toMatch(/indicator\/2$/);

  // 5. A first EDS review.
  await checklist().getByRole('link', { name: 'Start an EDS review' }).click();
  await page.getByRole('heading', { level: 1, name: 'Start an EDS review' }).waitFor();
  await page.getByRole('textbox', { name: /Partner organisations/ }).fill('North Healthwatch');
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('heading', { level: 1, name: /EDS 2022 review/ }).waitFor();
  await expectDone('First EDS review', 5);

  // 6. A first action: the fields the form requires.
  await checklist().getByRole('link', { name: 'Create an action' }).click();
  await page.getByRole('heading', { level: 1, name: 'New action' }).waitFor();
  await page.getByRole('textbox', { name: 'Title' }).fill('Diverse shortlisting panels');
  await page.getByRole('combobox', { name: 'Owner' }).pressSequentially('Amara');
  await page.getByRole('option', { name: /Amara Okafor/ }).click();
  await fillDueDate(new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('textbox', { name: 'Measure of success' }).fill('Share of panels with a BME member');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('“Diverse shortlisting panels” was saved.').waitFor();

  // All six done: the checklist has gone, and the dashboard shows the plan.
  await open('#/dashboard', 'Dashboard');
  await page.getByRole('region', { name: 'EDS 2022 outcomes' }).waitFor();
  await eventually(async () => expect(await page.getByRole('heading', { name: /Getting started/ }).count()).toBe(0));
  expect(await checklist().count()).toBe(0);
  await saveScreenshot(page, 'first-run-all-done');
});
