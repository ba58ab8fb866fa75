import { teamsDarkTheme, teamsHighContrastTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from '../host/host-info';

/** The themes that are loaded on demand by `loadTheme`, kept out of the first download. */
export const otherThemes: Record<Exclude<ThemeName, 'light'>, Theme> = {
  dark: teamsDarkTheme,
  highContrast: teamsHighContrastTheme,
};
