import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { SignedInUser, ThemeName } from '../host/host-info';
import type { Session } from '../host/session';
import type { RuntimeConfig } from './runtime-config';
import { AppShell } from './shell/app-shell';
import { useGlobalStyles } from './global-styles';
import { HashRouter } from './hash-router';
import { fluentTheme } from './theme';

export interface AppEnvironment {
  config: RuntimeConfig;
  session: Session;
  initialTheme: ThemeName;
  /** Follows the host's theme live; returns an unsubscribe. */
  subscribeTheme: (onChange: (theme: ThemeName) => void) => () => void;
}

export interface AppProps {
  environment: AppEnvironment;
}

export function App({ environment }: AppProps) {
  useGlobalStyles();
  const { config, session, initialTheme, subscribeTheme } = environment;
  const [theme, setTheme] = useState<ThemeName>(initialTheme);
  const [user, setUser] = useState<SignedInUser>(session.user);
  useEffect(() => subscribeTheme(setTheme), [subscribeTheme]);

  const switchUser = session.switchUser
    ? (userId: string) => {
        session.switchUser?.(userId);
        setUser(session.user);
      }
    : undefined;

  return (
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme}>
      <HashRouter>
        <AppShell
          organisationName={config.organisationName ?? 'Your organisation'}
          user={user}
          directory={session.demoDirectory}
          onSwitchUser={switchUser}
        />
      </HashRouter>
    </FluentProvider>
  );
}
