import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
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

const open = (): Promise<void> => openPageAt(page, server.url, '#/reports/paper', 'Board paper (Word)');

async function fillCoverSheet(): Promise<void> {
  await page.getByRole('textbox', { name: /^Meeting/ }).fill('Trust Board (public)');
  await page.getByRole('combobox', { name: /Date of meeting/ }).fill('14/01/2027');
  await page.getByRole('textbox', { name: /^Author/ }).fill('Director of People (synthetic)');
  await page.getByRole('radio', { name: 'For assurance' }).check();
  await page.getByRole('textbox', { name: /^Recommendation/ }).fill('The Board is asked to note the WRES results and the plan.');
  await page.getByRole('textbox', { name: /^Links to the Board Assurance Framework/ }).fill('BAF 3: workforce');
}

test('the board paper downloads as a Word document holding the cover sheet, the indicators table with units and signs, and chart pictures', async () => {
  await open();
  await fillCoverSheet();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make the board paper (Word)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^board-paper-[A-Z0-9]+-\d{4}\.docx$/);
  await page.getByText(/board-paper-.*\.docx is ready in your downloads\./).waitFor();
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
  for (const value of ['Trust Board (public)', '14/01/2027', 'Director of People (synthetic)', 'For assurance', 'BAF 3: workforce', 'Risks None identified']) {
    expect(text).toContain(value);
  }
  expect(text).toContain('Appointment from shortlisting');
  expect(text).toMatch(/\d+\.\d%/);
  expect(text).toMatch(/[+\u2212]\d+\.\d pp/);
  expect(text).toMatch(/\d+ of \d+ indicators adverse \(\d+ clearly\)/);
  expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  const pictures = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
  expect(pictures.length).toBeGreaterThan(0);
  const first = await zip.file(pictures[0] ?? '')?.async('uint8array');
  expect(
    Buffer.from(first ?? [])
      .subarray(1, 4)
      .toString('latin1'),
  ).toBe('PNG');
});

test('an empty cover sheet is refused with each missing field named, and focus on the first', async () => {
  await open();
  await page.getByRole('button', { name: 'Make the board paper (Word)' }).click();
  await page.getByText('Enter the meeting.', { exact: true }).waitFor();
  for (const message of ['Enter a date of meeting.', 'Enter the author.', 'Enter the recommendation.'])
    await page.getByText(message, { exact: true }).waitFor();
  await page.getByText(/^Choose a purpose: For decision, For assurance, For information, For discussion\.$/).waitFor();
  await eventually(async () => expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true'));
});

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  test('the cover sheet, empty and with its messages, has no axe violations, and fits a 360 px panel', async () => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 800 });
    await open();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Make the board paper (Word)' }).click();
    await page.getByText('Enter the meeting.', { exact: true }).waitFor();
    await saveScreenshot(page, `reports-paper-360-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
