import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanDataProvider, PlanStatus, usePlanData } from '../../../src/app/plan-data';
import type { ConnectionNotice, RetryListener } from '../../../src/app/retry-notices';
import { ThrottledError, UnreachableError, type PlanSnapshot } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';

const user = { id: 'u1', displayName: 'Leah Adeyemi', email: 'lead@demo.example' };
const UNREACHABLE =
  "Cannot reach the plan's SharePoint site. Check your connection or VPN, then try again; if it goes on, ask your SharePoint administrator whether the site is available.";

type Subscribe = (listener: RetryListener) => () => void;

/** What a page shows from the plan: here, how many settings it holds. */
function Figures() {
  const { snapshot } = usePlanData();
  return snapshot ? <p>Figures: {Object.keys(snapshot.settings).length} settings</p> : null;
}

interface Setup {
  load: () => Promise<PlanSnapshot>;
  refresh?: () => Promise<PlanSnapshot>;
  subscribeRetries?: Subscribe;
  clock?: () => Date;
}

function renderStatus({ load, refresh = load, subscribeRetries = () => () => undefined, clock = () => new Date('2026-11-26T09:00:00Z') }: Setup) {
  const storage = { ...memoryPlanStorage(), load, refresh };
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <PlanDataProvider storage={storage} user={user} canEdit clock={clock} subscribeRetries={subscribeRetries}>
        <PlanStatus />
        <Figures />
      </PlanDataProvider>
    </FluentProvider>,
  );
}

const empty: PlanSnapshot = { settings: {}, wresYears: [], edsReviews: [], actions: [], problems: [] };
const twoSettings: PlanSnapshot = { ...empty, settings: { organisationName: 'Demo NHS Trust', odsCode: 'RXX' } };

afterEach(() => jest.useRealTimers());

/** The person comes back to the tab a minute later: what the browser tells the page. */
async function comeBackToTheTab(): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(60_000);
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Stands in for the Graph client's notices: lets the test say "Graph asked us to wait". */
function retryNotices(): { subscribe: Subscribe; notify: (notice: ConnectionNotice) => void } {
  const listeners: RetryListener[] = [];
  return {
    subscribe: (listener) => {
      listeners.push(listener);
      return () => undefined;
    },
    notify: (notice) => listeners.forEach((listener) => listener(notice)),
  };
}

test('an unreachable site on opening says so, with what to try, and "Try again" then loads the plan', async () => {
  let attempts = 0;
  renderStatus({
    load: async () => {
      attempts += 1;
      if (attempts === 1) throw new UnreachableError();
      return twoSettings;
    },
  });
  expect(await screen.findByText('The plan could not be loaded')).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent(UNREACHABLE);
  // Nothing was ever read, so there are no figures to date.
  expect(screen.getByRole('status')).not.toHaveTextContent('Showing figures from');
  await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByText('Figures: 2 settings')).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByText('The plan could not be loaded')).not.toBeInTheDocument());
  expect(attempts).toBe(2);
});

test('when a refresh cannot reach the site, the old figures stay with the time they were read, until a refresh succeeds', async () => {
  jest.useFakeTimers();
  let now = new Date('2026-11-26T09:05:00Z');
  let reachable = true;
  renderStatus({
    load: async () => twoSettings,
    refresh: async () => {
      if (!reachable) throw new UnreachableError();
      return twoSettings;
    },
    clock: () => now,
  });
  expect(await screen.findByText('Figures: 2 settings')).toBeInTheDocument();

  reachable = false;
  now = new Date('2026-11-26T09:40:00Z');
  await comeBackToTheTab();
  expect(await screen.findByText('The plan could not be brought up to date')).toBeInTheDocument();
  const banner = screen.getByRole('status');
  expect(banner).toHaveTextContent(UNREACHABLE);
  expect(banner).toHaveTextContent('Showing figures from 09:05.');
  expect(banner).not.toHaveTextContent(/busy/i);
  expect(screen.getByText('Figures: 2 settings')).toBeInTheDocument();

  reachable = true;
  await userEvent.setup({ advanceTimers: jest.advanceTimersByTime }).click(screen.getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(screen.queryByText('The plan could not be brought up to date')).not.toBeInTheDocument());
  expect(screen.getByRole('status')).not.toHaveTextContent('Showing figures from');
});

test('a request elsewhere that gets no answer (a save, say) makes the tab check the plan at once, and say so if that fails too', async () => {
  const notices = retryNotices();
  let reachable = true;
  let refreshes = 0;
  renderStatus({
    load: async () => twoSettings,
    refresh: async () => {
      refreshes += 1;
      if (reachable) return twoSettings;
      // As the Graph client does: the check's own unanswered request is announced too.
      notices.notify({ kind: 'unreachable' });
      throw new UnreachableError();
    },
    subscribeRetries: notices.subscribe,
  });
  expect(await screen.findByText('Figures: 2 settings')).toBeInTheDocument();
  reachable = false;
  act(() => notices.notify({ kind: 'unreachable' }));
  expect(await screen.findByText('The plan could not be brought up to date')).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent(`${UNREACHABLE} Showing figures from 09:00.`);
  // The check's own notice did not start another check (which would announce again, without end).
  expect(refreshes).toBe(1);
  expect(screen.getByText('Figures: 2 settings')).toBeInTheDocument();
});

test('figures read on an earlier day carry the date as well', async () => {
  jest.useFakeTimers();
  let now = new Date('2026-11-25T16:30:00Z');
  let fail = false;
  renderStatus({
    load: async () => {
      if (fail) throw new ThrottledError('busy', 30);
      return twoSettings;
    },
    clock: () => now,
  });
  expect(await screen.findByText('Figures: 2 settings')).toBeInTheDocument();
  fail = true;
  now = new Date('2026-11-26T08:10:00Z');
  await comeBackToTheTab();
  expect(await screen.findByText('The plan could not be brought up to date')).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Microsoft 365 is busy. Try again in 30 seconds. Showing figures from 16:30 on 25 November 2026.');
});

test('while Graph throttles, the page counts down "Retrying in N s…" with the figures\' time, and the notice ends by itself', async () => {
  jest.useFakeTimers({ now: new Date('2026-11-26T10:15:00Z') });
  const notices = retryNotices();
  renderStatus({ load: async () => twoSettings, subscribeRetries: notices.subscribe, clock: () => new Date() });
  expect(await screen.findByText('Figures: 2 settings')).toBeInTheDocument();
  act(() => notices.notify({ kind: 'throttled', delaySeconds: 3 }));
  const banner = screen.getByRole('status');
  expect(banner).toHaveTextContent('Microsoft 365 is busy. Retrying in 3 s…');
  expect(banner).toHaveTextContent('Showing figures from 10:15.');
  // A screen reader hears the wait once, not a new number every second.
  expect(screen.getByText('Microsoft 365 is busy. Retrying in 3 seconds.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  act(() => jest.advanceTimersByTime(1000));
  expect(banner).toHaveTextContent('Microsoft 365 is busy. Retrying in 2 s…');
  expect(screen.getByText('Microsoft 365 is busy. Retrying in 3 seconds.')).toBeInTheDocument();
  act(() => jest.advanceTimersByTime(4500));
  expect(banner).not.toHaveTextContent('Microsoft 365 is busy');
  expect(banner).not.toHaveTextContent('Showing figures from');
});

test('items that could not be read are listed, not dropped silently', async () => {
  renderStatus({ load: async () => ({ ...empty, problems: ['Race Equality Actions, item 12: dueDate must be a real date written YYYY-MM-DD'] }) });
  expect(await screen.findByText('Some items could not be read')).toBeInTheDocument();
  expect(screen.getByText(/item 12: dueDate must be a real date/)).toBeInTheDocument();
});
