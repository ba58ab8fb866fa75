import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from '../host/host-info';

/** A theme's name with the Fluent theme that draws it, ready to render. */
export interface LoadedTheme {
  name: ThemeName;
  theme: Theme;
}

/** The light theme is what most people open the tab in, so it is part of the first download. */
export const lightTheme: LoadedTheme = { name: 'light', theme: teamsLightTheme };

/**
 * The Fluent theme for a name. Dark and high contrast come in their own chunk, downloaded only
 * when the host asks for one, so that the light first screen does not carry their tokens.
 */
export async function loadTheme(name: ThemeName): Promise<LoadedTheme> {
  if (name === 'light') return lightTheme;
  const { otherThemes } = await import('./other-themes');
  return { name, theme: otherThemes[name] };
}
