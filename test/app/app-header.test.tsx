import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { AppHeader } from '../../src/app/shell/app-header';

const amara = { id: 'u1', displayName: 'Amara Okafor', email: 'amara@demo.example' };
const tom = { id: 'u2', displayName: 'Tom Hughes', email: 'tom@demo.example' };
const LONG_NAME = 'Northern Lincolnshire and Goole Hospitals NHS Foundation Trust';

/** Pretends the window is `width` px wide, for the media queries the header follows. */
function windowWidth(width: number): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => {
      const max = /max-width:\s*(\d+)px/.exec(query);
      return {
        matches: max ? width <= Number(max[1]) : false,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
    },
  });
}

const original = window.matchMedia;
afterEach(() => Object.defineProperty(window, 'matchMedia', { configurable: true, value: original }));

function renderHeader(): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <AppHeader organisationName={LONG_NAME} user={amara} directory={[amara, tom]} onSwitchUser={() => undefined} notifications={() => Promise.resolve([])} />
    </FluentProvider>,
  );
}

test('in a 360 px panel the buttons are icons with their names kept (as a hover title too), and the organisation keeps its full name', async () => {
  windowWidth(360);
  renderHeader();
  const banner = within(screen.getByRole('banner'));
  // The notifications panel is loaded after the first screen.
  const notifications = await banner.findByRole('button', { name: 'Notifications' });
  expect(notifications).not.toHaveTextContent('Notifications');
  expect(notifications).toHaveAttribute('title', 'Notifications');
  const who = banner.getByRole('button', { name: 'Signed in as Amara Okafor. Switch user' });
  expect(who).not.toHaveTextContent('Signed in as');
  expect(who).toHaveAttribute('title', 'Signed in as Amara Okafor. Switch user');
  expect(banner.getByTestId('organisation-name')).toHaveTextContent(LONG_NAME);
  expect(banner.getByTestId('organisation-name')).toHaveAttribute('title', LONG_NAME);
  // The icon-only menu still switches user.
  await userEvent.setup().click(who);
  expect(await screen.findByRole('menuitemradio', { name: /Tom Hughes/ })).toBeInTheDocument();
});

test('on a laptop the buttons say what they are in words', async () => {
  windowWidth(1366);
  renderHeader();
  const banner = within(screen.getByRole('banner'));
  expect(await banner.findByRole('button', { name: 'Notifications' })).toHaveTextContent('Notifications');
  expect(banner.getByRole('button', { name: /Signed in as Amara Okafor/ })).toHaveTextContent('Signed in as Amara Okafor');
  expect(banner.getByText('Race equality plan: WRES and EDS')).toBeInTheDocument();
});
