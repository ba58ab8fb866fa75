import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { ReportsPage } from '../../../src/features/reports/reports-page';
import { readXlsxRows } from '../../../src/lib/files/xlsx-format';
import { action } from '../../domain/plan/build';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { blobBytes, blobText, captureDownloads, exampleYear } from './downloads';

const injected = action({ id: 'a-1', title: '=HYPERLINK("http://x","y")', status: 'Off track', dueDate: '2026-10-01', planYear: '2026/27' });
const onTrack = action({ id: 'a-2', title: 'Shortlisting panels with a BME member', status: 'On track', dueDate: '2027-02-01', planYear: '2026/27' });

function storage() {
  return memoryPlanStorage({
    wresYears: [exampleYear({ year: 2023 }), exampleYear()],
    actions: [injected, onTrack],
    settings: { organisationName: 'Demo NHS Trust', odsCode: 'RXX', suppressionThreshold: '5' },
  });
}

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => capture.restore());

const csvRows = async (blob: Blob) => Papa.parse<string[]>((await blobText(blob)).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('Reports', () => {
  test('offers the board report, the publication pack, the actions and the WRES files, for the newest year', async () => {
    await renderWithPlan(<ReportsPage />, { storage: storage(), path: '/' });
    expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    for (const name of ['Board report', 'Publication pack', 'Actions', 'WRES data files'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'WRES year' })).toHaveValue('2024');
    expect(screen.getByText(/Counts from 1 to 4 \(below the threshold of 5 in Settings\) show as \*\. Zeros are shown/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open the printable board report/ })).toHaveAttribute('href', '/board/2024');
    expect(screen.getByRole('link', { name: /Import WRES data/ })).toHaveAttribute('href', '/import');
  });

  test('the actions CSV holds every action, with a formula-like title made inert', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ReportsPage />, { storage: storage(), path: '/' });
    await user.click(screen.getByRole('button', { name: 'Actions (CSV)' }));
    await screen.findByText('actions-RXX-2026-11-26.csv is ready in your downloads.');
    const [download] = capture.downloads;
    expect(download?.fileName).toBe('actions-RXX-2026-11-26.csv');
    expect(download?.blob.type).toBe('text/csv;charset=utf-8');
    const rows = await csvRows(download?.blob as Blob);
    expect(rows.map((row) => row[1])).toEqual(['Title', 'Shortlisting panels with a BME member', `'=HYPERLINK("http://x","y")`]);
    expect(rows.flat().some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
  });

  test('the publication WRES CSV suppresses small numbers with the threshold from Settings, publishes zeros and says so under the table', async () => {
    const user = userEvent.setup();
    const plan = memoryPlanStorage({ wresYears: [exampleYear()], settings: { suppressionThreshold: '10' } });
    await renderWithPlan(<ReportsPage />, { storage: plan, path: '/' });
    expect(screen.getByText(/Counts from 1 to 9 \(below the threshold of 10 in Settings\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'WRES data (CSV)' }));
    await screen.findByText(/publication-wres-RXX-2024.csv is ready/);
    const rows = await csvRows(capture.downloads[0]?.blob as Blob);
    expect(rows[0]).toEqual(['Indicator', 'Measure', 'White', 'BME', 'Unknown', 'Total', 'Figure', 'Verdict']);
    // 2 BME members of 13: the difference from the workforce is published, so the board shows only its zero.
    expect(rows.find((row) => row[1] === 'Voting board members (BME % in Figure)')).toEqual([
      '9',
      'Voting board members (BME % in Figure)',
      '*',
      '*',
      '0',
      '*',
      '*',
      '',
    ]);
    expect(rows.find((row) => row[1] === 'Voting board BME % minus workforce BME % (percentage points)')?.slice(6)).toEqual([
      '-15.1',
      'Adverse (certainty not assessed)',
    ]);
    const counts = rows.slice(1).filter((row) => row[0] !== 'Note' && row[5] !== '');
    expect(counts.flatMap((row) => row.slice(2, 6)).filter((cell) => !(cell === '*' || cell === '0' || Number(cell) >= 10))).toEqual([]);
    // Band 9 is 6 White, 0 BME, 0 Unknown: the 6 is small at 10, the zeros are shown.
    expect(rows.find((row) => row[1] === 'Non-clinical: Band 9')?.slice(2, 6)).toEqual(['*', '0', '0', '*']);
    const notes = rows.filter((row) => row[0] === 'Note').map((row) => row[1]);
    expect(notes[0]).toBe('Method: small-number threshold of 10 (set in Settings). Counts from 1 to 9 are shown as *.');
    expect(notes).toContain('Zeros are published: 0 is not a small number, and only counts from 1 upwards are hidden.');
  });

  test("NHS Digital's rule from Settings: 1 to 7 hidden, other counts rounded to the nearest 5", async () => {
    const user = userEvent.setup();
    const plan = memoryPlanStorage({ wresYears: [exampleYear()], settings: { suppressionThreshold: '5', suppressionMethod: 'nhs-digital-2018' } });
    await renderWithPlan(<ReportsPage />, { storage: plan, path: '/' });
    expect(screen.getByText(/By NHS Digital's 2018 rule \(chosen in Settings\): counts from 1 to 7 show as \*/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'WRES data (CSV)' }));
    await screen.findByText(/publication-wres-RXX-2024.csv is ready/);
    const rows = await csvRows(capture.downloads[0]?.blob as Blob);
    expect(rows.find((row) => row[1] === 'All staff (BME % in Figure)')?.slice(2, 7)).toEqual(['4490', '2040', '175', '6705', '30.4']);
    const counts = rows.slice(1).filter((row) => row[0] !== 'Note' && row[5] !== '');
    expect(counts.flatMap((row) => row.slice(2, 6)).filter((cell) => !(cell === '*' || cell === '' || Number(cell) % 5 === 0))).toEqual([]);
    expect(rows.find((row) => row[0] === 'Note')?.[1]).toMatch(/^Method: NHS Digital's 2018 rule/);
  });

  test('the board workbook has sheets for indicators, actions and EDS', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ReportsPage />, { storage: storage(), path: '/' });
    await user.click(screen.getByRole('button', { name: 'Board report (XLSX)' }));
    await screen.findByText('board-report-RXX-2024.xlsx is ready in your downloads.', {}, { timeout: 10000 });
    const download = capture.downloads[0];
    expect(download?.blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readXlsxRows(await blobBytes(download?.blob as Blob));
    // A title row, then the header.
    expect(rows[0]?.cells).toEqual(['WRES indicators 2024, with the change since 2023']);
    expect(rows[1]?.cells).toEqual(['Indicator', 'Title', 'Measure', 'Figure 2024', 'Verdict', 'Certainty', 'Figure 2023', 'Change', 'Trend']);
    expect(rows[3]?.cells.slice(0, 5)).toEqual(['2', 'Appointment from shortlisting', 'relative likelihood', '1.58', 'Adverse']);
    // How certain the verdict is, in words, in the board's own workbook.
    expect(rows[3]?.cells[5]).toMatch(/^Clear: the whole of the 95% interval, 1\.\d\d–1\.\d\d, is above 1\.25$/);
  });

  test('the publication pack workbook has the suppressed WRES data and the action plan', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ReportsPage />, { storage: storage(), path: '/' });
    await user.click(screen.getByRole('button', { name: 'Publication pack (XLSX)' }));
    await screen.findByText('publication-pack-RXX-2024.xlsx is ready in your downloads.', {}, { timeout: 10000 });
    const excel = await import('exceljs');
    const workbook = new excel.Workbook();
    await workbook.xlsx.load(await blobBytes(capture.downloads[0]?.blob as Blob));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['WRES data 2024', 'Action plan']);
    const wres = workbook.getWorksheet('WRES data 2024');
    expect(wres?.getRow(1).values).toEqual([undefined, 'Indicator', 'Measure', 'White', 'BME', 'Unknown', 'Total', 'Figure', 'Verdict']);
    const lastRow = wres?.getRow(wres.rowCount);
    expect([lastRow?.getCell(1).value, String(lastRow?.getCell(2).value)]).toEqual([
      'Note',
      expect.stringMatching(/^The headline figures are always published/),
    ]);
    const plan = workbook.getWorksheet('Action plan');
    expect(plan?.getRow(1).getCell(1).value).toBe('Action plan');
    expect(plan?.getRow(4).getCell(1).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(plan?.getRow(4).getCell(1).formula).toBeUndefined();
  });

  test('choosing another year changes the files', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ReportsPage />, { storage: storage(), path: '/' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'WRES year' }), '2023');
    expect(screen.getByRole('link', { name: /Open the printable board report/ })).toHaveAttribute('href', '/board/2023');
    await user.click(screen.getByRole('button', { name: 'WRES data (CSV)' }));
    expect(await screen.findByText('publication-wres-RXX-2023.csv is ready in your downloads.')).toBeInTheDocument();
  });

  test('the printable board report of an earlier year has no earlier year to compare with', async () => {
    await renderWithPlan(<ReportsPage />, { storage: storage(), path: '/board/2023' });
    expect(screen.getByRole('table', { name: 'The nine WRES indicators, 2023' })).toBeInTheDocument();
    expect(screen.getByText(/WRES 2023, EDS and the action plan/)).toBeInTheDocument();
  });

  test('with no WRES year, the reports say so and still export the action plan', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ReportsPage />, { storage: memoryPlanStorage({ actions: [onTrack] }), path: '/' });
    expect(screen.getByText(/No WRES year is stored yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'WRES data (CSV)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'WRES year data (XLSX)' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Action plan (CSV)' }));
    await screen.findByText('publication-action-plan.csv is ready in your downloads.');
    const rows = await csvRows(capture.downloads[0]?.blob as Blob);
    expect(rows[1]?.[0]).toBe('Shortlisting panels with a BME member');
    expect(rows.flat()).not.toContain('Priya Shah');
  });

  test('the blank template downloads as CSV', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ReportsPage />, { storage: storage(), path: '/' });
    await user.click(screen.getByRole('button', { name: 'Blank template (CSV)' }));
    await screen.findByText('wres-template.csv is ready in your downloads.');
    const rows = await csvRows(capture.downloads[0]?.blob as Blob);
    expect(rows[0]).toEqual(['Item', 'Value', 'Field', 'Guidance']);
    expect(rows[1]?.slice(0, 3)).toEqual(['Schema version', '1', 'schemaVersion']);
  });
});

describe('the printable board report', () => {
  test('has the organisation, the summary, the nine indicators with units, verdicts and RAG, progress by indicator, EDS and what changed', async () => {
    await renderWithPlan(<ReportsPage />, { storage: storage(), path: '/board' });
    expect(screen.getByRole('heading', { level: 1, name: 'Board report' })).toBeInTheDocument();
    expect(screen.getByText('Demo NHS Trust')).toBeInTheDocument();
    // One overdue action (due 01/10/2026), and it is the one reported Off track.
    expect(screen.getByText(/1 action overdue, 1 at risk or off track; no agreed EDS review yet\.$/)).toBeInTheDocument();
    const indicators = screen.getByRole('table', { name: 'The nine WRES indicators, 2024, with the change since 2023' });
    expect(within(indicators).getAllByRole('row')).toHaveLength(10);
    expect(within(indicators).getAllByRole('row')[2]).toHaveTextContent(/Appointment from shortlisting.*1\.58.*no change.*Adverse.*Clear.*Red/);
    const progress = screen.getByRole('table', { name: /^Progress by indicator/ });
    expect(progress).toHaveTextContent('=HYPERLINK("http://x","y")');
    expect(progress).toHaveTextContent('01/10/2026 (overdue)');
    expect(screen.getByText('No agreed EDS review is recorded yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /What changed since/ })).toBeInTheDocument();
    expect([...document.querySelectorAll('style')].map((style) => style.textContent).join('')).toContain('@page');
  });

  test('the print button opens the browser print dialog', async () => {
    const user = userEvent.setup();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    await renderWithPlan(<ReportsPage />, { storage: memoryPlanStorage(), path: '/board' });
    expect(screen.getByText('No WRES year is stored yet.')).toBeInTheDocument();
    expect(screen.getByText('No action is linked to a WRES indicator yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    print.mockRestore();
  });
});
