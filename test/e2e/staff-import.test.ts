import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Download, Page, Request } from 'playwright-core';
import { readXlsxRows } from '../../src/lib/files/xlsx-format';
import type { RunningServer } from '../support/local-server';
import { ESR_HEADER, ESR_TITLE, type SyntheticExtract, employeeNumber, writeSyntheticEsrExtract } from '../support/synthetic-esr-extract';
import { axeViolations, eventually, resetPage, saveScreenshot, startServerAndBrowser, stopServerAndBrowser } from './support/browser';

let server: RunningServer;
let context: BrowserContext;
let page: Page;
const folder = mkdtempSync(join(tmpdir(), 'staff-import-'));

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

afterEach(() => resetPage(page, server));

async function openStaffImport(): Promise<void> {
  await page.goto(`${server.url}/#/reports/import/staff`);
  await page.getByRole('heading', { level: 1, name: 'Import staff records' }).waitFor();
}

/** Every request the browser makes (page and workers), with its body, from now on. */
function recordRequests(): { requests: { url: string; method: string; body: string }[]; stop: () => void } {
  const requests: { url: string; method: string; body: string }[] = [];
  const listener = (request: Request) =>
    requests.push({ url: request.url(), method: request.method(), body: request.postDataBuffer()?.toString('utf8') ?? '' });
  context.on('request', listener);
  return { requests, stop: () => context.off('request', listener) };
}

/** A recruitment workbook (XLSX): one row per shortlisted applicant, with a unique reference each. */
async function recruitmentWorkbook(file: string): Promise<void> {
  const excel = await import('exceljs');
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet('Applicants');
  sheet.addRow(['Applicant Reference', 'Ethnic Origin', 'Shortlisted', 'Appointed']);
  // White: 6 shortlisted, 3 appointed. BME: 8 shortlisted, 2 appointed. One not shortlisted.
  const rows: [string, string, string][] = [
    ...Array.from({ length: 6 }, (_, i): [string, string, string] => ['A White - British', 'Yes', i < 3 ? 'Yes' : 'No']),
    ...Array.from({ length: 8 }, (_, i): [string, string, string] => ['N Black or Black British - African', 'Yes', i < 2 ? 'Yes' : 'No']),
    ['H Asian or Asian British - Indian', 'No', 'No'],
  ];
  rows.forEach((row, i) => sheet.addRow([`APPREF-${9000 + i}`, ...row]));
  await workbook.xlsx.writeFile(file);
}

const cellsOf = async (table: string, rowName: string): Promise<string[]> =>
  page
    .getByRole('table', { name: table })
    .getByRole('row', { name: new RegExp(`^${rowName}`) })
    .getByRole('cell')
    .allTextContents();

test('staff files are counted in a Worker, only the counts are stored, and no request carries any part of a file', async () => {
  const staffFile = join(folder, 'esr-staff-in-post.csv');
  const extract: SyntheticExtract = await writeSyntheticEsrExtract(staffFile, 400);
  const recruitmentFile = join(folder, 'recruitment.xlsx');
  await recruitmentWorkbook(recruitmentFile);
  const disciplinaryFile = join(folder, 'disciplinary.csv');
  writeFileSync(disciplinaryFile, 'Case Ref,Ethnicity\nCASE-7001,A\nCASE-7002,M\nCASE-7003,N\nCASE-7004,Z\n');
  const boardFile = join(folder, 'board.csv');
  writeFileSync(boardFile, 'Member,Ethnic Origin,Voting,Executive\nBOARD-Alpha,A,Y,Y\nBOARD-Beta,A,Y,N\nBOARD-Gamma,H,Y,N\nBOARD-Delta,C2,N,Y\n');

  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const traffic = recordRequests();

  await openStaffImport();
  await page.getByLabel('Staff in post (ESR extract)').setInputFiles(staffFile);
  // The title line is skipped and the ESR headings are recognised (once the file has been read).
  await eventually(async () => {
    expect(await page.getByRole('combobox', { name: 'Staff in post: Ethnic category' }).inputValue()).toBe('Ethnic Origin');
    expect(await page.getByRole('combobox', { name: 'Staff in post: Staff group' }).inputValue()).toBe('Staff Group');
    expect(await page.getByRole('combobox', { name: 'Staff in post: Pay band or grade' }).inputValue()).toBe('Pay Band');
  });
  await page.getByLabel('Recruitment (optional)').setInputFiles(recruitmentFile);
  await eventually(async () => expect(await page.getByRole('combobox', { name: 'Recruitment: Appointed' }).inputValue()).toBe('Appointed'));
  await page.getByLabel('Disciplinary (optional)').setInputFiles(disciplinaryFile);
  await page.getByLabel('Board members (optional)').setInputFiles(boardFile);
  await eventually(async () => expect(await page.getByRole('combobox', { name: 'Board members: Voting member' }).inputValue()).toBe('Voting'));

  await page.getByRole('button', { name: 'Count staff' }).click();
  await page.getByRole('heading', { name: 'Check the counts' }).waitFor();
  expect(workers.some((url) => url.includes('staff-aggregation'))).toBe(true);

  const counts = 'Counts from the staff files';
  const { white, bme, unknown } = extract.headcount;
  expect(await cellsOf(counts, 'Staff in post')).toEqual([white, bme, unknown, 400].map(String));
  expect(await cellsOf(counts, 'Shortlisted applicants')).toEqual(['6', '8', '0', '14']);
  expect(await cellsOf(counts, 'Appointed from shortlisting')).toEqual(['3', '2', '0', '5']);
  expect(await cellsOf(counts, 'Entered a formal disciplinary process')).toEqual(['1', '2', '1', '4']);
  expect(await cellsOf(counts, 'Voting board members')).toEqual(['2', '1', '0', '3']);
  expect(await cellsOf(counts, 'Executive board members')).toEqual(['2', '0', '0', '2']);
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, 'staff-import-counts');

  await page.getByRole('spinbutton', { name: /WRES year/ }).fill('2026');
  await page.getByRole('button', { name: 'Save the 2026 counts' }).click();
  await page.getByText(/^Saved the 2026 WRES counts for /).waitFor();
  traffic.stop();

  // The counts were written through the local Graph store: the check below looked at real writes.
  const writes = traffic.requests.filter((request) => request.method !== 'GET' && request.url.includes('/graph/'));
  expect(writes.some((request) => request.body.includes('"Year":2026') && request.body.includes('headcount'))).toBe(true);
  // No request, of any kind, to anywhere, carries a name, a number or a heading line from any file.
  const fromFiles = [
    ESR_TITLE,
    ESR_HEADER,
    'Synthetic, Person',
    'Applicant Reference',
    'APPREF-',
    'CASE-700',
    'BOARD-Alpha',
    'BOARD-Delta',
    ...Array.from({ length: extract.rows }, (_, i) => employeeNumber(i)),
  ];
  for (const request of traffic.requests) {
    for (const text of fromFiles) {
      expect({ url: request.url, carries: request.url.includes(text) || request.body.includes(text) ? text : null }).toEqual({
        url: request.url,
        carries: null,
      });
    }
  }

  // What was stored is the counts: the year's exported data holds them.
  await page.goto(`${server.url}/#/reports`);
  await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'WRES 2026 data (XLSX)' }).click()]);
  const buffer = readFileSync(await download.path());
  const rows = await readXlsxRows(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  // The year file leads each row with its name in words; its header says which columns hold the field path and the value.
  const header = rows[0]?.cells ?? [];
  const [fieldColumn, valueColumn] = [header.indexOf('Field'), header.indexOf('Value')];
  expect(fieldColumn >= 0 && valueColumn >= 0).toBe(true);
  const value = (field: string) => rows.find((row) => row.cells[fieldColumn] === field)?.cells[valueColumn];
  expect([value('indicator3.headcount.white'), value('indicator3.headcount.bme'), value('indicator3.headcount.unknown')]).toEqual(
    [white, bme, unknown].map(String),
  );
  expect([value('indicator2.appointed.white'), value('indicator2.appointed.bme')]).toEqual(['3', '2']);
  expect(rows.flatMap((row) => row.cells).some((cell) => cell.startsWith('SYN'))).toBe(false);
}, 120000);

test('a 1,500,000-row extract is counted with a progress bar, can be cancelled, and is counted in full', async () => {
  const staffFile = join(folder, 'esr-large.csv');
  const extract = await writeSyntheticEsrExtract(staffFile, 1_500_000);
  await openStaffImport();
  await page.getByLabel('Staff in post (ESR extract)').setInputFiles(staffFile);
  await eventually(async () => expect(await page.getByRole('combobox', { name: 'Staff in post: Ethnic category' }).inputValue()).toBe('Ethnic Origin'));

  const bar = page.getByRole('progressbar');
  await page.getByRole('button', { name: 'Count staff' }).click();
  await page.waitForFunction(() => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0) > 0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Counting was cancelled. Nothing was stored.').waitFor();
  await eventually(async () => expect(await bar.count()).toBe(0));

  await page.getByRole('button', { name: 'Count staff' }).click();
  // The first progress seen is read in the same poll that sees it: read again later, the count
  // may already have finished (on a loaded machine the page can be slow to answer) and the bar gone.
  const progress = await page.waitForFunction(() => {
    const now = Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0);
    return now > 0 ? now : false;
  });
  const first = Number(await progress.jsonValue());
  await page.getByRole('heading', { name: 'Check the counts' }).waitFor({ timeout: 120000 });
  const { white, bme, unknown } = extract.headcount;
  expect(first).toBeLessThan(1);
  expect(await cellsOf('Counts from the staff files', 'Staff in post')).toEqual([white, bme, unknown, 1_500_000].map((n) => n.toLocaleString('en-GB')));
}, 240000);
