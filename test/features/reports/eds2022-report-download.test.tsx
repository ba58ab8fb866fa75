import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { parseEdsReview, type EdsReview } from '../../../src/domain/eds';
import { ReportsPage } from '../../../src/features/reports/reports-page';
import { okValue } from '../../domain/support/validated';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { blobBytes, captureDownloads, exampleYear } from './downloads';

// The EDS 2022 report on the Reports page: made from the agreed review only, and put in the publication pack.
function review(change: { id: string; year: number; status: 'Agreed' | 'Draft' }): EdsReview {
  return okValue(
    parseEdsReview({
      framework: 'eds2022',
      reviewDate: `${change.year + 1}-02-10`,
      servicesReviewed: ['Maternity', 'Emergency department'],
      partners: { organisations: ['Healthwatch Demo'], people: [{ name: 'A. Partner', role: 'Staff-side lead', organisation: 'Unison' }] },
      characteristics: ['Race'],
      outcomes: [
        { outcomeId: '1A', score: 2, evidence: [{ title: 'Access audit', url: 'https://example.org/audit' }], agreedBy: ['A. Partner'] },
        { outcomeId: '2B', score: 1 },
      ],
      ...change,
    }),
  );
}

const agreed = review({ id: 'r-2024', year: 2024, status: 'Agreed' });
const draft = review({ id: 'r-2025', year: 2025, status: 'Draft' });

function storage(reviews: EdsReview[], edsFramework: 'eds2' | 'eds2022' = 'eds2022') {
  return memoryPlanStorage({
    wresYears: [exampleYear()],
    edsReviews: reviews,
    settings: { organisationName: 'Demo NHS Trust', odsCode: 'RXX', edsFramework },
  });
}

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => capture.restore());

async function workbookOf(blob: Blob | undefined): Promise<ExcelJS.Workbook> {
  if (blob === undefined) throw new Error('Nothing was downloaded');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blobBytes(blob));
  return workbook;
}

/** The value beside a label in the report's summary sheet, or the cell `column` places along. */
function summaryValue(workbook: ExcelJS.Workbook, label: string, column = 2): ExcelJS.CellValue {
  const sheet = workbook.getWorksheet('EDS 2022 report');
  let found: ExcelJS.CellValue = null;
  sheet?.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(column).value;
  });
  return found;
}

async function download(buttonName: string, fileName: string): Promise<ExcelJS.Workbook> {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: buttonName }));
  await screen.findByText(`${fileName} is ready in your downloads.`);
  const file = capture.downloads.find((each) => each.fileName === fileName);
  return workbookOf(file?.blob);
}

describe('the EDS 2022 report', () => {
  test('downloads the agreed review, not the newer draft: organisation, services, scores, partners and evidence', async () => {
    await renderWithPlan(<ReportsPage />, { storage: storage([agreed, draft]), path: '/' });
    expect(screen.getByRole('heading', { level: 2, name: 'EDS 2022 report' })).toBeInTheDocument();
    expect(screen.getByText(/The agreed EDS 2022 review of 2024/)).toBeInTheDocument();
    const workbook = await download('EDS 2022 report (XLSX)', 'eds2022-report-RXX-2024.xlsx');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['EDS 2022 report', 'EDS 2022 outcomes']);
    expect(summaryValue(workbook, 'Organisation')).toBe('Demo NHS Trust');
    // The year is a number Excel can sort and filter on.
    expect(summaryValue(workbook, 'Review year')).toBe(2024);
    expect(summaryValue(workbook, 'Status')).toBe('Agreed');
    // The completion date is a real date, so it sorts and shows as the reader's locale has it.
    expect(summaryValue(workbook, 'Date completed')).toEqual(new Date(Date.UTC(2025, 1, 10)));
    expect(summaryValue(workbook, 'Services reviewed (Domain 1)')).toBe('Maternity\nEmergency department');
    expect(summaryValue(workbook, 'Partner organisations')).toBe('Healthwatch Demo');
    expect(summaryValue(workbook, 'Partners')).toBe('A. Partner, Staff-side lead, Unison');
    // Hand-checked: 1A scored 2 of Domain 1's 12; 2B scored 1 of Domain 2's 12; 3 of 33 in all.
    // Scores are numbers, each beside its maximum, so Excel can add and compare them.
    expect(summaryValue(workbook, 'Domain 1: Commissioned or provided services')).toBe(2);
    expect(summaryValue(workbook, 'Domain 1: Commissioned or provided services', 3)).toBe(12);
    expect(summaryValue(workbook, 'Domain 2: Workforce health and well-being')).toBe(1);
    expect(summaryValue(workbook, 'Overall score')).toBe(3);
    expect(summaryValue(workbook, 'Overall score', 3)).toBe(33);
    const outcomes = workbook.getWorksheet('EDS 2022 outcomes');
    const outcome1A = outcomes?.getRow(2).values as unknown[];
    expect(outcome1A.slice(2)).toEqual(['1A', expect.any(String), 2, 'Achieving activity', 'Access audit (https://example.org/audit)', 'A. Partner']);
    expect(outcomes?.getRow(3).getCell(4).value).toBeNull();
    expect(outcomes?.getRow(3).getCell(5).value).toBe('Not scored');
  });

  test('with only a draft, the button waits and the page says why', async () => {
    await renderWithPlan(<ReportsPage />, { storage: storage([draft]), path: '/' });
    expect(screen.getByRole('button', { name: 'EDS 2022 report (XLSX)' })).toBeDisabled();
    expect(screen.getByText(/No EDS 2022 review is agreed yet, so there is no report to download/)).toBeInTheDocument();
  });

  test('a plan following EDS2 is not offered the EDS 2022 report', async () => {
    await renderWithPlan(<ReportsPage />, { storage: storage([agreed], 'eds2'), path: '/' });
    expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'EDS 2022 report (XLSX)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'EDS 2022 report' })).not.toBeInTheDocument();
  });
});

describe('the publication pack', () => {
  test('holds the EDS 2022 report sheets when a review is agreed', async () => {
    await renderWithPlan(<ReportsPage />, { storage: storage([agreed, draft]), path: '/' });
    const workbook = await download('Publication pack (XLSX)', 'publication-pack-RXX-2024.xlsx');
    expect(workbook.worksheets.map((sheet) => sheet.name).slice(1)).toEqual(['Action plan', 'EDS 2022 report', 'EDS 2022 outcomes']);
    expect(summaryValue(workbook, 'Review year')).toBe(2024);
  });

  test('holds no EDS sheets while only a draft exists', async () => {
    await renderWithPlan(<ReportsPage />, { storage: storage([draft]), path: '/' });
    const workbook = await download('Publication pack (XLSX)', 'publication-pack-RXX-2024.xlsx');
    expect(workbook.worksheets.map((sheet) => sheet.name).slice(1)).toEqual(['Action plan']);
  });
});
