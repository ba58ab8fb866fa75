import { screen, waitFor, within } from '@testing-library/react';
import { DashboardSection } from '../../../src/app/dashboard-section';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { eds2Review, someActions, twoYears } from './fixtures';

/** Every setting the first steps ask for. */
const SET_UP = { organisationName: 'Demo NHS Trust', odsCode: 'RXX', organisationType: 'Acute trust', region: 'London', edsFramework: 'eds2' };

/** Each step's text, in order: what it sets up and whether it is done. */
async function steps(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'First steps' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('span')?.textContent ?? '');
}

test('a new plan lists the six first steps, none done, each linking to where it is done', async () => {
  await renderWithPlan(<DashboardSection />, { storage: memoryPlanStorage() });
  expect(await screen.findByRole('heading', { level: 2, name: 'Getting started: 0 of 6 done' })).toBeInTheDocument();
  expect(await steps()).toEqual([
    'Organisation name and ODS code: To do',
    'Organisation type and region: To do',
    'EDS framework: To do',
    'First WRES year: To do',
    'First EDS review: To do',
    'First action: To do',
  ]);
  const hrefs = Object.fromEntries(
    within(screen.getByRole('list', { name: 'First steps' }))
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]),
  );
  expect(hrefs).toEqual({
    'Set the name and ODS code in Settings': '/settings',
    'Set the type and region in Settings': '/settings',
    'Choose the EDS framework in Settings': '/settings',
    'Enter a year by form': '/wres/new',
    'Import a year from a file': '/reports/import',
    'Start an EDS review': '/eds/new',
    'Create an action': '/actions/new',
  });
});

test('steps tick themselves from the plan: what is done says "Done" and offers no link', async () => {
  const storage = memoryPlanStorage({ settings: { organisationName: 'Demo NHS Trust', odsCode: 'RXX', edsFramework: 'eds2' }, wresYears: twoYears() });
  await renderWithPlan(<DashboardSection />, { storage });
  expect(await screen.findByRole('heading', { level: 2, name: 'Getting started: 3 of 6 done' })).toBeInTheDocument();
  expect(await steps()).toEqual([
    'Organisation name and ODS code: Done',
    'Organisation type and region: To do',
    'EDS framework: Done',
    'First WRES year: Done',
    'First EDS review: To do',
    'First action: To do',
  ]);
  const list = screen.getByRole('list', { name: 'First steps' });
  expect(within(list).queryByRole('link', { name: 'Enter a year by form' })).not.toBeInTheDocument();
  // The year is there, so its cards are too.
  expect(screen.getAllByRole('article', { name: /^Indicator \d: / })).toHaveLength(9);
});

test('once all six are done the checklist is gone', async () => {
  const storage = memoryPlanStorage({ settings: SET_UP, wresYears: twoYears(), actions: someActions(), edsReviews: [eds2Review()] });
  await renderWithPlan(<DashboardSection />, { storage });
  await screen.findByRole('region', { name: 'At a glance' });
  expect(screen.queryByRole('heading', { name: /Getting started/ })).not.toBeInTheDocument();
});

test('the plan at a glance, on the demo trust: indicators adverse in the year shown, and actions overdue, at risk and completed', async () => {
  const storage = memoryPlanStorage({ settings: SET_UP, wresYears: twoYears(), actions: someActions(), edsReviews: [eds2Review()] });
  const view = await renderWithPlan(<DashboardSection />, { storage });
  const glance = await screen.findByRole('region', { name: 'At a glance' });
  // The verdicts are the cards' own: the indicators whose card reads "Adverse".
  const adverseCards = screen
    .getAllByRole('article', { name: /^Indicator \d: / })
    .filter((card) => within(card).queryByText('Adverse') !== null)
    .map((card) => /^Indicator (\d)/.exec(card.getAttribute('aria-label') ?? card.textContent ?? '')?.[1]);
  expect(adverseCards).toContain('2');
  expect(within(glance).getByText(/indicators adverse in 2024/)).toHaveTextContent(`${adverseCards.length} of 9 indicators adverse in 2024`);
  expect(
    within(glance)
      .getAllByRole('link', { name: /^Indicator \d$/ })
      .map((link) => [link.textContent, link.getAttribute('href')]),
  ).toEqual(adverseCards.map((id) => [`Indicator ${id}`, `/indicator/${id}`]));
  // someActions(), today 26 November 2026: action 1 is overdue and off track, 2 and 3 at risk, 4 completed on 1 June 2026.
  expect(within(glance).getByRole('link', { name: '1 action overdue' })).toHaveAttribute('href', '/actions?state=overdue');
  expect(within(glance).getByRole('link', { name: '3 actions at risk or off track' })).toHaveAttribute('href', '/actions?state=at-risk');
  expect(within(glance).getByRole('link', { name: '1 action completed in 2026/27' })).toHaveAttribute('href', '/actions?status=Completed');
  view.unmount();

  // A figure of none is plain text: no link leads to an empty list.
  await renderWithPlan(<DashboardSection />, { storage: memoryPlanStorage({ settings: SET_UP, wresYears: twoYears() }) });
  const empty = await screen.findByRole('region', { name: 'At a glance' });
  expect(within(empty).getByText('actions overdue', { exact: false })).toHaveTextContent('0 actions overdue');
  expect(within(empty).queryByRole('link', { name: /actions/ })).not.toBeInTheDocument();
});

test('the EDS panel says the review year once and shows only counts that are not none', async () => {
  const storage = memoryPlanStorage({ settings: SET_UP, wresYears: twoYears(), actions: someActions(), edsReviews: [eds2Review(2025)] });
  await renderWithPlan(<DashboardSection />, { storage });
  const panel = await screen.findByRole('region', { name: 'EDS2 outcomes' });
  await waitFor(() => expect(within(panel).getByText(/^Latest agreed review 2025/)).toBeInTheDocument());
  expect(within(panel).queryByText(/graded 2025/)).not.toBeInTheDocument();
  expect(within(panel).queryByText(/^0 (overdue|at risk)$/)).not.toBeInTheDocument();
  expect(within(panel).queryByText('No linked actions')).not.toBeInTheDocument();
  expect(within(panel).getByRole('link', { name: '3 linked actions for EDS outcome 3.1' })).toBeInTheDocument();
  expect(within(panel).getByRole('link', { name: '1 overdue for EDS outcome 3.1' })).toBeInTheDocument();
});
