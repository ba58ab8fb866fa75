import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StaffImportPage } from '../../../src/features/wres-data/staff-import-page';
import { pageRunner } from '../../../src/features/wres-data/staff-runner';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { exampleYear } from '../reports/downloads';

const csv = (name: string, lines: readonly string[]) => new File([`${lines.join('\r\n')}\r\n`], name, { type: 'text/csv' });

const STAFF = csv('esr.csv', [
  'Staff in Post report,,,',
  'Employee Number,Ethnic Origin,Staff Group,Pay Band',
  '0001,A White - British,Administrative and Clerical,Band 4',
  '0002,A White - British,Nursing and Midwifery Registered,Band 5',
  '0003,H Asian or Asian British - Indian,Nursing and Midwifery Registered,Band 5',
  '0004,N Black or Black British - African,Medical and Dental,Consultant',
  '0005,Z Not Stated,Estates and Ancillary,Band 2',
  ',,,',
]);

const ours = () => csv('ours.csv', ['Ref,Our Ethnicity,Our Group,Our Grade', '1,A,Administrative and Clerical,Band 3']);
const counts = () => screen.getByRole('table', { name: 'Counts from the staff files' });
const row = (name: string) => within(counts()).getByRole('row', { name: new RegExp(`^${name}`) });

beforeEach(() => window.localStorage.clear());

describe('Import staff records (without Web Workers, on the page itself)', () => {
  test('detects the ESR columns, counts the staff and stores only the counts, keeping the stored survey figures', async () => {
    const user = userEvent.setup();
    const storage = memoryPlanStorage({ wresYears: [exampleYear()] });
    const eTag = storage.snapshotNow().wresYears[0]?.eTag;
    const save = jest.spyOn(storage.wres, 'saveYear');
    await renderWithPlan(<StaffImportPage runner={pageRunner} />, { storage });
    expect(screen.getByRole('heading', { level: 1, name: 'Import staff records' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Count staff' })).toBeDisabled();

    await user.upload(screen.getByLabelText('Staff in post (ESR extract)'), STAFF);
    expect(await screen.findByRole('combobox', { name: 'Staff in post: Ethnic category' })).toHaveValue('Ethnic Origin');
    expect(screen.getByRole('combobox', { name: 'Staff in post: Pay band or grade' })).toHaveValue('Pay Band');
    expect(screen.getByRole('combobox', { name: 'Staff in post: Clinical or non-clinical' })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Count staff' }));
    await screen.findByRole('heading', { name: 'Check the counts' });
    expect(
      within(row('Staff in post'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '2', '1', '5']);
    expect(screen.getByText('esr.csv: 1 row with every chosen column blank was skipped.')).toBeInTheDocument();
    expect(
      screen.getByText(/Saving replaces indicator 1 of the 2024 figures already stored.*Indicators 2, 3, 4, 5, 6, 7, 8, 9 stay as they are/),
    ).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Save the 2024 counts' }));
    expect(await screen.findByText(/Saved the 2024 WRES counts for Demo NHS Trust/)).toBeInTheDocument();
    const stored = storage.snapshotNow().wresYears[0]?.value;
    expect(save).toHaveBeenCalledWith(stored, eTag);
    expect(stored?.indicator1?.rows).toEqual([
      { staffGroup: 'non-clinical', band: 'Band 2', white: 0, bme: 0, unknown: 1 },
      { staffGroup: 'non-clinical', band: 'Band 4', white: 1, bme: 0, unknown: 0 },
      { staffGroup: 'clinical', band: 'Band 5', white: 1, bme: 1, unknown: 0 },
      { staffGroup: 'medical-dental', band: 'Consultant', white: 0, bme: 1, unknown: 0 },
    ]);
    expect(stored?.indicator5).toEqual(exampleYear().indicator5);
    expect(stored?.indicator3).toEqual(exampleYear().indicator3);
    expect(JSON.stringify(stored)).not.toMatch(/000\d|Employee|British/);
  });

  test('a mapping chosen by hand is remembered for the next file with the same columns', async () => {
    const user = userEvent.setup();
    const first = await renderWithPlan(<StaffImportPage runner={pageRunner} />);
    await user.upload(screen.getByLabelText('Staff in post (ESR extract)'), ours());
    const ethnic = await screen.findByRole('combobox', { name: 'Staff in post: Ethnic category' });
    expect(ethnic).toHaveValue('');
    expect(screen.getByText(/Choose the column that holds "Ethnic category"/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Count staff' })).toBeDisabled();
    await user.selectOptions(ethnic, 'Our Ethnicity');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Staff in post: Staff group' }), 'Our Group');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Staff in post: Pay band or grade' }), 'Our Grade');
    await user.click(screen.getByRole('button', { name: 'Count staff' }));
    await screen.findByRole('heading', { name: 'Check the counts' });
    first.unmount();

    await renderWithPlan(<StaffImportPage runner={pageRunner} />);
    await user.upload(screen.getByLabelText('Staff in post (ESR extract)'), ours());
    expect(await screen.findByRole('combobox', { name: 'Staff in post: Ethnic category' })).toHaveValue('Our Ethnicity');
    expect(screen.getByRole('combobox', { name: 'Staff in post: Pay band or grade' })).toHaveValue('Our Grade');
    expect(screen.getByRole('button', { name: 'Count staff' })).toBeEnabled();
  });

  test('the ethnic mapping can be changed, and descriptions instead of codes are pointed out', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<StaffImportPage runner={pageRunner} />);
    await user.upload(
      screen.getByLabelText('Staff in post (ESR extract)'),
      csv('descriptions.csv', ['Ethnicity,Staff Group,Band', 'White British,Administrative and Clerical,Band 3', 'Z,Administrative and Clerical,Band 3']),
    );
    await screen.findByRole('combobox', { name: 'Staff in post: Ethnic category' });
    await user.click(screen.getByRole('button', { name: /Ethnic categories/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Code letter Z is counted as' }), 'bme');
    expect(screen.getByRole('button', { name: 'Ethnic categories (changed: Z)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Count staff' }));
    await screen.findByRole('heading', { name: 'Check the counts' });
    expect(
      within(row('Staff in post'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '1', '1', '2']);
    expect(
      screen.getByText(/descriptions.csv: 1 row has an ethnic code starting "W", which is not an ethnic category letter, so they are counted as Unknown/),
    ).toBeInTheDocument();
  });

  test('optional files add their indicators; counts that break the WRES rules cannot be saved', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<StaffImportPage runner={pageRunner} />, { storage: memoryPlanStorage() });
    await user.upload(
      screen.getByLabelText('Staff in post (ESR extract)'),
      csv('staff.csv', ['Ethnic Origin,Staff Group,Pay Band', 'A,Administrative and Clerical,Band 3']),
    );
    await screen.findByRole('combobox', { name: 'Staff in post: Ethnic category' });
    await user.upload(screen.getByLabelText('Disciplinary (optional)'), csv('cases.csv', ['Ethnic Origin', 'A', 'A']));
    await screen.findByRole('combobox', { name: 'Disciplinary: Ethnic category' });
    await user.click(screen.getByRole('button', { name: 'Count staff' }));
    await screen.findByRole('heading', { name: 'Check the counts' });
    expect(
      within(row('Entered a formal disciplinary process'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '0', '0', '2']);
    expect(screen.getByText('These counts cannot be saved yet.')).toBeInTheDocument();
    expect(screen.getByText(/indicator3\.entered\.white \(2\) is more than indicator3\.headcount\.white \(1\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save the 2026 counts' })).toBeDisabled();
  });

  test("a file saved by Excel with a byte-order mark is read by its first column's name", async () => {
    const user = userEvent.setup();
    await renderWithPlan(<StaffImportPage runner={pageRunner} />);
    await user.upload(
      screen.getByLabelText('Staff in post (ESR extract)'),
      csv('excel.csv', ['\uFEFFEthnic Origin,Staff Group,Pay Band', 'D,Administrative and Clerical,Band 3']),
    );
    expect(await screen.findByRole('combobox', { name: 'Staff in post: Ethnic category' })).toHaveValue('Ethnic Origin');
    await user.click(screen.getByRole('button', { name: 'Count staff' }));
    await screen.findByRole('heading', { name: 'Check the counts' });
    expect(
      within(row('Staff in post'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '1', '0', '1']);
  });

  test('a viewer can count but not save', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<StaffImportPage runner={pageRunner} />, { canEdit: false });
    await user.upload(screen.getByLabelText('Staff in post (ESR extract)'), STAFF);
    await screen.findByRole('combobox', { name: 'Staff in post: Ethnic category' });
    await user.click(screen.getByRole('button', { name: 'Count staff' }));
    await screen.findByRole('heading', { name: 'Check the counts' });
    expect(screen.getByText('You have read-only access to this plan, so you cannot save these counts.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();
  });

  test('an empty file is named in the message and cannot be counted', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<StaffImportPage runner={pageRunner} />);
    await user.upload(screen.getByLabelText('Staff in post (ESR extract)'), new File([''], 'nothing.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent('nothing.csv could not be read: nothing.csv is empty.');
    expect(screen.getByRole('button', { name: 'Count staff' })).toBeDisabled();
  });
});
