import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type AppEnvironment } from '../../src/app/app';
import type { ThemeName } from '../../src/host/host-info';
import type { Session } from '../../src/host/session';
import { createRetryNotices } from '../../src/app/retry-notices';
import { lightTheme, loadTheme } from '../../src/app/theme';
import { memoryPlanStorage } from '../support/memory-plan-storage';
import { makeAction } from '../features/actions/build';

const amara = { id: 'u1', displayName: 'Amara Okafor', email: 'amara@demo.example' };
const tom = { id: 'u2', displayName: 'Tom Hughes', email: 'tom@demo.example' };

function environment(overrides: Partial<AppEnvironment> = {}): AppEnvironment & { setTheme: (t: ThemeName) => void } {
  let listener: ((t: ThemeName) => void) | undefined;
  const session: Session = {
    user: amara,
    canEdit: true,
    demoDirectory: [amara, tom],
    getAccessToken: () => Promise.resolve('token'),
    switchUser(id) {
      session.user = id === tom.id ? tom : amara;
    },
  };
  return {
    config: { mode: 'local', graphBaseUrl: '/graph/v1.0', organisationName: 'Fallback Trust', graphScopes: [] },
    session,
    plan: { kind: 'ready', storage: memoryPlanStorage({ settings: { organisationName: 'Demo NHS Trust' } }) },
    createLists: () => Promise.reject(new Error('The lists exist already.')),
    retries: createRetryNotices(),
    clock: () => new Date('2026-11-26T09:00:00Z'),
    linkTo: (path) => `https://tab.example/#${path}`,
    openLibrary: () => Promise.reject(new Error('No library in this test.')),
    initialTheme: lightTheme,
    subscribeTheme: (onChange) => {
      listener = onChange;
      return () => (listener = undefined);
    },
    setTheme: (theme) => listener?.(theme),
    ...overrides,
  };
}

/** The section navigation, whose links are drawn as tabs. */
const sectionNav = () => within(screen.getByRole('navigation', { name: 'Sections' }));

beforeEach(() => {
  window.location.hash = '';
});

/** Renders the app and waits until the plan has loaded (the header then names the organisation). */
async function renderLoaded(env: AppEnvironment = environment()): Promise<ReturnType<typeof render>> {
  const view = render(<App environment={env} />);
  await within(screen.getByRole('banner')).findByText('Demo NHS Trust');
  return view;
}

test('the shell shows the organisation, the signed-in person and seven sections with My actions, opening on the dashboard', async () => {
  await renderLoaded();
  expect(within(screen.getByRole('banner')).queryByText('Fallback Trust')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: /Signed in as Amara Okafor/ })).toBeInTheDocument();
  const nav = within(screen.getByRole('navigation', { name: 'Sections' }));
  expect(nav.getAllByRole('link')).toHaveLength(8);
  for (const name of ['Dashboard', 'Progress', 'Actions', 'My actions', 'EDS', 'Good practice', 'Reports', 'Settings']) {
    expect(nav.getByRole('link', { name })).toBeInTheDocument();
  }
  expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
  await waitFor(() => expect(window.location.hash).toBe('#/dashboard'));
});

test('choosing a section shows its page and marks its link as the current page', async () => {
  const user = userEvent.setup();
  await renderLoaded();
  await user.click(sectionNav().getByRole('link', { name: 'EDS' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'EDS' })).toBeInTheDocument();
  // The link's current mark and the window title follow the route in effects: wait for them too.
  await waitFor(() => expect(sectionNav().getByRole('link', { name: 'EDS' })).toHaveAttribute('aria-current', 'page'));
  await waitFor(() => expect(document.title).toBe('EDS · Race Equality Plan'));
});

test('My actions is in the navigation, named with how many of the signed-in person’s actions are overdue', async () => {
  const user = userEvent.setup();
  // Today is 26 November 2026: two of Amara's are overdue; her completed one, her later one and Tom's overdue one are not counted.
  const actions = [
    makeAction({ owner: { id: amara.id, name: amara.displayName }, dueDate: '2026-10-01' }),
    makeAction({ owner: { id: 'someone-else', name: 'Amara Okafor', email: 'AMARA@demo.example' }, dueDate: '2026-11-25' }),
    makeAction({ owner: { id: amara.id, name: amara.displayName }, dueDate: '2026-09-01', status: 'Completed', completedOn: '2026-09-01' }),
    makeAction({ owner: { id: amara.id, name: amara.displayName }, dueDate: '2027-03-01' }),
    makeAction({ owner: { id: tom.id, name: tom.displayName }, dueDate: '2026-10-01' }),
  ];
  await renderLoaded(environment({ plan: { kind: 'ready', storage: memoryPlanStorage({ settings: { organisationName: 'Demo NHS Trust' }, actions }) } }));
  const nav = within(screen.getByRole('navigation', { name: 'Sections' }));
  const mine = await nav.findByRole('link', { name: 'My actions, 2 overdue' });
  await user.click(mine);
  expect(await screen.findByRole('heading', { level: 1, name: 'My actions' })).toBeInTheDocument();
  await waitFor(() => expect(nav.getByRole('link', { name: 'My actions, 2 overdue' })).toHaveAttribute('aria-current', 'page'));
  expect(nav.getByRole('link', { name: 'Actions' })).not.toHaveAttribute('aria-current');
  // Another person's count is theirs: Tom has one overdue.
  await user.click(screen.getByRole('button', { name: /Signed in as Amara Okafor/ }));
  await user.click(await screen.findByRole('menuitemradio', { name: /Tom Hughes/ }));
  expect(await nav.findByRole('link', { name: 'My actions, 1 overdue' })).toBeInTheDocument();
});

test('with nothing overdue My actions is named plainly', async () => {
  await renderLoaded();
  const nav = within(screen.getByRole('navigation', { name: 'Sections' }));
  expect(nav.getByRole('link', { name: 'My actions' })).toBeInTheDocument();
  expect(nav.queryByRole('link', { name: /overdue/ })).not.toBeInTheDocument();
});

test('the personal tab and the channel configuration page have their own routes', async () => {
  window.location.hash = '#/my-actions';
  const { unmount } = await renderLoaded();
  expect(await screen.findByRole('heading', { level: 1, name: 'My actions' })).toBeInTheDocument();
  unmount();
  window.location.hash = '#/config';
  await renderLoaded();
  expect(await screen.findByRole('heading', { level: 1, name: 'Add the race equality plan' })).toBeInTheDocument();
});

test('an unknown address says so instead of showing a blank page', async () => {
  window.location.hash = '#/nowhere';
  await renderLoaded();
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
});

test('switching demo user updates the header', async () => {
  const user = userEvent.setup();
  await renderLoaded();
  await user.click(screen.getByRole('button', { name: /Signed in as Amara Okafor/ }));
  await user.click(await screen.findByRole('menuitemradio', { name: /Tom Hughes/ }));
  expect(await screen.findByRole('button', { name: /Signed in as Tom Hughes/ })).toBeInTheDocument();
});

test('without a demo directory the signed-in person is shown, with nothing to switch', async () => {
  const env = environment();
  await renderLoaded({ ...env, session: { user: amara, canEdit: true, getAccessToken: env.session.getAccessToken } });
  expect(screen.getByText('Signed in as Amara Okafor')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Switch user/ })).not.toBeInTheDocument();
});

test('a theme change from the host is applied while the tab is open', async () => {
  const env = environment();
  const { container } = await renderLoaded(env);
  expect(container.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'light');
  act(() => env.setTheme('highContrast'));
  // The high-contrast theme is loaded on demand; the light theme stays until it is here.
  await waitFor(() => expect(container.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'highContrast'));
});

test('of two quick theme changes, the later one stays even when the earlier one loads after it', async () => {
  const env = environment();
  const { container } = await renderLoaded(env);
  act(() => {
    env.setTheme('dark');
    env.setTheme('light');
  });
  // Loading the dark theme again ends after the app's own request for it, which has been answered by then.
  await act(() => loadTheme('dark'));
  expect(container.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'light');
});

test('on a site without the plan, the first person chooses to create the lists, then the plan opens', async () => {
  const user = userEvent.setup();
  const env = environment();
  let attempts = 0;
  render(
    <App
      environment={{
        ...env,
        plan: { kind: 'setup-needed', missingLists: ['Race Equality Actions', 'WRES Results'] },
        createLists: async () => {
          attempts += 1;
          if (attempts === 1) throw new Error('You may not create lists on this SharePoint site. Ask a site owner.');
          return memoryPlanStorage({ settings: { organisationName: 'Demo NHS Trust' } });
        },
      }}
    />,
  );
  expect(screen.getByRole('heading', { level: 1, name: 'Set up the race equality plan' })).toBeInTheDocument();
  expect(screen.getByText('Race Equality Actions')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Create lists' }));
  expect(await screen.findByText('You may not create lists on this SharePoint site. Ask a site owner.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Create lists' }));
  expect(await within(await screen.findByRole('banner')).findByText('Demo NHS Trust')).toBeInTheDocument();
});

test('a link written by hand with its filters inside the hash opens the filtered page', async () => {
  window.location.hash = '#/actions?status=Completed';
  await renderLoaded();
  expect(await screen.findByRole('heading', { level: 1, name: 'Actions' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { level: 1, name: 'Page not found' })).not.toBeInTheDocument();
  expect(await screen.findByRole('combobox', { name: /Status/ })).toHaveTextContent('Completed');
});

test("focus moves to the new page's heading on a page change, but not on first load nor when only the filters change", async () => {
  const user = userEvent.setup();
  await renderLoaded();
  const dashboard = await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
  await waitFor(() => expect(window.location.hash).toBe('#/dashboard'));
  expect(dashboard).not.toHaveFocus();

  await user.click(sectionNav().getByRole('link', { name: 'EDS' }));
  await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'EDS' })).toHaveFocus());
  await user.click(sectionNav().getByRole('link', { name: 'Actions' }));
  await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Actions' })).toHaveFocus());
  // The heading is focused by script only: it is no extra Tab stop.
  expect(screen.getByRole('heading', { level: 1, name: 'Actions' })).toHaveAttribute('tabindex', '-1');

  const actionsTab = sectionNav().getByRole('link', { name: 'Actions' });
  actionsTab.focus();
  act(() => {
    window.location.hash = '#/actions/?status=Completed';
  });
  expect(await screen.findByRole('combobox', { name: /Status/ })).toHaveTextContent('Completed');
  expect(actionsTab).toHaveFocus();
});

test('a notification is a link to what it is about; choosing it closes the panel and opens that page', async () => {
  const user = userEvent.setup();
  const env = environment();
  env.session.notifications = () =>
    Promise.resolve([
      { id: '2', activityType: 'actionOverdue', previewText: '1 action needs you (1 overdue): Panels', time: '2026-11-26T07:00:00Z', route: '/actions/a-1' },
      { id: '1', activityType: 'weeklyDigest', previewText: 'Demo NHS Trust: 1 overdue', time: '2026-11-23T07:00:00Z', route: '/my-actions' },
      { id: '0', activityType: 'actionDueSoon', previewText: 'An older reminder', time: '2026-11-20T07:00:00Z' },
    ]);
  await renderLoaded(env);
  await user.click(screen.getByRole('button', { name: 'Notifications' }));
  const panel = await screen.findByRole('dialog', { name: 'Notifications' });
  expect(await within(panel).findByRole('link', { name: /Overdue: 1 action needs you/ })).toHaveAttribute('href', '#/actions/a-1');
  expect(within(panel).getAllByRole('link')).toHaveLength(2);
  await user.click(within(panel).getByRole('link', { name: /Weekly digest/ }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Notifications' })).not.toBeInTheDocument());
  expect(window.location.hash).toBe('#/my-actions');
  await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'My actions' })).toHaveFocus());
});
