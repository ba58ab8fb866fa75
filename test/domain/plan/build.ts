import type { Action, ActionJson } from '../../../src/domain/plan';
import { parseAction } from '../../../src/domain/plan';

export const base: ActionJson = {
  id: '7f1c2a9e-0000-4000-8000-000000000001',
  title: 'Reverse mentoring for the board',
  indicators: ['9'],
  edsOutcomes: ['3A'],
  owner: { id: 'u1', name: 'Priya Shah', email: 'priya.shah@example.nhs.uk' },
  dueDate: '2025-03-31',
  status: 'On track',
  priority: 'High',
  measureOfSuccess: 'Every board member mentored',
  planYear: '2024/25',
};

export function action(change: Partial<ActionJson> = {}): Action {
  const result = parseAction({ ...base, ...change });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
