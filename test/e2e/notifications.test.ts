import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, eventually, remindersRun, startServerAndBrowser, stopServerAndBrowser } from './support/browser';
import type { RunningServer } from '../support/local-server';

/**
 * The local stand-in for the Teams activity feed: the Notifications panel asks the signed-in
 * outbox for the person's own reminders, and another person sees none of them.
 */

let server: RunningServer;
let context: BrowserContext;
let page: Page;

/** The previews the outbox holds for `email`, asked as that person (the outbox needs sign-in). */
async function outboxOf(email: string): Promise<string[]> {
  const response = await fetch(`${server.url}/local/outbox`, { headers: { authorization: `Bearer local:${email}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: { previewText: string }[] }).value.map((entry) => entry.previewText);
}

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
  await remindersRun(server);
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

test("the Notifications panel shows the signed-in person's own reminders, and a colleague sees none of them", async () => {
  const leahs = await outboxOf('lead@demo-trust.example');
  expect(leahs.length).toBeGreaterThan(0);
  expect(await outboxOf('viewer@demo-trust.example')).toEqual([]);

  await page.goto(`${server.url}/`);
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  await page.getByRole('button', { name: 'Notifications' }).click();
  const panel = page.getByLabel('Notifications', { exact: true });
  const items = panel.getByRole('listitem');
  await items.nth(leahs.length - 1).waitFor();
  await eventually(async () => {
    expect(await items.count()).toBe(leahs.length);
    for (const [index, preview] of leahs.entries()) expect(await items.nth(index).textContent()).toContain(preview);
  });
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /Signed in as Leah Adeyemi/ }).click();
  await page.getByRole('menuitemradio', { name: /Victor Osei/ }).click();
  await page.getByRole('banner').getByText('Signed in as Victor Osei').waitFor();
  await page.getByRole('button', { name: 'Notifications' }).click();
  await page.getByText('No notifications yet.').waitFor();
  await expect(panel.getByRole('listitem').count()).resolves.toBe(0);
  await page.evaluate(() => window.localStorage.clear());
});
