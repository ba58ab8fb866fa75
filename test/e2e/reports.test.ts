import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { readXlsxRows } from '../../src/lib/files/xlsx-format';
import { axeViolations, eventually, resetPage, saveScreenshot, startServerAndBrowser, stopServerAndBrowser, openPageAt } from './support/browser';
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

async function download(button: string | RegExp): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file;
}

async function bytesOf(file: Download): Promise<ArrayBuffer> {
  const buffer = readFileSync(await file.path());
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

test('the board report workbook has the indicators, actions and EDS of the demo trust, with no formula in any cell', async () => {
  await open('#/reports', 'Reports');
  const file = await download('Board report (XLSX)');
  expect(file.suggestedFilename()).toMatch(/^board-report-[A-Z0-9]+-\d{4}\.xlsx$/);
  const excel = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(await bytesOf(file));
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Indicators', 'Actions', 'EDS']);
  const indicators = await readXlsxRows(await bytesOf(file));
  // A title row, then the header and the nine indicators.
  expect(indicators[0]?.cells).toEqual([expect.stringMatching(/^WRES indicators \d{4}/)]);
  expect(indicators[1]?.cells.slice(0, 5)).toEqual(['Indicator', 'Title', 'Measure', expect.stringMatching(/^Figure \d{4}$/), 'Verdict']);
  expect(indicators).toHaveLength(11);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.text)))));
  expect((workbook.getWorksheet('Actions')?.rowCount ?? 0) - 2).toBe(25);
  // Due dates are dates and figures are numbers, so Excel sorts and sums them without flagging text.
  const actions = workbook.getWorksheet('Actions');
  if (actions === undefined) throw new Error('The board workbook has no Actions sheet.');
  const due = (actions.getRow(2).values as unknown[]).indexOf('Due date');
  const dueCells = Array.from({ length: 25 }, (_, i) => actions.getRow(i + 3).getCell(due));
  expect(dueCells.filter((cell) => !(cell.value instanceof Date) || cell.numFmt !== 'dd/mm/yyyy')).toEqual([]);
  expect(workbook.getWorksheet('Indicators')?.getRow(4).getCell(4).type).toBe(excel.ValueType.Number);
  expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(texts.filter((text) => text.startsWith('='))).toEqual([]);
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined())));
});

test('the publication WRES CSV suppresses small numbers and holds no formula', async () => {
  await open('#/reports', 'Reports');
  const file = await download('WRES data (CSV)');
  const text = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(['Indicator', 'Measure', 'White', 'BME', 'Unknown', 'Total', 'Figure', 'Verdict']);
  const counts = rows.slice(1).filter((row) => row[0] !== 'Note' && row[5] !== '');
  expect(counts.flat()).toContain('*');
  // Zeros are published; counts from 1 to 4 never are (test/e2e/publication-pack.test.ts checks the rest).
  expect(counts.flatMap((row) => row.slice(2, 6)).filter((cell) => !(cell === '*' || cell === '0' || Number(cell) >= 5))).toEqual([]);
  // Negative figures (a gap below zero) are numbers, which a spreadsheet never runs; text never starts a formula.
  expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell))).toEqual([]);
  expect(rows.flat().some((cell) => /^-\d/.test(cell))).toBe(true);
});

test('a year exported as XLSX imports back unchanged', async () => {
  await open('#/reports', 'Reports');
  const exported = await download(/^WRES \d{4} data \(XLSX\)$/);
  const before = await readXlsxRows(await bytesOf(exported));
  await page.getByRole('link', { name: /Import WRES data/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Import WRES data' }).waitFor();
  // Playwright keeps a download under a random name; the file chosen carries the suggested one.
  const buffer = readFileSync(await exported.path());
  await page
    .getByLabel(/WRES data file/)
    .setInputFiles({ name: exported.suggestedFilename(), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByText(/holds the \d{4} WRES counts for/).waitFor();
  await page.getByText(/Saving replaces the \d{4} figures already stored/).waitFor();
  await saveScreenshot(page, 'reports-import-preview');
  await page.getByRole('button', { name: /^Save \d{4}$/ }).click();
  await page.getByText(/^Saved the \d{4} WRES figures for /).waitFor();
  await open('#/reports', 'Reports');
  const again = await download(/^WRES \d{4} data \(XLSX\)$/);
  expect(await readXlsxRows(await bytesOf(again))).toEqual(before);
});

test('a bad file is refused with its problems by row, and nothing is stored', async () => {
  await open('#/reports/import', 'Import WRES data');
  await page.getByLabel(/WRES data file/).setInputFiles('test/fixtures/imports/appointed-over-shortlisted.csv');
  await page.getByText('appointed-over-shortlisted.csv was not imported.').waitFor();
  const problems = page.getByRole('table', { name: 'Problems in appointed-over-shortlisted.csv' });
  await eventually(async () =>
    expect(await problems.getByRole('row').nth(1).textContent()).toContain('Indicator 2, Appointed, BME: 45 is more than Indicator 2, Shortlisted, BME (40)'),
  );
  expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  test.each([
    ['#/reports', 'Reports'],
    ['#/reports/board', 'Board report'],
    ['#/reports/import', 'Import WRES data'],
    ['#/reports/import/staff', 'Import staff records'],
  ])('%s has no axe violations', async (hash, heading) => {
    await page.emulateMedia({ colorScheme });
    await open(hash, heading);
    await saveScreenshot(page, `${hash.replace(/[#/]+/g, '-').replace(/^-|-$/g, '')}-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("the printable board report gives each indicator's verdict and how certain it is, in words", async () => {
  await open('#/reports/board', 'Board report');
  const table = page.getByRole('table', { name: /^The nine WRES indicators, 2024/ });
  await table.getByRole('columnheader', { name: 'Certainty' }).waitFor();
  const two = table.getByRole('row').filter({ hasText: 'Appointment from shortlisting' });
  await two.getByRole('cell', { name: 'Adverse', exact: true }).waitFor();
  await two.getByRole('cell', { name: 'Clear', exact: true }).waitFor();
  await expect(table.getByText(/too few to judge|favourable/i).count()).resolves.toBe(0);
});

test('at 320 px the reports and the board report fit the width', async () => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const [hash, heading] of [
    ['#/reports', 'Reports'],
    ['#/reports/board', 'Board report'],
  ] as const) {
    await open(hash, heading);
    // Fluent settles the layout just after the first paint: judge the settled page, within a bound.
    await eventually(async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320), { timeout: 15_000 });
  }
});
