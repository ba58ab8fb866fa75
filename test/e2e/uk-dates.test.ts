import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, eventually, firstPage, launchBrowser, resetPage, saveScreenshot, stopServerAndBrowser } from './support/browser';
import { type RunningServer, startLocalServer } from '../support/local-server';

// A browser set to US English, whose own date fields read 09/15/2027 as 15 September: the tab's
// dates must still be read day first.
let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startLocalServer();
  context = await launchBrowser({ locale: 'en-US' });
  page = await firstPage(context);
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

afterEach(() => resetPage(page, server));

const LEAH = 'lead@demo-trust.example';

/** Today in the UK, as the tab reckons it, and the ISO date `days` later. */
function ukToday(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const ukDate = (iso: string): string => iso.split('-').toReversed().join('/');

/** Reads the local Graph API as Leah, as any script with her sign-in could. */
async function graphGet<T>(path: string): Promise<T> {
  const response = await fetch(`${server.url}/graph/v1.0${path}`, { headers: { Authorization: `Bearer local:${LEAH}` } });
  return (await response.json()) as T;
}

/** The stored due date of every action with this title, read from the local SharePoint lists. */
async function storedDueDates(title: string): Promise<string[]> {
  const lists = await graphGet<{ value: { id: string; displayName: string }[] }>('/sites/root/lists');
  const list = lists.value.find((candidate) => candidate.displayName === 'Race Equality Actions');
  if (!list) throw new Error('The actions list is missing');
  const items = await graphGet<{ value: { fields: { Title?: string; DueDate?: string } }[] }>(`/sites/root/lists/${list.id}/items?expand=fields&$top=5000`);
  return items.value.filter((item) => item.fields.Title === title).map((item) => item.fields.DueDate ?? '');
}

/** The value shown beside a term on the action page. */
async function detail(term: string): Promise<string> {
  return (
    (await page
      .locator('dt', { hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]')
      .textContent()) ?? ''
  );
}

/** Opens a new action with every required field but the due date filled in. */
async function startAction(title: string): Promise<void> {
  await page.goto(`${server.url}/#/actions/new`);
  await page.getByRole('heading', { level: 1, name: 'New action' }).waitFor();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('combobox', { name: 'Owner' }).pressSequentially('Amara');
  await page.getByRole('option', { name: /Amara Okafor/ }).click();
  await page.getByRole('textbox', { name: 'Measure of success' }).fill('Share of panels with a BME member');
}

const dueDate = () => page.getByRole('combobox', { name: /^Due date/ });

/** Saves, opens the saved action from the list, and waits for its page. */
async function saveAndOpen(title: string): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`“${title}” was saved.`).waitFor();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

test('in a US-English browser, 15/09/2027 typed as the due date is saved as 15 September 2027, and so is 15092027', async () => {
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  const title = `Typed UK date ${Date.now()}`;
  await startAction(title);
  await dueDate().pressSequentially('15/09/2027');
  await page.getByText('Plan year 2027/28').waitFor();
  await saveAndOpen(title);
  await eventually(async () => expect(await detail('Due date')).toContain('15/09/2027'));
  await eventually(async () => expect(await storedDueDates(title)).toEqual([expect.stringMatching(/^2027-09-15/)]));

  // Eight digits with no separators, which a US date field would read as month first, are read day first too.
  const digits = `Typed digits ${Date.now()}`;
  await startAction(digits);
  await dueDate().pressSequentially('15092027');
  await page.keyboard.press('Tab');
  await eventually(async () => expect(await dueDate().inputValue()).toBe('15/09/2027'));
  await saveAndOpen(digits);
  await eventually(async () => expect(await storedDueDates(digits)).toEqual([expect.stringMatching(/^2027-09-15/)]));
}, 120000);

test('an impossible date, and one 6 years ahead, are refused with a message on the field, and nothing is saved', async () => {
  const title = `Refused date ${Date.now()}`;
  await startAction(title);
  await dueDate().pressSequentially('31/02/2027');
  await page.getByRole('button', { name: 'Save' }).click();
  const impossible = 'Due date: 31/02/2027 is not a date (February 2027 has 28 days).';
  await page.getByText(impossible).waitFor();
  await page.getByText('One field needs attention. The message is on each field.').waitFor();
  await eventually(async () => {
    expect(await dueDate().getAttribute('aria-invalid')).toBe('true');
    expect(await dueDate().evaluate((input) => input === document.activeElement)).toBe(true);
    // The message is the field's description, so a screen reader reads it with the field.
    const describedBy = (await dueDate().getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy.split(' '));
    expect(description).toContain(impossible);
  });
  expect(await dueDate().inputValue()).toBe('31/02/2027');
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'uk-dates-impossible');

  const sixYears = ukToday(6 * 366);
  await dueDate().fill('');
  await dueDate().pressSequentially(ukDate(sixYears));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`Due date: ${ukDate(sixYears)} is more than 5 years ahead.`, { exact: false }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'New action' }).waitFor();
  expect(await storedDueDates(title)).toEqual([]);
}, 120000);

test("the due date can be chosen from the picker's calendar with the keyboard alone, in a 360 px Teams panel", async () => {
  const title = `Picked date ${Date.now()}`;
  await page.setViewportSize({ width: 360, height: 800 });
  await startAction(title);
  await dueDate().focus();
  // Down arrow opens the calendar on today; Down moves a week on, Right a day; Enter chooses.
  await page.keyboard.press('ArrowDown');
  const calendar = page.getByRole('dialog', { name: 'Calendar' });
  await calendar.waitFor();
  await eventually(async () => expect(await calendar.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true));
  expect(await calendar.locator('th[scope=col]').first().getAttribute('aria-label')).toBe('Monday');
  const box = await calendar.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'uk-dates-calendar');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const picked = ukToday(8);
  await eventually(async () => expect(await dueDate().inputValue()).toBe(ukDate(picked)));
  expect(await calendar.count()).toBe(0);
  await saveAndOpen(title);
  await eventually(async () => expect(await detail('Due date')).toContain(ukDate(picked)));
  await eventually(async () => expect(await storedDueDates(title)).toEqual([expect.stringMatching(new RegExp(`^${picked}`))]));
}, 120000);
