import { renderHook, waitFor } from '@testing-library/react';
import { usePlanData } from '../../../src/app/plan-data';
import { useIndicatorDetail } from '../../../src/features/dashboard/use-indicator-detail';

import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { planWrapper } from '../../support/plan-hook';
import { someActions, twoYears } from './fixtures';

async function detail(id: string, chosenYear: number | undefined, storage = memoryPlanStorage({ wresYears: twoYears(), actions: someActions() })) {
  const hook = renderHook(() => ({ state: useIndicatorDetail(id, chosenYear), plan: usePlanData() }), { wrapper: planWrapper(storage) });
  await waitFor(() => expect(hook.result.current.plan.status).toBe('ready'));
  return hook.result.current.state;
}

test('an id WRES does not have is unknown, and a known one without data has nothing yet', async () => {
  expect(await detail('10', undefined)).toEqual({ kind: 'unknown' });
  expect(await detail('2', undefined, memoryPlanStorage())).toEqual({ kind: 'no-data', id: '2' });
});

test('shows the latest stored year unless another stored year is chosen', async () => {
  const latest = await detail('2', undefined);
  expect(latest.kind === 'ready' && [latest.year, latest.years]).toEqual([2024, [2024, 2023]]);
  const chosen = await detail('2', 2023);
  expect(chosen.kind === 'ready' && chosen.model.year).toBe(2023);
  const notStored = await detail('2', 2019);
  expect(notStored.kind === 'ready' && notStored.year).toBe(2024);
});

test("the trend's points for the chart are the years with a figure, and the linked actions are counted", async () => {
  const state = await detail('2', undefined);
  if (state.kind !== 'ready') throw new Error(`Expected the detail, got ${state.kind}`);
  expect(state.trendPoints.map((point) => point.year)).toEqual([2023, 2024]);
  expect(state.actions.total).toBe(someActions().filter((action) => action.indicators.includes('2')).length);
});
