import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardSection } from '../../../src/app/dashboard-section';
import { indicatorDetail } from '../../../src/features/dashboard/indicator-detail-model';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { someActions, twoYears } from './fixtures';

describe('the detail of an indicator, worked out', () => {
  test('indicator 2: the numbers by group and the calculation in words', () => {
    const model = indicatorDetail(twoYears(), '2', 2024);
    // 412 / 1890 = 21.80%; 196 / 1420 = 13.80%; 21.80 ÷ 13.80 → 1.58.
    expect(model?.calculation).toBe('White applicants: 21.80% appointed; BME applicants: 13.80% appointed → 1.58');
    expect(model?.statement).toBe('White applicants are 1.58 times as likely as BME applicants to be appointed from shortlisting.');
    expect(model?.tables[0]?.rows.map((row) => row.cells)).toEqual([
      ['White applicants', '1,890', '412', '21.80%'],
      ['BME applicants', '1,420', '196', '13.80%'],
      ['Ethnicity unknown (left out of the ratio)', '64', '9', '1.9% of all'],
    ]);
    expect(model?.trend.map((point) => [point.year, point.text, point.verdict])).toEqual([
      [2023, '2.06', 'Adverse, clear'],
      [2024, '1.58', 'Adverse, clear'],
    ]);
  });

  test('indicator 3 puts BME first, as its ratio does', () => {
    expect(indicatorDetail(twoYears(), '3', 2024)?.calculation).toMatch(
      /^BME staff: 0\.29% entered the formal disciplinary process; White staff: 0\.62% entered/,
    );
  });

  test('indicators 5 and 9 read as gaps in percentage points', () => {
    expect(indicatorDetail(twoYears(), '5', 2024)?.calculation).toBe('BME staff: 29.8%; White staff: 27.1% → +2.7 pp');
    expect(indicatorDetail(twoYears(), '9', 2024)?.calculation).toMatch(/^Voting board members: 15\.4% BME; whole workforce: 30\.4% BME → \u221215\.1 pp$/);
  });

  test('indicator 1 has a table per staff group by band, and the BME share of each AfC band for the chart', () => {
    const model = indicatorDetail(twoYears(), '1', 2024);
    expect(model?.tables.map((table) => table.caption)).toEqual([
      'Indicator 1: BME share by staff group, 2024',
      'Non-clinical staff by band, 2024',
      'Clinical staff by band, 2024',
      'Medical and dental staff by grade, 2024',
    ]);
    expect(model?.bands[0]).toEqual({ band: 'Band 2', nonClinical: 24.1, clinical: 33.9 });
    expect(model?.bands.at(-1)).toEqual({ band: 'VSM', nonClinical: 10, clinical: null });
  });
});

function storage() {
  return memoryPlanStorage({ wresYears: twoYears(), actions: someActions() });
}

describe('the indicator detail page', () => {
  test('opens from its card and shows the table with a caption, the words, England and the trend', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<DashboardSection />, { storage: storage() });
    await user.click(screen.getByRole('link', { name: 'Indicator 2 in detail' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Indicator 2: Appointment from shortlisting' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Indicator 2 by ethnic group, 2024' });
    expect(within(table).getByRole('rowheader', { name: 'BME applicants' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '13.80%' })).toBeInTheDocument();
    expect(screen.getByText('White applicants: 21.80% appointed; BME applicants: 13.80% appointed → 1.58')).toBeInTheDocument();
    expect(screen.getByText(/^England: no national figure for 2024 yet; latest 1\.59/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /^Indicator 2 by year/ })).toHaveTextContent('2023');
    expect(screen.getByRole('link', { name: '4 linked actions for indicator 2' })).toBeInTheDocument();
  });

  test('keeps the year chosen on the dashboard', async () => {
    const user = userEvent.setup();
    await renderWithPlan(<DashboardSection />, { storage: storage() });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reporting year' }), '2023');
    await user.click(screen.getByRole('link', { name: 'Indicator 5 in detail' }));
    expect(screen.getByRole('combobox', { name: 'Reporting year' })).toHaveValue('2023');
    expect(screen.getByText('BME staff: 32.2%; White staff: 28.0% → +4.2 pp')).toBeInTheDocument();
  });

  test('indicator 1 shows the tables by band', async () => {
    await renderWithPlan(<DashboardSection />, { storage: storage(), path: '/indicator/1' });
    expect(screen.getByRole('table', { name: 'Clinical staff by band, 2024' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'BME share by pay band' })).toBeInTheDocument();
  });

  test('an unknown indicator says so', async () => {
    await renderWithPlan(<DashboardSection />, { storage: storage(), path: '/indicator/12' });
    expect(screen.getByRole('heading', { level: 1, name: 'Indicator not found' })).toBeInTheDocument();
  });
});
