import { action } from '../domain/plan/build';
import { memoryPlanStorage } from './memory-plan-storage';

// Today is 26/11/2026 (renderWithPlan's clock); the last board met on 30/09/2026. One action
// SharePoint created after it (15/10/2026), one before (01/09/2026).
const fresh = action({ id: 'a-fresh', title: 'Reciprocal mentoring for senior leaders', dueDate: '2027-03-31', planYear: '2026/27' });
const older = action({ id: 'a-older', title: 'Shortlisting panels with a BME member', dueDate: '2027-03-31', planYear: '2026/27' });

/** A plan with one action created since the last board and one created before it. */
export function newActionsPlan() {
  return memoryPlanStorage({
    actions: [fresh, older],
    createdAt: { 'a-fresh': '2026-10-15T09:00:00Z', 'a-older': '2026-09-01T09:00:00Z' },
    settings: { lastBoardDate: '2026-09-30' },
  });
}
