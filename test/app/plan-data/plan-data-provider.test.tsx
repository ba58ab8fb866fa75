import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PlanDataProvider, PlanStatus, usePlanData } from '../../../src/app/plan-data';
import { REFRESH_EVERY_MS } from '../../../src/app/plan-data/use-background-refresh';
import type { PlanSnapshot } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';

const user = { id: 'u1', displayName: 'Leah Adeyemi', email: 'lead@demo.example' };
const plan: PlanSnapshot = { settings: { organisationName: 'Demo NHS Trust' }, wresYears: [], edsReviews: [], actions: [], problems: [] };

/** Every plan a page was given, and what it shows from it. */
let seen = new Set<PlanSnapshot>();
function Page() {
  const { snapshot } = usePlanData();
  if (snapshot) seen.add(snapshot);
  return <p>{snapshot ? `Organisation: ${snapshot.settings.organisationName}` : 'Loading'}</p>;
}

function renderPlan(refresh: () => Promise<PlanSnapshot>) {
  const storage = { ...memoryPlanStorage(), load: async () => plan, refresh };
  return render(
    <PlanDataProvider storage={storage} user={user} canEdit clock={() => new Date('2026-11-26T09:00:00Z')} subscribeRetries={() => () => undefined}>
      <Page />
    </PlanDataProvider>,
  );
}

let visibility: DocumentVisibilityState = 'visible';
beforeAll(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility }));
beforeEach(() => {
  jest.useFakeTimers();
  visibility = 'visible';
  seen = new Set();
});
afterEach(() => jest.useRealTimers());

const settle = () => act(async () => undefined);

test('an open tab in view checks the site every five minutes; a hidden one does not, and checks as soon as it is back', async () => {
  const refresh = jest.fn(async () => plan);
  renderPlan(refresh);
  expect(await screen.findByText('Organisation: Demo NHS Trust')).toBeInTheDocument();
  await act(async () => void jest.advanceTimersByTime(REFRESH_EVERY_MS));
  expect(refresh).toHaveBeenCalledTimes(1);

  visibility = 'hidden';
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
    jest.advanceTimersByTime(3 * REFRESH_EVERY_MS);
  });
  expect(refresh).toHaveBeenCalledTimes(1);

  visibility = 'visible';
  await act(async () => void document.dispatchEvent(new Event('visibilitychange')));
  expect(refresh).toHaveBeenCalledTimes(2);
});

test('focus and the tab coming into view together are one check, and the browser going off or on line checks too', async () => {
  const refresh = jest.fn(async () => plan);
  renderPlan(refresh);
  expect(await screen.findByText('Organisation: Demo NHS Trust')).toBeInTheDocument();
  await act(async () => {
    jest.advanceTimersByTime(60_000);
    window.dispatchEvent(new Event('focus'));
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(refresh).toHaveBeenCalledTimes(1);
  await act(async () => {
    jest.advanceTimersByTime(60_000);
    window.dispatchEvent(new Event('offline'));
  });
  expect(refresh).toHaveBeenCalledTimes(2);
  await act(async () => {
    jest.advanceTimersByTime(60_000);
    window.dispatchEvent(new Event('online'));
  });
  expect(refresh).toHaveBeenCalledTimes(3);
});

test('a check that finds nothing new keeps the same plan (nothing a page derived from it is redone); one that finds a change shows it', async () => {
  let current = plan;
  const refresh = jest.fn(async () => JSON.parse(JSON.stringify(current)) as PlanSnapshot);
  renderPlan(refresh);
  expect(await screen.findByText('Organisation: Demo NHS Trust')).toBeInTheDocument();
  await act(async () => void jest.advanceTimersByTime(REFRESH_EVERY_MS));
  await settle();
  expect(refresh).toHaveBeenCalledTimes(1);
  expect(seen.size).toBe(1);

  current = { ...plan, settings: { organisationName: 'Renamed NHS Trust' } };
  await act(async () => void jest.advanceTimersByTime(REFRESH_EVERY_MS));
  expect(await screen.findByText('Organisation: Renamed NHS Trust')).toBeInTheDocument();
  expect(seen.size).toBe(2);
});

test('when reads overlap, an older answer never replaces a newer one', async () => {
  const answers: ((snapshot: PlanSnapshot) => void)[] = [];
  const storage = { ...memoryPlanStorage(), load: async () => plan, refresh: () => new Promise<PlanSnapshot>((resolve) => answers.push(resolve)) };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PlanDataProvider storage={storage} user={user} canEdit clock={() => new Date('2026-11-26T09:00:00Z')} subscribeRetries={() => () => undefined}>
      {children}
    </PlanDataProvider>
  );
  const { result } = renderHook(() => usePlanData(), { wrapper });
  await waitFor(() => expect(result.current.snapshot?.settings.organisationName).toBe('Demo NHS Trust'));
  const { refresh } = result.current;
  let first: Promise<void> = Promise.resolve();
  let second: Promise<void> = Promise.resolve();
  act(() => {
    first = refresh();
    second = refresh();
  });
  await act(async () => {
    answers[1]?.({ ...plan, settings: { organisationName: 'Newer' } });
    await second;
    answers[0]?.({ ...plan, settings: { organisationName: 'Older' } });
    await first;
  });
  expect(answers).toHaveLength(2);
  expect(result.current.snapshot?.settings.organisationName).toBe('Newer');
});

test('a plan remembered from the last visit is shown at once with when it was read, and only brought up to date, never loaded again', async () => {
  const load = jest.fn(async () => plan);
  const answers: ((snapshot: PlanSnapshot) => void)[] = [];
  const refresh = jest.fn(() => new Promise<PlanSnapshot>((resolve) => answers.push(resolve)));
  const remembered = { snapshot: { ...plan, settings: { organisationName: 'Demo NHS Trust (as last seen)' } }, readAt: new Date('2026-11-25T17:30:00Z') };
  const storage = { ...memoryPlanStorage(), load, refresh, remembered };
  render(
    <PlanDataProvider storage={storage} user={user} canEdit clock={() => new Date('2026-11-26T09:00:00Z')} subscribeRetries={() => () => undefined}>
      <PlanStatus />
      <Page />
    </PlanDataProvider>,
  );
  expect(screen.getByText('Organisation: Demo NHS Trust (as last seen)')).toBeInTheDocument();
  expect(screen.getByText('Bringing the plan up to date. Showing figures from 17:30 on 25 November 2026.')).toBeInTheDocument();
  expect(refresh).toHaveBeenCalledTimes(1);

  await act(async () => answers.forEach((answer) => answer(plan)));
  expect(screen.getByText('Organisation: Demo NHS Trust')).toBeInTheDocument();
  expect(screen.queryByText(/Bringing the plan up to date/)).not.toBeInTheDocument();
  expect(load).not.toHaveBeenCalled();
});
