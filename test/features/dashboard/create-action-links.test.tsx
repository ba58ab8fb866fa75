import { screen, within } from '@testing-library/react';
import { DashboardSection } from '../../../src/app/dashboard-section';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { someActions, twoYears } from './fixtures';

const storage = () => memoryPlanStorage({ wresYears: twoYears(), actions: someActions() });

describe('"Create action" from an indicator', () => {
  test('each card offers it, named for its indicator, opening the new action form linked to it', async () => {
    await renderWithPlan(<DashboardSection />, { storage: storage() });
    for (const id of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
      const card = screen.getByRole('article', { name: new RegExp(`^Indicator ${id}: `) });
      const link = within(card).getByRole('link', { name: `Create action for indicator ${id}` });
      expect(link).toHaveAttribute('href', `/actions/new?indicator=${id}`);
      expect(link).toHaveTextContent('Create action');
    }
  });

  test("an indicator's detail page offers it too", async () => {
    await renderWithPlan(<DashboardSection />, { storage: storage(), path: '/indicator/3' });
    expect(screen.getByRole('link', { name: 'Create action for indicator 3' })).toHaveAttribute('href', '/actions/new?indicator=3');
  });

  test('a reader is not offered it, on the cards or the detail page', async () => {
    const view = await renderWithPlan(<DashboardSection />, { storage: storage(), canEdit: false });
    expect(screen.getAllByRole('article', { name: /^Indicator \d: / })).toHaveLength(9);
    expect(screen.queryByRole('link', { name: /^Create action/ })).not.toBeInTheDocument();
    view.unmount();
    await renderWithPlan(<DashboardSection />, { storage: storage(), canEdit: false, path: '/indicator/3' });
    expect(screen.getByRole('heading', { level: 1, name: /^Indicator 3: / })).toBeInTheDocument();
    expect(screen.getByText('No linked actions')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Create action/ })).not.toBeInTheDocument();
  });
});

test('a card with no linked actions says so once, without "0 overdue" and "0 at risk"; one with some gives every count', async () => {
  await renderWithPlan(<DashboardSection />, { storage: storage() });
  const six = screen.getByRole('article', { name: /^Indicator 6:/ });
  expect(within(six).getByText('No linked actions')).toBeInTheDocument();
  expect(within(six).queryByText(/overdue|at risk/)).not.toBeInTheDocument();
  const five = screen.getByRole('article', { name: /^Indicator 5:/ });
  expect(within(five).getByText('0 overdue')).toBeInTheDocument();
  expect(within(five).getByRole('link', { name: '1 at risk for indicator 5' })).toBeInTheDocument();
});
