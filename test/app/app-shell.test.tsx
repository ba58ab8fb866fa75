import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type AppEnvironment } from '../../src/app/app';
import type { ThemeName } from '../../src/host/host-info';
import type { Session } from '../../src/host/session';

const amara = { id: 'u1', displayName: 'Amara Okafor', email: 'amara@demo.example' };
const tom = { id: 'u2', displayName: 'Tom Hughes', email: 'tom@demo.example' };

function environment(overrides: Partial<AppEnvironment> = {}): AppEnvironment & { setTheme: (t: ThemeName) => void } {
  let listener: ((t: ThemeName) => void) | undefined;
  const session: Session = {
    user: amara,
    demoDirectory: [amara, tom],
    getAccessToken: () => Promise.resolve('token'),
    switchUser(id) {
      session.user = id === tom.id ? tom : amara;
    },
  };
  return {
    config: { mode: 'local', graphBaseUrl: '/graph/v1.0', organisationName: 'Demo NHS Trust', graphScopes: [] },
    session,
    initialTheme: 'light',
    subscribeTheme: (onChange) => {
      listener = onChange;
      return () => (listener = undefined);
    },
    setTheme: (theme) => listener?.(theme),
    ...overrides,
  };
}

beforeEach(() => {
  window.location.hash = '';
});

test('the shell shows the organisation, the signed-in person and six sections, opening on the dashboard', async () => {
  render(<App environment={environment()} />);
  expect(within(screen.getByRole('banner')).getByText('Demo NHS Trust')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /Signed in as Amara Okafor/ })).toBeInTheDocument();
  const nav = within(screen.getByRole('navigation', { name: 'Sections' }));
  expect(nav.getAllByRole('tab')).toHaveLength(6);
  for (const name of ['Dashboard', 'Actions', 'EDS', 'Good practice', 'Reports', 'Settings']) {
    expect(nav.getByRole('tab', { name })).toBeInTheDocument();
  }
  expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
  expect(window.location.hash).toBe('#/dashboard');
});

test('choosing a section shows its page, which says it is not available yet', async () => {
  const user = userEvent.setup();
  render(<App environment={environment()} />);
  await user.click(screen.getByRole('tab', { name: 'Good practice' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Good practice' })).toBeInTheDocument();
  expect(screen.getByText('This page is not available yet in this version of the app.')).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: 'Good practice' })).toHaveAttribute('aria-selected', 'true');
  expect(document.title).toBe('Good practice · Race Equality Plan');
});

test('the personal tab and the channel configuration page have their own routes', async () => {
  window.location.hash = '#/my-actions';
  const { unmount } = render(<App environment={environment()} />);
  expect(await screen.findByRole('heading', { level: 1, name: 'My actions' })).toBeInTheDocument();
  unmount();
  window.location.hash = '#/config';
  render(<App environment={environment()} />);
  expect(await screen.findByRole('heading', { level: 1, name: 'Add the race equality plan' })).toBeInTheDocument();
});

test('an unknown address says so instead of showing a blank page', async () => {
  window.location.hash = '#/nowhere';
  render(<App environment={environment()} />);
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
});

test('switching demo user updates the header', async () => {
  const user = userEvent.setup();
  render(<App environment={environment()} />);
  await user.click(screen.getByRole('button', { name: /Signed in as Amara Okafor/ }));
  await user.click(await screen.findByRole('menuitemradio', { name: /Tom Hughes/ }));
  expect(await screen.findByRole('button', { name: /Signed in as Tom Hughes/ })).toBeInTheDocument();
});

test('without a demo directory the signed-in person is shown, with nothing to switch', () => {
  const env = environment();
  render(<App environment={{ ...env, session: { user: amara, getAccessToken: env.session.getAccessToken } }} />);
  expect(screen.getByText('Signed in as Amara Okafor')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Switch user/ })).not.toBeInTheDocument();
});

test('a theme change from the host is applied while the tab is open', async () => {
  const env = environment();
  const { container } = render(<App environment={env} />);
  expect(container.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'light');
  act(() => env.setTheme('highContrast'));
  expect(container.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'highContrast');
});
