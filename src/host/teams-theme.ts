import { app } from '@microsoft/teams-js';
import type { ThemeName } from './host-info';

/**
 * Teams reports `default`, `dark`, `contrast` (and, on newer clients, `glass`).
 * Anything unknown falls back to light, which is what Teams itself shows by default.
 */
export function themeFromTeams(teamsTheme: string | undefined): ThemeName {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'highContrast';
    default:
      return 'light';
  }
}

/**
 * Follows the user's theme changes in Teams live. Teams keeps only one handler per app,
 * so the latest caller wins; the app registers exactly once, at start-up.
 */
export function watchTeamsTheme(onChange: (theme: ThemeName) => void): void {
  app.registerOnThemeChangeHandler((teamsTheme) => onChange(themeFromTeams(teamsTheme)));
}
