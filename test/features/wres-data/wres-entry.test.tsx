import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardSection } from '../../../src/app/dashboard-section';
import { whyFiguresNotSaved } from '../../../src/features/wres-data/stored-years';
import { checkForm } from '../../../src/features/wres-data/wres-form-check';
import { valuesOf } from '../../../src/features/wres-data/wres-form-values';
import { ForbiddenError, OfflineError, ThrottledError, type PlanStorage } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { twoYears } from '../dashboard/fixtures';

function storage() {
  return memoryPlanStorage({ wresYears: twoYears(), settings: { organisationName: 'Demo NHS Trust', odsCode: 'RXX' } });
}

/** The input box of a field inside a named group, e.g. White under "Appointed" in indicator 2. */
function box(section: string, group: string, label: string): HTMLElement {
  const region = screen.getByRole('region', { name: section });
  return within(within(region).getByRole('group', { name: group })).getByRole('spinbutton', { name: label });
}

describe('the form, worked out', () => {
  test('a stored year round-trips through the form unchanged', () => {
    const [, y2024] = twoYears();
    if (y2024 === undefined) throw new Error('no 2024');
    expect(checkForm(valuesOf(y2024)).input).toEqual(y2024);
  });

  test('messages land on the fields they name, in words', () => {
    const [, y2024] = twoYears();
    if (y2024 === undefined) throw new Error('no 2024');
    const check = checkForm({ ...valuesOf(y2024), 'indicator2.appointed.bme': '1500', 'indicator1.clinical.Band 5.white': '-3', 'indicator5.bme': '101' });
    expect(check.byField).toEqual({
      'indicator1.clinical.Band 5.white': ['Clinical Band 5, White must be at least 0 (got -3)'],
      'indicator2.appointed.bme': ['Indicator 2, appointed, BME (1500) is more than Indicator 2, shortlisted, BME (1420)'],
      'indicator5.bme': ['Indicator 5, BME % must be at most 100 (got 101)'],
    });
    expect(check.withProblems).toEqual(['1', '2', '5']);
    // The other indicators are still worked out.
    expect(Object.keys(check.preview?.indicators ?? {})).toEqual(['3', '4', '6', '7', '8', '9']);
  });

  test('an indicator left blank is not given; one begun needs all its counts', () => {
    const base = { 'organisation.name': 'Demo NHS Trust', 'organisation.odsCode': 'RXX', year: '2025' };
    expect(checkForm(base).input).toMatchObject({ year: 2025 });
    expect(checkForm({ ...base, 'indicator4.headcount.white': '100' }).byField['indicator4.accessed.bme']).toEqual([
      'Indicator 4, accessed training or CPD, BME is required',
    ]);
  });

  test('a failed save is explained by its cause, in the shared words', () => {
    expect(whyFiguresNotSaved(new ForbiddenError('Read access only.'))).toBe("You do not have permission to change the plan's figures. Read access only.");
    expect(whyFiguresNotSaved(new ThrottledError('busy', 30))).toBe('Microsoft 365 is busy. Try again in 30 seconds.');
    expect(whyFiguresNotSaved(new OfflineError('fetch failed'))).toBe('The plan could not be reached. Check your connection and try again.');
  });
});

describe('the data entry page', () => {
  test('correcting a year starts from its stored figures and shows the results beside the form', async () => {
    await renderWithPlan(<DashboardSection />, { storage: storage(), path: '/wres/2024' });
    expect(screen.getByRole('heading', { level: 1, name: 'Correct the 2024 WRES figures' })).toBeInTheDocument();
    expect(box('Indicator 2: Appointment from shortlisting', 'Appointed', 'BME')).toHaveValue(196);
    const results = screen.getByRole('complementary', { name: 'Results' });
    expect(within(results).getByText('1.58 (relative likelihood)')).toBeInTheDocument();
  });

  test('validation runs as the user types, with the message on the field, and the results follow', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<DashboardSection />, { storage: storage(), path: '/wres/2024' });
    const appointed = box('Indicator 2: Appointment from shortlisting', 'Appointed', 'BME');
    await user.clear(appointed);
    await user.type(appointed, '1500');
    expect(appointed).toHaveAccessibleDescription('Indicator 2, appointed, BME (1500) is more than Indicator 2, shortlisted, BME (1420)');
    expect(appointed).toHaveAttribute('aria-invalid', 'true');
    const results = screen.getByRole('complementary', { name: 'Results' });
    expect(within(results).getByText('Fix the figures to see the result')).toBeInTheDocument();
    await user.clear(appointed);
    await user.type(appointed, '284');
    expect(appointed).not.toHaveAttribute('aria-invalid', 'true');
    // (412 / 1890) ÷ (284 / 1420) = 1.09.
    const two = within(results).getByText('Indicator 2: Appointment from shortlisting').closest('li');
    expect(two).toHaveTextContent('1.09 (relative likelihood)');
    expect(two).toHaveTextContent('Non-adverse');
  });

  test('save stores the corrected year, and the dashboard shows it', async () => {
    const user = userEvent.setup();
    const memory = storage();
    await renderWithPlan(<DashboardSection />, { storage: memory, path: '/wres/2024' });
    const appointed = box('Indicator 2: Appointment from shortlisting', 'Appointed', 'BME');
    await user.clear(appointed);
    await user.type(appointed, '284');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/The 2024 figures are stored/)).toBeInTheDocument();
    expect(memory.snapshotNow().wresYears.find((y) => y.value.year === 2024)?.value.indicator2?.appointed.bme).toBe(284);
    await user.click(screen.getByRole('link', { name: 'Open the dashboard' }));
    const card = screen.getByRole('article', { name: /^Indicator 2:/ });
    expect(within(card).getByText('1.09')).toBeInTheDocument();
  });

  test('Save with something to fix saves nothing and lists every problem', async () => {
    const user = userEvent.setup();
    const memory = storage();
    await renderWithPlan(<DashboardSection />, { storage: memory, path: '/wres/new' });
    expect(screen.getByRole('spinbutton', { name: 'Reporting year' })).toHaveValue(2025);
    await user.type(box('Indicator 4: Access to non-mandatory training and CPD', 'Headcount', 'White'), '100');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('3 problems to fix')).toBeInTheDocument();
    expect(box('Indicator 4: Access to non-mandatory training and CPD', 'Accessed training or CPD', 'BME')).toHaveAccessibleDescription(
      'Indicator 4, accessed training or CPD, BME is required',
    );
    expect(memory.snapshotNow().wresYears).toHaveLength(2);
  });

  test('a conflict says someone else changed the year, and lets the user load theirs or overwrite knowingly', async () => {
    const user = userEvent.setup();
    const memory = storage();
    await renderWithPlan(<DashboardSection />, { storage: memory, path: '/wres/2024' });
    // Someone else saves 2024 after the form was opened.
    const [, y2024] = twoYears();
    if (y2024 === undefined || y2024.indicator2 === undefined) throw new Error('no 2024');
    const stale = memory.snapshotNow().wresYears.find((y) => y.value.year === 2024)?.eTag;
    await memory.wres.saveYear({ ...y2024, indicator2: { ...y2024.indicator2, appointed: { ...y2024.indicator2.appointed, bme: 200 } } }, stale);

    const appointed = box('Indicator 2: Appointment from shortlisting', 'Appointed', 'BME');
    await user.clear(appointed);
    await user.type(appointed, '284');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone else changed these figures')).toBeInTheDocument();
    expect(screen.getByText('Indicator 2, appointed, BME: theirs 200, yours 284')).toBeInTheDocument();
    // Nothing was overwritten silently, and what the user typed is kept.
    expect(memory.snapshotNow().wresYears.find((y) => y.value.year === 2024)?.value.indicator2?.appointed.bme).toBe(200);
    expect(appointed).toHaveValue(284);

    await user.click(screen.getByRole('button', { name: 'Load their figures' }));
    expect(appointed).toHaveValue(200);
    await user.clear(appointed);
    await user.type(appointed, '290');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/The 2024 figures are stored/)).toBeInTheDocument();
    expect(memory.snapshotNow().wresYears.find((y) => y.value.year === 2024)?.value.indicator2?.appointed.bme).toBe(290);
  });

  test('overwriting with mine after a conflict saves over theirs', async () => {
    const user = userEvent.setup();
    const memory = storage();
    await renderWithPlan(<DashboardSection />, { storage: memory, path: '/wres/new' });
    // A new year that turns out to be stored already.
    const year = screen.getByRole('spinbutton', { name: 'Reporting year' });
    await user.clear(year);
    await user.type(year, '2024');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone else changed these figures')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Overwrite with mine' }));
    expect(await screen.findByText(/The 2024 figures are stored/)).toBeInTheDocument();
    expect(memory.snapshotNow().wresYears.find((y) => y.value.year === 2024)?.value.indicator2).toBeUndefined();
  });

  test('a failed save keeps what was typed and says why', async () => {
    const user = userEvent.setup();
    const memory = storage();
    const failing: PlanStorage = { ...memory, wres: { saveYear: () => Promise.reject(new ThrottledError('busy', 20)) } };
    await renderWithPlan(<DashboardSection />, { storage: failing, path: '/wres/2024' });
    const appointed = box('Indicator 2: Appointment from shortlisting', 'Appointed', 'BME');
    await user.clear(appointed);
    await user.type(appointed, '284');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Microsoft 365 is busy. Try again in 20 seconds. Your figures are still here.')).toBeInTheDocument();
    expect(screen.getByText('Not saved')).toBeInTheDocument();
    expect(appointed).toHaveValue(284);
  });

  test('someone who may only read sees the figures with no Save button', async () => {
    await renderWithPlan(<DashboardSection />, { storage: storage(), path: '/wres/2024', canEdit: false });
    expect(screen.getByText('You can read these figures but not change them.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(box('Indicator 2: Appointment from shortlisting', 'Appointed', 'BME')).toHaveAttribute('readonly');
    await waitFor(() => expect(screen.queryByRole('link', { name: /Correct the/ })).not.toBeInTheDocument());
  });
});
