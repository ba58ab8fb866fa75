import { screen, within } from '@testing-library/react';
import { ProgressPage } from '../../../src/features/progress/progress-page';
import { newActionsPlan } from '../../support/new-actions-plan';
import { renderWithPlan } from '../../support/render-with-plan';

describe('Progress: new actions since the last board', () => {
  test('an action SharePoint created after the last board is listed under new actions, with its date; one created before is not', async () => {
    await renderWithPlan(<ProgressPage />, { storage: newActionsPlan() });
    const section = screen.getByRole('region', { name: 'New actions' });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent('New actions: 1');
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['15/10/2026: Reciprocal mentoring for senior leaders']);
  });
});
