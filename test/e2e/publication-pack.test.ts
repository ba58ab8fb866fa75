import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { HEADLINE_MEASURES, NON_VOTING_MEASURE, NOT_FINITE, SUPPRESSION_METHOD_LABELS, publicationWresTable } from '../../src/domain/exports';
import { type WresInput, calculateWres, parseWresInput, verdictWithCertainty } from '../../src/domain/wres';
import { type Highs, attackPublication, loadHighs, tableRows, widthOf } from '../support/publication-attacker';
import type { RunningServer } from '../support/local-server';
import { axeViolations, eventually, startServerAndBrowser, stopServerAndBrowser, openPageAt } from './support/browser';

type Cell = string | number | null;

let server: RunningServer;
let context: BrowserContext;
let page: Page;
let highs: Highs;

// The demo trust's newest year is the documented example.
const parsed = parseWresInput(JSON.parse(readFileSync('docs/wres-input.example.json', 'utf8')));
if (!parsed.ok) throw new Error('docs/wres-input.example.json is not valid');
const example: WresInput = parsed.value;

beforeAll(async () => {
  highs = await loadHighs();
  ({ server, context, page } = await startServerAndBrowser());
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

const open = (hash: string, heading: string): Promise<void> => openPageAt(page, server.url, hash, heading);

async function download(button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file;
}

/** The downloaded CSV as the pack's cells: numbers as numbers, empty cells as null, text as it is. */
async function publishedRows(): Promise<Cell[][]> {
  await open('#/reports', 'Reports');
  const file = await download('WRES data (CSV)');
  const text = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
  // Indicator and Measure are text ("1" is indicator 1); the other columns hold counts and figures.
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data.map((row) =>
    row.map((cell, column): Cell => (cell === '' ? null : column >= 2 && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)),
  );
}

const find = (rows: readonly Cell[][], indicator: string, measure: string) => rows.find((row) => row[0] === indicator && row[1] === measure);

/** Every headline figure the Standard requires, with its verdict in words, as the domain calculates them. */
function headlines(wres: WresInput): [string, string, Cell, string][] {
  const result = calculateWres(wres).indicators;
  const out: [string, string, Cell, string][] = [];
  const senior = result['1'];
  if (senior) out.push(['1', HEADLINE_MEASURES.senior, senior.senior.bmePercent, verdictWithCertainty(senior.verdict, senior.certainty)]);
  for (const id of ['2', '3', '4'] as const) {
    const ratio = result[id];
    if (ratio)
      out.push([
        id,
        HEADLINE_MEASURES.ratio[id],
        ratio.value ?? (ratio.verdict === 'not-calculable' ? null : NOT_FINITE),
        verdictWithCertainty(ratio.verdict, ratio.certainty),
      ]);
  }
  const board = result['9'];
  if (board) out.push(['9', HEADLINE_MEASURES.votingDifference, board.value, verdictWithCertainty(board.verdict, board.certainty)]);
  if (board?.totalBoard)
    out.push(['9', HEADLINE_MEASURES.wholeBoardDifference, board.totalBoard.value, verdictWithCertainty(board.totalBoard.verdict, board.totalBoard.certainty)]);
  if (board?.executive)
    out.push(['9', HEADLINE_MEASURES.executiveDifference, board.executive.value, verdictWithCertainty(board.executive.verdict, board.executive.certainty)]);
  return out;
}

test("the demo trust's publication CSV hides BME counts only where they are small, and publishes every headline with its verdict", async () => {
  const rows = await publishedRows();
  const truth = tableRows(publicationWresTable(example, { method: 'threshold', threshold: 1 }).rows);
  const published = tableRows(rows);
  expect(published.map((row) => row[1])).toEqual(truth.map((row) => row[1]));
  // BME is the column the Standard is about: where a partner had to be hidden, Unknown, White or a total served.
  const hiddenBme = published.flatMap((row, r) => (row[3] === '*' ? [[row[1], truth[r]?.[3]]] : []));
  expect(hiddenBme.length).toBeGreaterThan(0);
  expect(hiddenBme.filter(([, value]) => !(typeof value === 'number' && value >= 1 && value < 5))).toEqual([]);
  // Zeros are published: Band 9 is 6 White, 0 BME, 0 Unknown.
  expect(find(rows, '1', 'Non-clinical: Band 9')?.slice(2, 7)).toEqual([6, 0, 0, 6, 0]);
  // Every headline, the whole board's among them (2 + 1 BME of 13 + 4 board members, against the workforce's 30.4%).
  const published9 = headlines(example).filter(([indicator]) => indicator === '9');
  expect(published9.map(([, measure, figure]) => [measure, figure])).toEqual([
    [HEADLINE_MEASURES.votingDifference, -15.1],
    [HEADLINE_MEASURES.wholeBoardDifference, -12.8],
    [HEADLINE_MEASURES.executiveDifference, -13.8],
  ]);
  for (const [indicator, measure, figure, verdict] of headlines(example)) expect(find(rows, indicator, measure)?.slice(6)).toEqual([figure, verdict]);
  // The non-voting members (3 White, 1 BME) are small and hidden, all but their zero; the voting board with them.
  expect(find(rows, '9', NON_VOTING_MEASURE)?.slice(2, 8)).toEqual(['*', '*', 0, '*', null, null]);
  expect(find(rows, '9', 'Voting board members (BME % in Figure)')?.slice(2, 7)).toEqual(['*', '*', 0, '*', '*']);
  for (const id of ['5', '6', '7', '8']) {
    const survey = calculateWres(example).indicators[id as '5'];
    expect(rows.find((row) => row[0] === id)?.slice(6)).toEqual([survey?.gap, verdictWithCertainty(survey!.verdict, survey!.certainty)]);
  }
  expect(rows.filter((row) => row[0] === 'Note').map((row) => row[1])).toEqual([
    'Method: small-number threshold of 5 (set in Settings). Counts from 1 to 4 are shown as *.',
    expect.stringMatching(/^\d+ counts are hidden: \d+ are small numbers, and the others are hidden so that no small number can be worked back/),
    expect.stringMatching(/percentages or likelihoods are hidden with the counts they depend on/),
    'Zeros are published: 0 is not a small number, and only counts from 1 upwards are hidden.',
    expect.stringMatching(/^The headline figures are always published with their verdicts, as the Standard requires/),
  ]);
});

test('an attacker with the whole downloaded file narrows no hidden count to fewer than 5 values', async () => {
  const rows = await publishedRows();
  // The file alone: no true counts are given to the attacker.
  const ranges = attackPublication(highs, rows, { threshold: 5 });
  expect(ranges.length).toBeGreaterThan(10);
  expect(ranges.filter((range) => widthOf(range) < 5)).toEqual([]);
  // The attacker reads the file's structure: shown one more count (Band 8c's White 18), it pins that row's BME at 2.
  const leaky = rows.map((row) => (row[1] === 'Non-clinical: Band 8c' ? row.map((cell, column) => (column === 2 ? 18 : cell)) : row));
  expect(attackPublication(highs, leaky, { threshold: 5 }).find((range) => range.measure === 'Non-clinical: Band 8c' && range.column === 3)).toMatchObject({
    lower: 2,
    upper: 2,
  });
});

test("choosing NHS Digital's rule in Settings: the pack rounds to 5, hides 1 to 7, and still gives nothing back; both pages pass axe", async () => {
  try {
    await open('#/settings', 'Settings');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: /NHS Digital's 2018 rule/ }).check();
    // The threshold is disabled when the page re-renders with the new choice: wait for it.
    await eventually(async () => expect(await page.getByRole('spinbutton', { name: /Small-number threshold/ }).isDisabled()).toBe(true));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const rows = await publishedRows();
    await page.getByText(/By NHS Digital's 2018 rule \(chosen in Settings\)/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const counts = tableRows(rows).filter((row) => row[5] !== null || row[1] === 'Respondents');
    expect(counts.flatMap((row) => row.slice(2, 6)).filter((cell) => !(cell === null || cell === '*' || (typeof cell === 'number' && cell % 5 === 0)))).toEqual(
      [],
    );
    expect(rows.find((row) => row[0] === 'Note')?.[1]).toMatch(/^Method: NHS Digital's 2018 rule/);
    // Rounded counts make the ratios bilinear in unknowns, so the attacker is given the true table to restrict them by.
    const truth = publicationWresTable(example, { method: 'threshold', threshold: 1 }).rows;
    const ranges = attackPublication(highs, rows, { threshold: 8, rounded: true, truth });
    expect(ranges.filter((range) => widthOf(range) < 8)).toEqual([]);
  } finally {
    // Put the demo trust's method back, so that no other test depends on running before this one.
    await open('#/settings', 'Settings');
    // The form holds the stored settings once it shows the stored name.
    await eventually(async () => expect(await page.getByRole('textbox', { name: 'Organisation name' }).inputValue()).toBe('Demo NHS Trust'));
    const nhsDigital = page.getByRole('radio', { name: /NHS Digital's 2018 rule/ });
    if (await nhsDigital.isChecked()) {
      await page.getByRole('radio', { name: SUPPRESSION_METHOD_LABELS.threshold }).check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved.').waitFor();
    }
  }
});
