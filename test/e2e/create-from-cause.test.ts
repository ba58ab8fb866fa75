import type { BrowserContext, Locator, Page } from 'playwright-core';
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

/** The number in "N linked action(s)", or 0 for "No linked actions", inside `where`. */
async function linkedCount(where: Locator): Promise<number> {
  const text =
    (await where
      .getByText(/^(\d+ linked actions?|No linked actions)$/)
      .first()
      .textContent()) ?? '';
  return text.startsWith('No') ? 0 : Number.parseInt(text, 10);
}

/** A date `days` from today, as the due date field takes it: ISO in a native date input, dd/mm/yyyy typed otherwise. */
async function fillDueDate(days: number): Promise<void> {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const field = page.getByLabel(/^Due date/).first();
  const native = (await field.getAttribute('type')) === 'date';
  await field.fill(native ? iso : iso.split('-').toReversed().join('/'));
  if (!native) await field.press('Tab');
}

/** Fills what the new action form requires besides its links, and saves. */
async function fillAndSave(title: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('combobox', { name: 'Owner' }).pressSequentially('Amara');
  await page.getByRole('option', { name: /Amara Okafor/ }).click();
  await fillDueDate(60);
  await page.getByRole('textbox', { name: 'Measure of success' }).fill('Fewer cases, year on year');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`“${title}” was saved.`).waitFor();
}

test('an indicator card\'s "Create action" opens the form with the indicator linked, and the saved action is among the indicator\'s linked actions', async () => {
  await open('#/dashboard', 'Dashboard');
  const card = page.getByRole('article', { name: /^Indicator 7:/ });
  const link = card.getByRole('link', { name: 'Create action for indicator 7' });
  expect(await link.getAttribute('href')).toMatch(/actions\/new\?indicator=7$/);
  const before = await linkedCount(card);
  await card.screenshot({ path: 'test-artifacts/create-from-cause-card.png' });
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'New action' }).waitFor();
  await eventually(async () => expect(await page.getByRole('combobox', { name: 'Linked indicators' }).textContent()).toBe('7'));
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'create-from-cause-indicator');
  const title = `Progression panels ${Date.now()}`;
  await fillAndSave(title);

  await open('#/dashboard', 'Dashboard');
  const after = page.getByRole('article', { name: /^Indicator 7:/ });
  await eventually(async () => expect(await linkedCount(after)).toBe(before + 1));
  await after.getByRole('link', { name: `${before + 1} linked action${before + 1 === 1 ? '' : 's'} for indicator 7` }).click();
  await page.getByRole('link', { name: title }).waitFor();
});

test('an EDS outcome\'s "Create action" opens the form with the outcome linked, and the saved action is among its linked actions', async () => {
  await open('#/eds/eds2-demo-2024', 'EDS2 review 2024');
  const link = page.getByRole('link', { name: 'Create action for EDS outcome 2.1' });
  expect(await link.getAttribute('href')).toMatch(/actions\/new\?eds=2\.1$/);
  const outcome = link.locator('xpath=..');
  const before = await linkedCount(outcome);
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'New action' }).waitFor();
  await eventually(async () => expect(await page.getByRole('combobox', { name: 'Linked EDS outcomes' }).textContent()).toBe('2.1'));
  expect(await page.getByRole('combobox', { name: 'Linked indicators' }).textContent()).toBe('Choose indicators');
  const title = `Health checks for all staff ${Date.now()}`;
  await fillAndSave(title);

  await open('#/eds/eds2-demo-2024', 'EDS2 review 2024');
  const again = page.getByRole('link', { name: 'Create action for EDS outcome 2.1' }).locator('xpath=..');
  await eventually(async () => expect(await linkedCount(again)).toBe(before + 1));
  await again.getByRole('link', { name: /linked actions?$/ }).click();
  await page.getByRole('link', { name: title }).waitFor();
});

test('a WRES file with one bad cell is refused with the problem in words, at its row and column', async () => {
  const csv = [
    'field,value',
    'schemaVersion,1',
    'organisation.name,Demo NHS Trust',
    'organisation.odsCode,RXX',
    'year,2024',
    'indicator1.rows[0].staffGroup,clinical',
    'indicator1.rows[0].band,Band 5',
    'indicator1.rows[0].white,lots',
    'indicator1.rows[0].bme,12',
  ].join('\r\n');
  await open('#/reports/import', 'Import WRES data');
  await page.getByLabel(/WRES data file/).setInputFiles({ name: 'one-bad-cell.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const problems = page.getByRole('table', { name: 'Problems in one-bad-cell.csv' });
  await eventually(async () => expect(await problems.getByRole('row').count()).toBe(2));
  const cells = problems.getByRole('row').nth(1).getByRole('cell');
  expect(await cells.nth(0).textContent()).toBe('Row 8, column B');
  expect(await cells.nth(1).textContent()).toBe(
    'Indicator 1, Clinical Band 5, White: must be a number (got "lots")Technical detail: field indicator1.rows[0].white',
  );
  expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'create-from-cause-import-problem');
});
