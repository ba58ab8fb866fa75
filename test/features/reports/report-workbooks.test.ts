import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { parseEdsReview } from '../../../src/domain/eds';
import type { ExportTable } from '../../../src/domain/exports';
import { actionsTable, boardReportTables, publicationTables } from '../../../src/features/reports/report-data';
import { tableToCsv } from '../../../src/lib/files/csv-format';
import { tablesToXlsx } from '../../../src/lib/files/xlsx-format';
import { action } from '../../domain/plan/build';
import { okValue } from '../../domain/support/validated';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { exampleYear } from './downloads';

// Each workbook the Reports page offers, written as the app writes it and read back as Excel would: numbers sum, dates sort.
const injected = action({ id: 'a-1', title: '=HYPERLINK("http://x","y")', status: 'Off track', dueDate: '2026-10-01', planYear: '2026/27' });
const done = action({ id: 'a-2', title: 'Board mentoring', status: 'Completed', dueDate: '2027-02-01', completedOn: '2026-11-02', planYear: '2026/27' });
const review = okValue(
  parseEdsReview({
    id: 'r1',
    framework: 'eds2022',
    year: 2025,
    status: 'Agreed',
    reviewDate: '2025-03-14',
    partners: {},
    outcomes: [{ outcomeId: '1A', score: 2 }],
  }),
);
const snapshot = memoryPlanStorage({
  wresYears: [exampleYear({ year: 2023 }), exampleYear()],
  actions: [injected, done],
  edsReviews: [review],
  settings: { organisationName: 'Demo NHS Trust', odsCode: 'RXX', edsFramework: 'eds2022' },
}).snapshotNow();
const today = '2026-11-26';

async function written(tables: readonly ExportTable[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await tablesToXlsx(tables));
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`No sheet ${name}`);
  return found;
}

/** The column of a header cell on row 2, the header row under the title. */
function column(worksheet: ExcelJS.Worksheet, header: string): number {
  const values = worksheet.getRow(2).values as unknown[];
  const index = values.indexOf(header);
  if (index < 1) throw new Error(`No column ${header}`);
  return index;
}

/** What every sheet shares: its title in bold on row 1, the header on row 2, both frozen. */
function expectTitledAndFrozen(worksheet: ExcelJS.Worksheet, title: string): void {
  expect(worksheet.getCell('A1').value).toBe(title);
  expect(worksheet.getRow(1).font?.bold).toBe(true);
  expect(worksheet.getRow(2).font?.bold).toBe(true);
  expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
}

function expectDate(cell: ExcelJS.Cell, iso: string): void {
  expect(cell.value).toBeInstanceOf(Date);
  expect((cell.value as Date).toISOString().slice(0, 10)).toBe(iso);
  expect(cell.numFmt).toBe('dd/mm/yyyy');
}

describe('the board report workbook', () => {
  test('one titled sheet per table, each with a frozen title and header row', async () => {
    const workbook = await written(boardReportTables(snapshot, 2024, today));
    expect(workbook.worksheets.map((each) => each.name)).toEqual(['Indicators', 'Actions', 'EDS']);
    expectTitledAndFrozen(sheet(workbook, 'Indicators'), 'WRES indicators 2024, with the change since 2023');
    expectTitledAndFrozen(sheet(workbook, 'Actions'), 'Actions at 26/11/2026');
    expectTitledAndFrozen(sheet(workbook, 'EDS'), 'EDS 2022 review 2025 (Agreed), reviewed 14/03/2025');
  });

  test('figures are numbers with their formats: a percentage, ratios to 2 dp, signed changes', async () => {
    const indicators = sheet(await written(boardReportTables(snapshot, 2024, today)), 'Indicators');
    const figure = column(indicators, 'Figure 2024');
    const change = column(indicators, 'Change');
    // Row 3 is indicator 1, row 4 indicator 2.
    const senior = indicators.getRow(3).getCell(figure);
    expect(senior.type).toBe(ExcelJS.ValueType.Number);
    expect(senior.numFmt).toBe('0.0%');
    expect(senior.value as number).toBeGreaterThan(0);
    expect(senior.value as number).toBeLessThan(1);
    const ratio = indicators.getRow(4).getCell(figure);
    expect([ratio.type, ratio.value, ratio.numFmt]).toEqual([ExcelJS.ValueType.Number, 1.58, '0.00']);
    const ratioChange = indicators.getRow(4).getCell(change);
    expect([ratioChange.type, ratioChange.numFmt]).toEqual([ExcelJS.ValueType.Number, '+0.00;-0.00;0.00']);
    // Every figure of the two years that has a value is a number cell, never text that Excel flags (a ratio with no finite value is words).
    const notNumbers = [];
    for (let row = 3; row <= indicators.rowCount; row += 1)
      for (const col of [figure, column(indicators, 'Figure 2023'), change]) {
        const cell = indicators.getRow(row).getCell(col);
        const words = typeof cell.value === 'string' && cell.value.startsWith('No ');
        if (cell.value !== null && !words && cell.type !== ExcelJS.ValueType.Number) notNumbers.push([row, col, cell.value]);
      }
    expect(notNumbers).toEqual([]);
  });

  test('due dates are real dates shown dd/mm/yyyy, and a formula-like title stays inert text', async () => {
    const actions = sheet(await written(boardReportTables(snapshot, 2024, today)), 'Actions');
    const due = column(actions, 'Due date');
    // Status order: Off track before Completed.
    expectDate(actions.getRow(3).getCell(due), '2026-10-01');
    expectDate(actions.getRow(4).getCell(due), '2027-02-01');
    expect(actions.getRow(3).getCell(column(actions, 'Action')).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(actions.getRow(3).getCell(column(actions, 'Action')).formula).toBeUndefined();
    expect(actions.getColumn(due).width).toBe(12);
  });

  test('EDS scores are numbers', async () => {
    const eds = sheet(await written(boardReportTables(snapshot, 2024, today)), 'EDS');
    const score = eds.getRow(3).getCell(column(eds, 'Score'));
    expect([score.type, score.value]).toEqual([ExcelJS.ValueType.Number, 2]);
  });
});

describe('the publication pack workbook', () => {
  test('the WRES data keeps its counts as numbers; the action plan has its due dates as dates', async () => {
    const { wres, actionPlan } = publicationTables(snapshot, 2024);
    const workbook = await written(wres === undefined ? [actionPlan] : [wres, actionPlan]);
    expect(workbook.worksheets.map((each) => each.name)).toEqual(['WRES data 2024', 'Action plan']);
    // The published data has no title row: its header is row 1, frozen.
    const data = sheet(workbook, 'WRES data 2024');
    expect(data.getRow(1).getCell(1).value).toBe('Indicator');
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const totals = data.getColumn(6).values.filter((value) => typeof value === 'number');
    expect(totals.length).toBeGreaterThan(10);
    const plan = sheet(workbook, 'Action plan');
    expectTitledAndFrozen(plan, 'Action plan');
    expectDate(plan.getRow(3).getCell(column(plan, 'Due date')), '2026-10-01');
  });
});

describe('the actions export', () => {
  test('as a workbook, due and completion dates are dates and a missing completion date is an empty cell', async () => {
    const actions = sheet(await written([actionsTable(snapshot, today)]), 'Actions');
    expectTitledAndFrozen(actions, 'Actions at 26/11/2026');
    expectDate(actions.getRow(3).getCell(column(actions, 'Due date')), '2026-10-01');
    expect(actions.getRow(3).getCell(column(actions, 'Completed on')).value).toBeNull();
    expectDate(actions.getRow(4).getCell(column(actions, 'Completed on')), '2026-11-02');
    const updates = actions.getRow(3).getCell(column(actions, 'Progress updates'));
    expect(updates.type).toBe(ExcelJS.ValueType.Number);
  });

  test('as CSV it keeps its contract: a header row with no title, ISO dates, an empty cell for no completion date', () => {
    const rows = Papa.parse<string[]>(tableToCsv(actionsTable(snapshot, today)), { skipEmptyLines: true }).data;
    expect(rows[0]?.[0]).toBe('Id');
    expect(rows[1]?.slice(8, 10)).toEqual(['2026-10-01', '']);
    expect(rows[2]?.slice(8, 10)).toEqual(['2027-02-01', '2026-11-02']);
  });

  test('the action plan CSV writes its due dates dd/mm/yyyy, as before', () => {
    const rows = Papa.parse<string[]>(tableToCsv(publicationTables(snapshot, 2024).actionPlan), { skipEmptyLines: true }).data;
    expect(rows[0]?.[7]).toBe('Due date');
    expect(rows.slice(1).map((row) => row[7])).toEqual(['01/10/2026', '01/02/2027']);
  });
});
