import { app } from '@microsoft/teams-js';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { loadTheme } from '../../src/app/theme';
import { browserTheme, watchBrowserTheme } from '../../src/host/browser-theme';
import { themeFromTeams, watchTeamsTheme } from '../../src/host/teams-theme';

jest.mock('@microsoft/teams-js', () => ({ app: { registerOnThemeChangeHandler: jest.fn() } }));

test.each([
  ['default', 'light', teamsLightTheme],
  ['dark', 'dark', teamsDarkTheme],
  ['contrast', 'highContrast', teamsHighContrastTheme],
  ['glass', 'light', teamsLightTheme],
  [undefined, 'light', teamsLightTheme],
] as const)('Teams theme %s shows as %s, with the matching Fluent Teams theme', async (teams, expected, fluent) => {
  expect(themeFromTeams(teams)).toBe(expected);
  expect(await loadTheme(themeFromTeams(teams))).toEqual({ name: expected, theme: fluent });
});

test('a theme change in Teams reaches the app', () => {
  const seen: string[] = [];
  watchTeamsTheme((theme) => seen.push(theme));
  const handler = jest.mocked(app.registerOnThemeChangeHandler).mock.calls[0]?.[0];
  handler?.('contrast');
  handler?.('dark');
  expect(seen).toEqual(['highContrast', 'dark']);
});

/** A matchMedia whose answers the test controls, and whose listeners it can fire. */
function fakeMedia(initial: Record<string, boolean>) {
  const state = { ...initial };
  const listeners = new Set<() => void>();
  const win = {
    matchMedia: (query: string) => ({
      get matches() {
        return state[query] ?? false;
      },
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    }),
  } as unknown as Window;
  return {
    win,
    listeners,
    set(query: string, value: boolean) {
      state[query] = value;
      listeners.forEach((listener) => listener());
    },
  };
}

test('in a browser, forced colours win over dark mode, and changes are followed until unsubscribed', () => {
  const media = fakeMedia({ '(prefers-color-scheme: dark)': true });
  expect(browserTheme(media.win)).toBe('dark');
  const seen: string[] = [];
  const stop = watchBrowserTheme(media.win, (theme) => seen.push(theme));
  media.set('(forced-colors: active)', true);
  media.set('(forced-colors: active)', false);
  media.set('(prefers-color-scheme: dark)', false);
  stop();
  expect(media.listeners.size).toBe(0);
  expect(seen).toEqual(['highContrast', 'dark', 'light']);
});
