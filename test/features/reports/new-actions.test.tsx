import { screen, within } from '@testing-library/react';
import { boardPaperModel } from '../../../src/features/reports/board-paper-data';
import { BoardReportPage } from '../../../src/features/reports/board-report-page';
import { newActionsPlan } from '../../support/new-actions-plan';
import { renderWithPlan } from '../../support/render-with-plan';

describe('Board report and paper: new actions since the last board', () => {
  test('the printed report lists an action created after the last board as new, and not one created before', async () => {
    await renderWithPlan(<BoardReportPage />, { storage: newActionsPlan() });
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
    const { changes } = boardPaperModel(newActionsPlan().snapshotNow(), undefined, '2026-11-26', cover);
    expect(changes.paragraphs).toEqual(['1 change to the action plan since 30/09/2026.']);
    expect(changes.tables[0]?.rows.map((row) => row.cells)).toEqual([['New action', 'Reciprocal mentoring for senior leaders', '15/10/2026']]);
  });
});
