import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, eventually, firstPage, launchBrowser, resetPage, saveScreenshot, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import type { RunningServer } from '../support/local-server';

let server: RunningServer;
let context: BrowserContext;
let page: Page;

/** A seeded demo action, owned by Leah Adeyemi. */
const SEEDED_ID = '00000000-0000-4000-a000-000000000001';

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

afterEach(() => resetPage(page, server));

/** Opens the tab at a route; `search` is the address's query, where the Actions filters live. */
async function open(target: Page, hash: string, search = ''): Promise<void> {
  await target.goto(`${server.url}/${search}#${hash}`);
  await target.getByRole('navigation', { name: 'Sections' }).waitFor();
  await target.getByRole('heading', { level: 1 }).waitFor();
}

/** The value shown beside a term on the action page. */
async function detail(target: Page, term: string): Promise<string> {
  return (
    (await target
      .locator('dt', { hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]')
      .textContent()) ?? ''
  );
}

function isoInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const ukDate = (iso: string): string => iso.split('-').toReversed().join('/');

/** The "N at risk" count on the dashboard's indicator 2 card. */
async function indicator2AtRisk(target: Page): Promise<number> {
  await open(target, '/dashboard');
  const card = target.getByRole('article', { name: /^Indicator 2:/ });
  const text =
    (await card
      .getByText(/\d+ at risk/)
      .first()
      .textContent()) ?? '';
  return Number(/(\d+) at risk/.exec(text)?.[1] ?? Number.NaN);
}

test("an action's whole life: created and assigned, seen after a reload, updated by its owner to At risk, with the history of both", async () => {
  const title = `Diverse shortlisting panels ${Date.now()}`;
  const due = isoInDays(60);
  const atRiskBefore = await indicator2AtRisk(page);
  await open(page, '/actions/new');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('textbox', { name: 'Description' }).fill('Every shortlisting panel at 8a and above includes a BME member.');
  await page.getByRole('combobox', { name: 'Linked indicators' }).click();
  await page.getByRole('menuitemcheckbox', { name: '2 · Appointment from shortlisting' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Linked EDS outcomes' }).click();
  await page.getByRole('menuitemcheckbox', { name: /^3\.1 · Fair NHS recruitment/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Owner' }).pressSequentially('Amara');
  await page.getByRole('option', { name: /Amara Okafor/ }).click();
  await page.getByRole('combobox', { name: /^Due date/ }).fill(ukDate(due));
  await page.getByRole('combobox', { name: 'Priority' }).click();
  await page.getByRole('option', { name: 'High' }).click();
  await page.getByRole('textbox', { name: 'Measure of success' }).fill('Share of 8a+ panels with a BME member');
  await page.getByRole('textbox', { name: 'Baseline' }).fill('38%');
  await page.getByRole('textbox', { name: 'Target' }).fill('90%');
  await saveScreenshot(page, 'actions-new-filled');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`“${title}” was saved.`).waitFor();

  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const actionHash = new URL(page.url()).hash;
  await page.reload();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await eventually(async () => {
    expect(await detail(page, 'Status')).toBe('Not started (grey)');
    expect(await detail(page, 'Owner')).toBe('Amara Okafor (amara.okafor@demo-trust.example)');
    expect(await detail(page, 'Due date')).toContain(ukDate(due));
    expect(await detail(page, 'Priority')).toBe('High');
    expect(await detail(page, 'Linked indicators')).toBe('2 · Appointment from shortlisting');
    expect(await detail(page, 'Linked EDS outcomes')).toContain('3.1 · Fair NHS recruitment');
    expect(await detail(page, 'Description')).toBe('Every shortlisting panel at 8a and above includes a BME member.');
    expect(await detail(page, 'Measure of success')).toBe('Share of 8a+ panels with a BME member');
    expect(await detail(page, 'Baseline')).toBe('38%');
    expect(await detail(page, 'Target')).toBe('90%');
  });

  await page.getByRole('button', { name: 'Signed in as Leah Adeyemi. Switch user' }).click();
  await page.getByRole('menuitemradio', { name: /Amara Okafor/ }).click();
  await page.getByRole('button', { name: 'Signed in as Amara Okafor. Switch user' }).waitFor();
  await open(page, '/my-actions');
  await page.getByRole('link', { name: title }).waitFor();
  await page.getByRole('button', { name: `Post update on ${title}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Two panels this month had no BME member; recruiting more panellists.');
  await dialog.getByRole('radio', { name: 'At risk' }).check();
  await dialog.getByRole('button', { name: 'Post update' }).click();
  await page.getByText('Update posted. The status is now At risk.').waitFor();

  await page.goto(`${server.url}/${actionHash}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  // The same-document navigation may show the plan as last read, then the fresh one: wait for it.
  await eventually(async () => expect(await detail(page, 'Status')).toBe('At risk (amber)'));
  const history = page.getByRole('list', { name: 'History, newest first' });
  await history.waitFor();
  await eventually(async () => {
    const entries = await history.locator(':scope > li strong').allTextContents();
    expect(entries).toContain('Amara Okafor posted an update and set the status to At risk');
    expect(entries).toContain('Leah Adeyemi created the action');
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('Status: Not started → At risk');
    expect(text).toContain('Two panels this month had no BME member');
  });
  await saveScreenshot(page, 'action-page-history');

  await open(page, '/actions', '?indicator=2&state=at-risk');
  await page.getByRole('link', { name: title }).waitFor();
  await eventually(async () => expect(await page.getByRole('grid', { name: 'Actions' }).getByRole('link', { name: title }).count()).toBe(1));
  // The indicator 2 card on the dashboard now counts it as at risk.
  await eventually(async () => expect(await indicator2AtRisk(page)).toBe(atRiskBefore + 1));
  await page.getByRole('button', { name: 'Signed in as Amara Okafor. Switch user' }).click();
  await page.getByRole('menuitemradio', { name: /Leah Adeyemi/ }).click();
  await page.getByRole('button', { name: 'Signed in as Leah Adeyemi. Switch user' }).waitFor();
}, 120000);

test('concurrent edits: the second saver gets the conflict dialog, re-applies, and neither edit is lost', async () => {
  const other = await launchBrowser();
  try {
    const second = await firstPage(other);
    await open(page, `/actions/${SEEDED_ID}/edit`);
    await open(second, `/actions/${SEEDED_ID}/edit`);
    await page.getByRole('textbox', { name: 'Target' }).fill('95%');
    await second.getByRole('textbox', { name: 'Baseline' }).fill('41%');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/were saved\.$/).waitFor();

    await second.getByRole('button', { name: 'Save' }).click();
    const dialog = second.getByRole('alertdialog');
    await dialog.waitFor();
    await eventually(async () => {
      const rows = await dialog.getByRole('row').allTextContents();
      expect(rows).toContain('Baseline38%No change41%');
      expect(rows).toContain('Target90%95%No change');
    });
    await saveScreenshot(second, 'action-conflict-dialog');
    expect(await axeViolations(second)).toEqual([]);
    await dialog.getByRole('button', { name: 'Re-apply my changes' }).click();
    await second.getByText(/were saved\.$/).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await eventually(async () => {
      expect(await detail(page, 'Target')).toBe('95%');
      expect(await detail(page, 'Baseline')).toBe('41%');
    });
  } finally {
    await other.close();
  }
}, 120000);

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(target: Page, matches: (element: { tag: string; name: string; role: string }) => boolean, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let step = 0; step < limit; step += 1) {
    await target.keyboard.press('Tab');
    const focused = await target.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const labelledBy = element?.getAttribute('aria-labelledby');
      const label = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.labels?.[0]?.textContent : undefined;
      const name = label ?? (labelledBy ? document.getElementById(labelledBy.split(' ')[0] ?? '')?.textContent : element?.textContent) ?? '';
      return { tag: element?.tagName ?? '', name: name.trim(), role: element?.getAttribute('role') ?? '' };
    });
    if (matches(focused)) return;
    seen.push(`${focused.tag}[${focused.role}] ${focused.name.slice(0, 30)}`);
  }
  throw new Error(`Tab never reached the control; focus went to: ${seen.join(' | ')}`);
}

test('keyboard only: an action is created and saved with the keyboard alone', async () => {
  const title = `Keyboard-made action ${Date.now()}`;
  await open(page, '/actions');
  await tabTo(page, (element) => element.tag === 'BUTTON' && element.name === 'New action');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'New action' }).waitFor();
  await tabTo(page, (element) => element.tag === 'INPUT' && element.name.startsWith('Title'));
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Made without a mouse.');
  // Linked indicators: open, move to indicator 2, choose it, close.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  // Linked EDS outcomes are optional; Owner searches as you type.
  await tabTo(page, (element) => element.role === 'combobox' && element.name.startsWith('Owner'));
  await page.keyboard.type('Tom');
  await page.getByRole('option', { name: /Tom Hughes/ }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, (element) => element.tag === 'INPUT' && element.name.startsWith('Due date'));
  const due = isoInDays(30);
  const [year, month, day] = due.split('-');
  // Typed day first, whatever the browser's locale.
  await page.keyboard.type(`${day}/${month}/${year}`);
  expect(await page.getByRole('combobox', { name: /^Due date/ }).inputValue()).toBe(`${day}/${month}/${year}`);
  await tabTo(page, (element) => element.tag === 'INPUT' && element.name.startsWith('Measure of success'));
  await page.keyboard.type('Done by keyboard');
  await page.keyboard.press('Enter');
  await page.getByText(`“${title}” was saved.`).waitFor();
  const link = page.getByRole('link', { name: title });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await eventually(async () => {
    expect(await detail(page, 'Owner')).toBe('Tom Hughes (tom.hughes@demo-trust.example)');
    expect(await detail(page, 'Linked indicators')).toBe('2 · Appointment from shortlisting');
    expect(await detail(page, 'Due date')).toContain(ukDate(due));
  });
}, 120000);

test('the viewer sees actions with no edit controls', async () => {
  await open(page, '/actions');
  await page.getByRole('button', { name: 'Signed in as Leah Adeyemi. Switch user' }).click();
  await page.getByRole('menuitemradio', { name: /Victor Osei/ }).click();
  await page.getByRole('button', { name: 'Signed in as Victor Osei. Switch user' }).waitFor();
  try {
    await open(page, '/actions');
    await page.getByRole('grid', { name: 'Actions' }).waitFor();
    expect(await page.getByRole('button', { name: 'New action' }).count()).toBe(0);
    await open(page, `/actions/${SEEDED_ID}`);
    // Judge the action's page once the action has loaded, not its loading state.
    await page.getByRole('list', { name: 'History, newest first' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Post update' }).count()).toBe(0);
  } finally {
    await page.getByRole('button', { name: 'Signed in as Victor Osei. Switch user' }).click();
    await page.getByRole('menuitemradio', { name: /Leah Adeyemi/ }).click();
    await page.getByRole('button', { name: 'Signed in as Leah Adeyemi. Switch user' }).waitFor();
  }
});

const PAGES = [
  { name: 'actions-list', hash: '/actions', ready: (p: Page) => p.getByRole('grid', { name: 'Actions' }).waitFor() },
  { name: 'actions-new', hash: '/actions/new', ready: (p: Page) => p.getByRole('button', { name: 'Save' }).waitFor() },
  { name: 'action-page', hash: `/actions/${SEEDED_ID}`, ready: (p: Page) => p.getByRole('list', { name: 'History, newest first' }).waitFor() },
  { name: 'my-actions', hash: '/my-actions', ready: (p: Page) => p.getByRole('heading', { level: 2 }).first().waitFor() },
] as const;

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  test.each(PAGES)('$name has no axe violations', async ({ name, hash, ready }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, hash);
    await page.locator(`[data-theme="${colorScheme}"]`).first().waitFor();
    await ready(page);
    await saveScreenshot(page, `${name}-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the Post update dialog has no axe violations and returns focus when closed', async () => {
    await page.emulateMedia({ colorScheme });
    await open(page, `/actions/${SEEDED_ID}`);
    const trigger = page.getByRole('button', { name: 'Post update' });
    await trigger.click();
    await page.getByRole('dialog').waitFor();
    await saveScreenshot(page, `post-update-dialog-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});

test('in a 320 px side panel the list becomes cards and nothing scrolls sideways', async () => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 800 });
  try {
    for (const hash of ['/actions', '/actions/new', `/actions/${SEEDED_ID}`, '/my-actions']) {
      await open(page, hash);
      // Wait (bounded) for the settled layout; if it never fits, the width below says by how much.
      await page.waitForFunction(() => document.documentElement.scrollWidth <= 320, null, { timeout: 15_000 }).catch(() => undefined);
      expect({ hash, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ hash, width: 320 });
    }
    await open(page, '/actions');
    await eventually(async () => expect(await page.getByRole('list', { name: 'Actions' }).count()).toBe(1));
    await saveScreenshot(page, 'actions-list-320px');
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});
