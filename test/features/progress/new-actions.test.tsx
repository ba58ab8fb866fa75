import { screen, within } from '@testing-library/react';
import { ProgressPage } from '../../../src/features/progress/progress-page';
import { action } from '../../domain/plan/build';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';

// Today is 26/11/2026 (renderWithPlan's clock); the last board met on 30/09/2026.
const fresh = action({ id: 'a-fresh', title: 'Reciprocal mentoring for senior leaders', dueDate: '2027-03-31', planYear: '2026/27' });
const older = action({ id: 'a-older', title: 'Shortlisting panels with a BME member', dueDate: '2027-03-31', planYear: '2026/27' });

function storage() {
  return memoryPlanStorage({
    actions: [fresh, older],
    createdAt: { 'a-fresh': '2026-10-15T09:00:00Z', 'a-older': '2026-09-01T09:00:00Z' },
    settings: { lastBoardDate: '2026-09-30' },
  });
}

describe('Progress: new actions since the last board', () => {
  test('an action SharePoint created after the last board is listed under new actions, with its date; one created before is not', async () => {
    await renderWithPlan(<ProgressPage />, { storage: storage() });
    const section = screen.getByRole('region', { name: 'New actions' });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent('New actions: 1');
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['15/10/2026: Reciprocal mentoring for senior leaders']);
  });
});
