import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { PlanDataProvider } from '../../../src/app/plan-data';
import { reviewFromForm, useStartReviewPage } from '../../../src/features/eds/use-start-review-page';
import type { PlanStorage } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { TEST_USER } from '../../support/render-with-plan';

const submitted = { preventDefault: () => undefined };

/** The start-review hook over a plan in memory, once the plan has loaded; `history` is where it navigated. */
async function renderStart(storage: PlanStorage) {
  const location = memoryLocation({ path: '/new', record: true });
  const wrapper = ({ children }: { children: ReactNode }) => (
    // oxlint-disable-next-line react/hooks -- wouter's documented API takes the location hook as a prop.
    <Router hook={location.hook}>
      <PlanDataProvider storage={storage} user={TEST_USER} canEdit clock={() => new Date('2026-11-26T09:00:00Z')} subscribeRetries={() => () => undefined}>
        {children}
      </PlanDataProvider>
    </Router>
  );
  const view = renderHook(() => useStartReviewPage(), { wrapper });
  // The hook starts before the plan has loaded; the framework then follows Settings.
  await waitFor(() => expect(view.result.current.form.framework).toBe('eds2022'));
  return { ...view, history: location.history ?? [] };
}

test('the form starts from the framework in Settings, this year and Race, and reads partners one per line', async () => {
  const { result } = await renderStart(memoryPlanStorage({ settings: { edsFramework: 'eds2022' } }));
  expect(result.current.form).toMatchObject({ year: '2026', characteristics: ['Race'] });
  act(() => result.current.change('organisations', 'Demo Healthwatch\n\n Carers Trust '));
  act(() => result.current.toggleCharacteristic('Age', true));
  act(() => result.current.toggleCharacteristic('Race', false));
  act(() => result.current.change('framework', 'eds2'));
  expect(result.current.form.framework).toBe('eds2');
  act(() => result.current.change('framework', 'eds2022'));
  expect(reviewFromForm(result.current.form, 'r', '2026-11-26')).toMatchObject({
    framework: 'eds2022',
    year: 2026,
    reviewDate: '2026-11-26',
    partners: { organisations: ['Demo Healthwatch', 'Carers Trust'], people: [] },
    characteristics: ['Age'],
    domainRatings: {},
  });
});

test('a year its checks refuse is marked on the field, and nothing is started', async () => {
  const storage = memoryPlanStorage({ settings: { edsFramework: 'eds2022' } });
  const { result, history } = await renderStart(storage);
  act(() => result.current.change('year', '1990'));
  act(() => result.current.submit(submitted));
  expect(result.current.errors.year).toMatch(/year/);
  expect(result.current.create.status.kind).toBe('idle');
  expect((await storage.load()).edsReviews).toEqual([]);
  expect(history).toEqual(['/new']);
});

test('a started review is stored and the page moves to it', async () => {
  const storage = memoryPlanStorage({ settings: { edsFramework: 'eds2022' } });
  const { result, history } = await renderStart(storage);
  act(() => result.current.submit(submitted));
  await waitFor(() => expect(history).toHaveLength(2));
  const [stored] = (await storage.load()).edsReviews;
  expect(stored?.value).toMatchObject({ framework: 'eds2022', year: 2026, status: 'Draft' });
  expect(history[1]).toBe(`/${stored?.value.id}`);
});

test('a refused start is worded by the shared storage wording, and the form is kept', async () => {
  const { result, history } = await renderStart(memoryPlanStorage({ settings: { edsFramework: 'eds2022' }, readOnly: true }));
  act(() => result.current.change('otherGroups', 'Carers'));
  act(() => result.current.submit(submitted));
  await waitFor(() => expect(result.current.create.status.kind).toBe('failed'));
  expect(result.current.create.status).toMatchObject({ message: 'You do not have permission to change the plan. You have read-only access to this plan.' });
  expect(result.current.form.otherGroups).toBe('Carers');
  expect(history).toEqual(['/new']);
});
