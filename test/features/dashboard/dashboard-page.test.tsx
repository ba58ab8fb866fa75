import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardSection } from '../../../src/app/dashboard-section';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { eds2Review, someActions, twoYears } from './fixtures';

function storage() {
  return memoryPlanStorage({ wresYears: twoYears(), actions: someActions(), edsReviews: [eds2Review()], settings: { edsFramework: 'eds2' } });
}

const card = (name: RegExp) => screen.getByRole('article', { name });

test('the dashboard shows a card for each of the nine indicators, for the latest year', async () => {
  await renderWithPlan(<DashboardSection />, { storage: storage() });
  expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Reporting year' })).toHaveValue('2024');
  expect(screen.getAllByRole('article', { name: /^Indicator \d: / })).toHaveLength(9);
  const two = card(/^Indicator 2: Appointment from shortlisting$/);
  expect(within(two).getByText('1.58')).toBeInTheDocument();
  expect(within(two).getByText('Adverse')).toBeInTheDocument();
  expect(within(two).getByText('\u22120.48 since 2023: improved')).toBeInTheDocument();
  expect(within(two).getByText(/^England: no national figure for 2024 yet; latest 1\.59/)).toBeInTheDocument();
  expect(within(two).getByRole('figure')).toHaveTextContent('Trend 2023 to 2024: 2023 2.06, 2024 1.58');
  expect(within(card(/^Indicator 5:/)).getByText('+2.7 pp')).toBeInTheDocument();
  expect(within(card(/^Indicator 7:/)).getByText('\u221212.1 pp')).toBeInTheDocument();
});

test('a small number is a caution in words beside the verdict, and each card says how certain its verdict is', async () => {
  await renderWithPlan(<DashboardSection />, { storage: storage() });
  const three = card(/^Indicator 3:/);
  expect(within(three).queryByText(/too few to judge/i)).not.toBeInTheDocument();
  expect(within(three).getByText(/^Small numbers: fewer than 10 events in a group/)).toBeInTheDocument();
  expect(within(three).getByText(/^Certainty: (Clear|Could be chance): the /)).toBeInTheDocument();
  const two = card(/^Indicator 2:/);
  expect(within(two).getByText('Adverse')).toBeInTheDocument();
  expect(within(two).getByText(/^Certainty: Clear: the whole of the 95% interval, 1\.\d\d–1\.\d\d, is above 1\.25\.$/)).toBeInTheDocument();
});

test('the confidence interval is given in words on the card, in the certainty it supports', async () => {
  await renderWithPlan(<DashboardSection />, { storage: storage() });
  const two = card(/^Indicator 2:/);
  expect(within(two).getByText(/^Certainty: Clear: the whole of the 95% interval, 1\.\d\d–1\.\d\d, is above 1\.25\.$/)).toBeInTheDocument();
  expect(within(two).queryByRole('button', { name: '95% interval' })).not.toBeInTheDocument();
  // Indicators 1 and 9 count everyone: certainty is not assessed, and says why in a few words.
  expect(within(card(/^Indicator 1:/)).getByText('Certainty: Not assessed: a count of everyone, not a sample.')).toBeInTheDocument();
});

test('each card counts its linked, overdue and at-risk actions, and each count opens Actions filtered', async () => {
  const user = userEvent.setup();
  const view = await renderWithPlan(<DashboardSection />, { storage: storage(), path: '/' });
  const two = card(/^Indicator 2:/);
  expect(within(two).getByRole('link', { name: '4 linked actions for indicator 2' })).toHaveAttribute('href', '/actions?indicator=2');
  expect(within(two).getByRole('link', { name: '1 overdue for indicator 2' })).toHaveAttribute('href', '/actions?indicator=2&state=overdue');
  expect(within(two).getByRole('link', { name: '2 at risk for indicator 2' })).toBeInTheDocument();
  expect(within(card(/^Indicator 6:/)).getByText('No linked actions')).toBeInTheDocument();
  await user.click(within(two).getByRole('link', { name: '2 at risk for indicator 2' }));
  expect(view.history.at(-1)).toBe('/actions?indicator=2&state=at-risk');
});

test('the EDS panel shows the four goals and the grade of all 18 outcomes, in words, with their actions', async () => {
  const user = userEvent.setup();
  const view = await renderWithPlan(<DashboardSection />, { storage: storage() });
  const panel = screen.getByRole('region', { name: 'EDS2 outcomes' });
  expect(
    within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual([
    'Goal 1: Better health outcomes',
    'Goal 2: Improved patient access and experience',
    'Goal 3: A representative and supported workforce',
    'Goal 4: Inclusive leadership',
  ]);
  expect(
    within(panel)
      .getAllByRole('listitem')
      // The outcomes' own rows, not the action counts listed inside a row (shown only when not none).
      .filter((item) => item.parentElement?.closest('li') === null),
  ).toHaveLength(18);
  expect(within(panel).getAllByText('Undeveloped')).toHaveLength(5);
  expect(within(panel).getAllByText('Excelling')).toHaveLength(4);
  await user.click(within(panel).getByRole('link', { name: '3 linked actions for EDS outcome 3.1' }));
  expect(view.history.at(-1)).toBe('/actions?eds=3.1');
});

test('choosing another year shows that year', async () => {
  const user = userEvent.setup();
  await renderWithPlan(<DashboardSection />, { storage: storage() });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Reporting year' }), '2023');
  expect(screen.getByRole('heading', { name: 'WRES indicators, 2023' })).toBeInTheDocument();
  const two = card(/^Indicator 2:/);
  expect(within(two).getByText('2.06')).toBeInTheDocument();
  expect(within(two).getByText('No earlier year to compare with')).toBeInTheDocument();
});

test('with no WRES year and no review, editors see the first steps instead of placeholders, and readers are told who enters data', async () => {
  // Issue 14: a new plan shows the first-run checklist (its own tests are in first-run.test.tsx)
  // in place of the "No WRES data yet" message and a panel of ungraded EDS outcomes.
  const view = await renderWithPlan(<DashboardSection />, { storage: memoryPlanStorage() });
  expect(await screen.findByRole('heading', { level: 2, name: 'Getting started: 0 of 6 done' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Enter a year by form' })).toHaveAttribute('href', '/wres/new');
  expect(screen.queryByText('No WRES data yet')).not.toBeInTheDocument();
  expect(screen.queryByText(/No agreed EDS 2022 review yet/)).not.toBeInTheDocument();
  view.unmount();
  await renderWithPlan(<DashboardSection />, { storage: memoryPlanStorage(), canEdit: false });
  expect(screen.queryByRole('link', { name: 'Enter WRES data' })).not.toBeInTheDocument();
  await waitFor(() => expect(screen.getByText(/An EDI lead can enter the figures/)).toBeInTheDocument());
  expect(screen.getByText(/No agreed EDS 2022 review yet/)).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: /Getting started/ })).not.toBeInTheDocument();
});
