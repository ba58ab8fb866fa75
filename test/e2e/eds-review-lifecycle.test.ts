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

const open = (hash: string, heading: string): Promise<void> => openPageAt(page, server.url, hash, heading);

/** The demo trust's review: EDS2 for its latest WRES year, agreed. */
const DEMO_REVIEW = { hash: '#/eds/eds2-demo-2024', heading: 'EDS2 review 2024' };

async function axeInBothThemes(): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.locator(`[data-theme="${colorScheme}"]`).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('with a newer draft, the Dashboard and the board report name the same review: the latest agreed, the draft only as in progress', async () => {
  await open('#/eds/new', 'Start an EDS review');
  await page.getByRole('radio', { name: /EDS2/ }).check();
  await page.getByRole('spinbutton', { name: /Year/ }).fill('2025');
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('heading', { level: 1, name: 'EDS2 review 2025' }).waitFor();

  await open('#/dashboard', 'Dashboard');
  const dashboard = page.getByText(/Latest agreed review \d{4}/);
  await eventually(async () => expect(await dashboard.textContent()).toMatch(/^Latest agreed review 2024; the 2025 review is in progress/));
  await open('#/reports/board', 'Board report');
  await page.getByRole('table', { name: 'EDS 2 review 2024, agreed' }).waitFor();
  expect(await page.getByText('The 2025 review is in progress and not yet agreed.').count()).toBe(1);
});

test('a second review of the same framework and year is refused, naming the one there is, with a link to it', async () => {
  await open('#/eds/new', 'Start an EDS review');
  await page.getByRole('radio', { name: /EDS2/ }).check();
  await page.getByRole('spinbutton', { name: /Year/ }).fill('2024');
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByText('There is already an EDS2 review for 2024 (agreed). Open that review instead of starting another.').waitFor();
  expect(new URL(page.url()).hash).toBe('#/eds/new');
  await page.getByRole('link', { name: 'Open the 2024 review' }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_REVIEW.heading }).waitFor();
});

test('a draft can be deleted after confirming, with the services it named; an agreed review offers no Delete', async () => {
  await open('#/eds/new', 'Start an EDS review');
  await page.getByRole('radio', { name: /EDS 2022/ }).check();
  await page.getByRole('spinbutton', { name: /Year/ }).fill('2018');
  await page.getByRole('textbox', { name: /Services reviewed/ }).fill('Maternity\nCommunity mental health');
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('heading', { level: 1, name: 'EDS 2022 review 2018' }).waitFor();
  await page.getByText('Services reviewed (Domain 1): Maternity, Community mental health').waitFor();

  await open('#/eds', 'EDS');
  const table = page.getByRole('table', { name: 'EDS reviews' });
  await table.getByRole('link', { name: 'EDS 2022 review 2018' }).waitFor();
  expect(await page.getByRole('button', { name: 'Delete the draft EDS2 review 2024' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Delete the draft EDS 2022 review 2018' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the draft EDS 2022 review 2018?' });
  await dialog.waitFor();
  await axeInBothThemes();
  await dialog.getByRole('button', { name: 'Delete the draft' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await table.getByRole('link', { name: 'EDS 2022 review 2018' }).waitFor({ state: 'detached' });
  await page.reload();
  await table.getByRole('link', { name: DEMO_REVIEW.heading }).waitFor();
  expect(await table.getByRole('link', { name: 'EDS 2022 review 2018' }).count()).toBe(0);
});

test('a viewer is not offered Reopen; a member reopens an agreed review with a reason, kept in its history', async () => {
  await page.goto(`${server.url}/${DEMO_REVIEW.hash}`);
  await page.getByRole('button', { name: /Signed in as Leah Adeyemi/ }).click();
  await page.getByRole('menuitemradio', { name: /Victor Osei/ }).click();
  await page.getByRole('button', { name: 'Signed in as Victor Osei. Switch user' }).waitFor();
  try {
    await page.getByRole('heading', { level: 1, name: DEMO_REVIEW.heading }).waitFor();
    await page.getByText(/kept as a record, and is changed only by reopening it/).waitFor();
    expect(await page.getByRole('button', { name: 'Reopen the review' }).count()).toBe(0);
  } finally {
    await page.getByRole('button', { name: 'Signed in as Victor Osei. Switch user' }).click();
    await page.getByRole('menuitemradio', { name: /Leah Adeyemi/ }).click();
    await page.getByRole('button', { name: 'Signed in as Leah Adeyemi. Switch user' }).waitFor();
  }

  await open(DEMO_REVIEW.hash, DEMO_REVIEW.heading);
  await page.getByRole('button', { name: 'Reopen the review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reopen the 2024 review?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Reopen', exact: true }).click();
  await dialog.getByText('Give a reason for reopening the review: it is kept in its history.').waitFor();
  await axeInBothThemes();
  await dialog.getByRole('textbox', { name: /Why reopen it/ }).fill('Partners asked to add evidence from the staff survey');
  await dialog.getByRole('button', { name: 'Reopen', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await eventually(async () => expect(await page.getByText('Draft', { exact: true }).count()).toBe(1));
  // A draft again: the partners can change it, and save it.
  await page.getByRole('button', { name: 'Save review' }).waitFor();
  const history = page.getByRole('region', { name: 'History' });
  await eventually(async () =>
    expect(await history.textContent()).toMatch(
      /\d\d\/\d\d\/\d{4}: Leah Adeyemi changed it from Agreed to Draft: “Partners asked to add evidence from the staff survey”/,
    ),
  );
  await page.reload();
  await page.getByRole('heading', { level: 1, name: DEMO_REVIEW.heading }).waitFor();
  await eventually(async () => expect(await history.textContent()).toContain('Partners asked to add evidence from the staff survey'));
});
