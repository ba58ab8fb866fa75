import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanDataProvider, PlanStatus } from '../../../src/app/plan-data';
import { OfflineError, type PlanSnapshot } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';

const user = { id: 'u1', displayName: 'Leah Adeyemi', email: 'lead@demo.example' };

function renderStatus(load: () => Promise<PlanSnapshot>, subscribeRetries: (listener: (delay: number) => void) => () => void = () => () => undefined) {
  const storage = { ...memoryPlanStorage(), load, refresh: load };
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <PlanDataProvider storage={storage} user={user} canEdit clock={() => new Date('2026-11-26T09:00:00Z')} subscribeRetries={subscribeRetries}>
        <PlanStatus />
      </PlanDataProvider>
    </FluentProvider>,
  );
}

const empty: PlanSnapshot = { settings: {}, wresYears: [], edsReviews: [], actions: [], problems: [] };

test('a failed load says why and offers to try again, which then succeeds', async () => {
  let attempts = 0;
  renderStatus(async () => {
    attempts += 1;
    if (attempts === 1) throw new OfflineError('Microsoft Graph could not be reached. Check the connection and try again.');
    return empty;
  });
  expect(await screen.findByText('The plan could not be loaded')).toBeInTheDocument();
  expect(screen.getByText('Microsoft Graph could not be reached. Check the connection and try again.')).toBeInTheDocument();
  await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(screen.queryByText('The plan could not be loaded')).not.toBeInTheDocument());
  expect(attempts).toBe(2);
});

test('while Graph throttles, the page says "Retrying…", and the notice ends by itself', async () => {
  jest.useFakeTimers();
  try {
    const listeners: ((delay: number) => void)[] = [];
    renderStatus(
      async () => empty,
      (listener) => {
        listeners.push(listener);
        return () => undefined;
      },
    );
    await act(async () => undefined);
    act(() => listeners.forEach((listener) => listener(1)));
    expect(screen.getByText('Microsoft 365 is busy. Retrying…')).toBeInTheDocument();
    act(() => jest.advanceTimersByTime(3500));
    expect(screen.queryByText('Microsoft 365 is busy. Retrying…')).not.toBeInTheDocument();
  } finally {
    jest.useRealTimers();
  }
});

test('items that could not be read are listed, not dropped silently', async () => {
  renderStatus(async () => ({ ...empty, problems: ['Race Equality Actions, item 12: dueDate must be a real date written YYYY-MM-DD'] }));
  expect(await screen.findByText('Some items could not be read')).toBeInTheDocument();
  expect(screen.getByText(/item 12: dueDate must be a real date/)).toBeInTheDocument();
});
