import { screen, within } from '@testing-library/react';
import { boardPaperModel } from '../../../src/features/reports/board-paper-data';
import { BoardReportPage } from '../../../src/features/reports/board-report-page';
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

describe('Board report and paper: new actions since the last board', () => {
  test('the printed report lists an action created after the last board as new, and not one created before', async () => {
    await renderWithPlan(<BoardReportPage />, { storage: storage() });
    expect(screen.getByRole('heading', { name: 'What changed since 30/09/2026' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'New actions' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['15/10/2026: Reciprocal mentoring for senior leaders']);
  });

  test('the Word paper names the new action in its changes table, and not one created before', () => {
    const cover = {
      title: 'Race equality report',
      meeting: 'Trust Board (public)',
      meetingDate: '2026-12-10',
      author: 'Director of People',
      purpose: 'For assurance',
      recommendation: 'The Board is asked to note the report.',
      risks: '',
      assuranceLinks: '',
    } as const;
    const { changes } = boardPaperModel(storage().snapshotNow(), undefined, '2026-11-26', cover);
    expect(changes.paragraphs).toEqual(['1 change to the action plan since 30/09/2026.']);
    expect(changes.tables[0]?.rows.map((row) => row.cells)).toEqual([['New action', 'Reciprocal mentoring for senior leaders', '15/10/2026']]);
  });
});
