import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { ImportWresPage } from '../../../src/features/wres-data/import-wres-page';
import { yearToCsvText, yearToXlsxBytes } from '../../../src/lib/files/wres-year-file';
import { ConflictError, type PlanStorage } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { blobText, captureDownloads, exampleYear } from '../reports/downloads';

const fixture = (name: string) => new File([new Uint8Array(readFileSync(`test/fixtures/imports/${name}`))], name);
const chooser = () => screen.getByLabelText(/WRES data file/);

describe('Import WRES data', () => {
  test('a good CSV is previewed and stored only when the person confirms', async () => {
    const user = userEvent.setup();
    const storage = memoryPlanStorage();
    const save = jest.spyOn(storage.wres, 'saveYear');
    await renderWithPlan(<ImportWresPage />, { storage });
    expect(screen.getByRole('heading', { level: 1, name: 'Import WRES data' })).toBeInTheDocument();
    await user.upload(chooser(), new File([yearToCsvText(exampleYear())], 'wres-RXX-2024.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/wres-RXX-2024.csv holds the 2024 WRES counts for Demo NHS Trust \(RXX\)/)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'What will be stored for 2024' })).getAllByRole('row')[2]).toHaveTextContent(/1\.58.*Adverse/);
    expect(save).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save 2024' }));
    expect(await screen.findByText('Saved the 2024 WRES figures for Demo NHS Trust.')).toBeInTheDocument();
    expect(save).toHaveBeenCalledWith(exampleYear(), undefined);
    expect(storage.snapshotNow().wresYears.map((year) => year.value)).toEqual([exampleYear()]);
  });

  test('an XLSX year replaces the stored year with the eTag it was read at', async () => {
    const user = userEvent.setup();
    const storage = memoryPlanStorage({ wresYears: [exampleYear({ indicator5: undefined })] });
    const eTag = storage.snapshotNow().wresYears[0]?.eTag;
    const save = jest.spyOn(storage.wres, 'saveYear');
    await renderWithPlan(<ImportWresPage />, { storage });
    await user.upload(chooser(), new File([await yearToXlsxBytes(exampleYear())], 'wres.xlsx'));
    expect(await screen.findByText(/Saving replaces the 2024 figures already stored, last changed by Test/, {}, { timeout: 10000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save 2024' }));
    await screen.findByText('Saved the 2024 WRES figures for Demo NHS Trust.');
    expect(save).toHaveBeenCalledWith(exampleYear(), eTag);
  });

  test('a conflict says someone changed the year and stores nothing', async () => {
    const user = userEvent.setup();
    const storage: PlanStorage = memoryPlanStorage();
    jest.spyOn(storage.wres, 'saveYear').mockRejectedValue(new ConflictError(undefined));
    await renderWithPlan(<ImportWresPage />, { storage });
    await user.upload(chooser(), new File([yearToCsvText(exampleYear())], 'y.csv'));
    await user.click(await screen.findByRole('button', { name: 'Save 2024' }));
    expect(await screen.findByText(/Someone changed the stored 2024 figures while you were importing, so nothing was saved/)).toBeInTheDocument();
  });

  test.each([
    ['wrong-columns.csv', 'Row 1', 'Row 1 has the columns "Band", "White", "BME", "Unknown"'],
    ['text-in-number.csv', 'Row 6, column B', 'Indicator 2, Shortlisted, White: must be a number (got "lots")'],
    ['negative-count.csv', 'Row 7, column B', 'Indicator 4, Headcount, BME: must be at least 0 (got -3)'],
    ['appointed-over-shortlisted.csv', 'Row 9, column B', 'Indicator 2, Appointed, BME: 45 is more than Indicator 2, Shortlisted, BME (40)'],
    ['duplicate-rows.csv', 'Row 8, column A', 'Indicator 9, Voting board members, White: row 8 is given more than once (row 6)'],
    ['empty.csv', '–', 'empty.csv is empty.'],
  ])('%s is refused with the problem in words at %s, and nothing is stored', async (name, row, message) => {
    const user = userEvent.setup();
    const storage = memoryPlanStorage();
    const save = jest.spyOn(storage.wres, 'saveYear');
    await renderWithPlan(<ImportWresPage />, { storage });
    await user.upload(chooser(), fixture(name));
    expect(await screen.findByText(`${name} was not imported.`)).toBeInTheDocument();
    const problems = within(screen.getByRole('table', { name: `Problems in ${name}` })).getAllByRole('row');
    expect(problems[1]?.querySelectorAll('td')[0]).toHaveTextContent(row);
    expect(problems[1]).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  test("a problem's field path is only a technical detail after the words", async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ImportWresPage />);
    await user.upload(chooser(), fixture('text-in-number.csv'));
    const table = await screen.findByRole('table', { name: 'Problems in text-in-number.csv' });
    const [, first] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent(
      /^Row 6, column BIndicator 2, Shortlisted, White: must be a number \(got "lots"\)Technical detail: field indicator2\.shortlisted\.white$/,
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Where', 'Problem']);
  });

  test('a file over 50 MB is refused before it is read', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ImportWresPage />);
    const big = new File(['x'], 'esr.csv');
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    const read = jest.spyOn(FileReader.prototype, 'readAsArrayBuffer');
    await user.upload(chooser(), big);
    expect(await screen.findByText(/esr.csv is 60.0 MB; the largest file this page reads is 50 MB/)).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });

  test('a Windows-1252 file is read as such and the page says so', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ImportWresPage />);
    await user.upload(chooser(), fixture('windows-1252.csv'));
    expect(await screen.findByText(/windows-1252.csv is not UTF-8, so it was read as Windows-1252/)).toBeInTheDocument();
    expect(screen.getByText(/for Hôpital Demo NHS Trust/)).toBeInTheDocument();
  });

  test('a reader sees the preview without a save button', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ImportWresPage />, { canEdit: false });
    await user.upload(chooser(), new File([yearToCsvText(exampleYear())], 'y.csv'));
    expect(await screen.findByText(/You have read-only access to this plan/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save 2024' })).not.toBeInTheDocument();
  });

  test('cancel clears the preview', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<ImportWresPage />);
    await user.upload(chooser(), new File([yearToCsvText(exampleYear())], 'y.csv'));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/y.csv holds the 2024 WRES counts/)).not.toBeInTheDocument();
  });
});

describe('Staff Survey results', () => {
  const full = exampleYear();
  const { indicator5, indicator6, indicator7, indicator8, ...withoutSurvey } = full;
  const surveyCsv = yearToCsvText({
    ...full,
    indicator1: undefined,
    indicator2: undefined,
    indicator3: undefined,
    indicator4: undefined,
    indicator9: undefined,
  });

  test('a survey-only file adds indicators 5–8 to the stored year and keeps the rest', async () => {
    const user = userEvent.setup();
    const storage = memoryPlanStorage({ wresYears: [withoutSurvey] });
    const save = jest.spyOn(storage.wres, 'saveYear');
    await renderWithPlan(<ImportWresPage />, { storage });
    expect(screen.getByRole('heading', { level: 2, name: 'Staff Survey results (indicators 5–8)' })).toBeInTheDocument();
    await user.upload(chooser(), new File([surveyCsv], 'survey.csv'));
    const choice = await screen.findByRole('radiogroup', { name: 'The stored 2024 figures also give indicators 1, 2, 3, 4, 9, which the file leaves out' });
    expect(within(choice).getByRole('radio', { name: /Keep the stored indicators 1, 2, 3, 4, 9/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save 2024' }));
    await screen.findByText('Saved the 2024 WRES figures for Demo NHS Trust.');
    expect(save.mock.calls[0]?.[0]).toEqual(full);
    expect([indicator5, indicator6, indicator7, indicator8]).not.toContain(undefined);
  });

  test('or replaces the whole year when the person chooses to', async () => {
    const user = userEvent.setup();
    const storage = memoryPlanStorage({ wresYears: [withoutSurvey] });
    const save = jest.spyOn(storage.wres, 'saveYear');
    await renderWithPlan(<ImportWresPage />, { storage });
    await user.upload(chooser(), new File([surveyCsv], 'survey.csv'));
    await user.click(await screen.findByRole('radio', { name: /Replace the whole year with the file/ }));
    await user.click(screen.getByRole('button', { name: 'Save 2024' }));
    await screen.findByText('Saved the 2024 WRES figures for Demo NHS Trust.');
    expect(indicatorsOf(save.mock.calls[0]?.[0])).toEqual(['indicator5', 'indicator6', 'indicator7', 'indicator8']);
  });
});

test('the Staff Survey template downloads set for the newest stored year', async () => {
  const user = userEvent.setup();
  const capture = captureDownloads();
  try {
    await renderWithPlan(<ImportWresPage />, { storage: memoryPlanStorage({ wresYears: [exampleYear({ year: 2023 }), exampleYear()] }) });
    await user.click(screen.getByRole('button', { name: 'Staff Survey template (CSV)' }));
    expect(capture.downloads[0]?.fileName).toBe('staff-survey-RXX-2024.csv');
    expect(await blobText(capture.downloads[0]?.blob as Blob)).toContain('year,2024,');
  } finally {
    capture.restore();
  }
});

function indicatorsOf(input: object | undefined): string[] {
  return Object.entries(input ?? {})
    .filter(([key, value]) => key.startsWith('indicator') && value !== undefined)
    .map(([key]) => key);
}
