import type { BrowserContext, Page, Route } from 'playwright-core';
import { axeViolations, eventually, resetPage, saveScreenshot, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import type { RunningServer } from '../support/local-server';

let server: RunningServer;
let context: BrowserContext;
let page: Page;

/** A seeded demo action, owned by Leah Adeyemi, who is signed in by default. */
const SEEDED_ID = '00000000-0000-4000-a000-000000000001';
const PRIYA = 'priya.raman@demo-trust.example';

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

afterEach(() => resetPage(page, server));

/** Calls the local Graph API as a demo person, as any script with their sign-in could. */
async function graph(email: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(`${server.url}/graph/v1.0${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer local:${email}`, 'Content-Type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

async function updatesListId(email: string): Promise<string> {
  const lists = (await (await graph(email, '/sites/root/lists')).json()) as { value: { id: string; displayName: string }[] };
  const list = lists.value.find((candidate) => candidate.displayName === 'Race Equality Action Updates');
  if (!list) throw new Error('The updates list is missing');
  return list.id;
}

async function updatesWithNote(note: string): Promise<number> {
  const listId = await updatesListId(PRIYA);
  const page1 = (await (await graph(PRIYA, `/sites/root/lists/${listId}/items?expand=fields&$top=5000`)).json()) as { value: { fields: { Note?: string } }[] };
  return page1.value.filter((item) => item.fields.Note === note).length;
}

/** Opens the action afresh: a reload, so the plan is read again even when the address is the same. */
async function openAction(hash = `/actions/${SEEDED_ID}`): Promise<void> {
  await page.goto(`${server.url}/#${hash}`);
  await page.reload();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

function historyEntry(text: string) {
  return page.getByRole('list', { name: 'History, newest first' }).locator(':scope > li', { hasText: text });
}

test("an update Priya wrote through the Graph API with Leah's name in its author columns shows Priya in the history", async () => {
  const note = `Written by Priya as Leah ${Date.now()}`;
  const listId = await updatesListId(PRIYA);
  const created = await graph(PRIYA, `/sites/root/lists/${listId}/items`, {
    method: 'POST',
    body: {
      fields: {
        Title: SEEDED_ID,
        ActionId: SEEDED_ID,
        Note: note,
        AuthorId: '8f1c2d3e-0001-4a5b-9c6d-000000000001',
        AuthorName: 'Leah Adeyemi',
        UpdatedAt: '2020-01-01T09:00:00Z',
      },
    },
  });
  expect(created.status).toBe(201);
  await openAction();
  const entry = historyEntry(note);
  await entry.getByText('Priya Raman posted an update').waitFor();
  expect(await entry.getByText('Leah Adeyemi posted an update').count()).toBe(0);
  // The time is when SharePoint stored it (today), not the 2020 the writer claimed.
  expect(await entry.locator('time').getAttribute('datetime')).not.toContain('2020-01-01');
});

test('a Post update whose answer was lost, then posted again, leaves one update', async () => {
  const note = `Posted once ${Date.now()}`;
  let lostPost = false;
  let failedLookup = false;
  // The first post reaches the plan but its answer is lost; the adapter's own look-up by key fails
  // too, so the person sees the failure and posts again.
  const interfere = async (route: Route): Promise<void> => {
    const request = route.request();
    if (!lostPost && request.method() === 'POST' && (request.postData() ?? '').includes(note)) {
      lostPost = true;
      await route.fetch();
      await route.abort('connectionreset');
      return;
    }
    if (lostPost && !failedLookup && request.method() === 'GET' && decodeURIComponent(request.url()).includes("UpdateId eq '")) {
      failedLookup = true;
      await route.abort('connectionreset');
      return;
    }
    await route.fallback();
  };
  await page.route('**/graph/v1.0/**', interfere);
  try {
    await openAction();
    await page.getByRole('button', { name: 'Post update' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
    await dialog.getByRole('button', { name: 'Post update' }).click();
    await dialog.getByText(/Your update was not posted/).waitFor();
    expect(lostPost && failedLookup).toBe(true);
    expect(await updatesWithNote(note)).toBe(1);
    await dialog.getByRole('button', { name: 'Post update' }).click();
    await page.getByText('Update posted.').waitFor();
    await historyEntry(note).first().waitFor();
    expect(await historyEntry(note).count()).toBe(1);
    expect(await updatesWithNote(note)).toBe(1);
  } finally {
    await page.unroute('**/graph/v1.0/**', interfere);
  }
});

test('a javascript: evidence link is refused naming the field, and one written straight into the list is shown as text, never as a link', async () => {
  await openAction();
  await page.getByRole('button', { name: 'Post update' }).click();
  const dialog = page.getByRole('dialog');
  const note = `Evidence attempt ${Date.now()}`;
  await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
  await dialog.getByRole('textbox', { name: 'Evidence link' }).fill('javascript:alert(document.cookie)');
  await dialog.getByRole('button', { name: 'Post update' }).click();
  await dialog.getByText('Evidence link must be a web address starting https://.').waitFor();
  await eventually(async () => expect(await dialog.getByRole('textbox', { name: 'Evidence link' }).getAttribute('aria-invalid')).toBe('true'));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await updatesWithNote(note)).toBe(0);

  const raw = `Raw unsafe evidence ${Date.now()}`;
  const listId = await updatesListId(PRIYA);
  const created = await graph(PRIYA, `/sites/root/lists/${listId}/items`, {
    method: 'POST',
    body: { fields: { Title: SEEDED_ID, ActionId: SEEDED_ID, Note: raw, EvidenceUrl: 'javascript:alert(document.cookie)' } },
  });
  expect(created.status).toBe(201);
  await openAction();
  const entry = historyEntry(raw);
  await entry
    .getByText(/javascript:alert\(document\.cookie\)/)
    .first()
    .waitFor();
  expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
  expect(await entry.getByRole('link').count()).toBe(0);
  await saveScreenshot(page, 'history-unsafe-evidence-as-text');
  expect(await axeViolations(page)).toEqual([]);
});
