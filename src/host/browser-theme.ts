import type { ThemeName } from './host-info';

const DARK = '(prefers-color-scheme: dark)';
const FORCED = '(forced-colors: active)';

/** Outside Teams the tab follows the operating system: forced colours first, then dark mode. */
export function browserTheme(win: Window): ThemeName {
  if (win.matchMedia(FORCED).matches) return 'highContrast';
  if (win.matchMedia(DARK).matches) return 'dark';
  return 'light';
}

/** Calls `onChange` whenever the operating system's colour preferences change; returns an unsubscribe. */
export function watchBrowserTheme(win: Window, onChange: (theme: ThemeName) => void): () => void {
  const queries = [win.matchMedia(DARK), win.matchMedia(FORCED)];
  const listener = (): void => onChange(browserTheme(win));
  for (const query of queries) query.addEventListener('change', listener);
  return () => {
    for (const query of queries) query.removeEventListener('change', listener);
  };
}
