import { FluentProvider } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { PlanDataProvider } from '../features/plan-data';
import type { SignedInUser, ThemeName } from '../host/host-info';
import type { Session } from '../host/session';
import type { PlanStorage } from '../storage/ports';
import { useGlobalStyles } from './global-styles';
import { HashRouter } from './hash-router';
import type { RetryNotices } from './retry-notices';
import type { RuntimeConfig } from './runtime-config';
import { AppShell } from './shell/app-shell';
import { fluentTheme } from './theme';

export interface AppEnvironment {
  config: RuntimeConfig;
  session: Session;
  storage: PlanStorage;
  retries: RetryNotices;
  initialTheme: ThemeName;
  /** Follows the host's theme live; returns an unsubscribe. */
  subscribeTheme: (onChange: (theme: ThemeName) => void) => () => void;
  clock: () => Date;
}

export interface AppProps {
  environment: AppEnvironment;
}

export function App({ environment }: AppProps) {
  useGlobalStyles();
  const { config, session, storage, retries, initialTheme, subscribeTheme, clock } = environment;
  const [theme, setTheme] = useState<ThemeName>(initialTheme);
  const [user, setUser] = useState<SignedInUser>(session.user);
  const [canEdit, setCanEdit] = useState(session.canEdit);
  useEffect(() => subscribeTheme(setTheme), [subscribeTheme]);
  const subscribeRetries = useCallback((listener: (delay: number) => void) => retries.subscribe(listener), [retries]);

  const switchUser = session.switchUser
    ? (userId: string) => {
        session.switchUser?.(userId);
        setUser(session.user);
        setCanEdit(session.canEdit);
      }
    : undefined;

  return (
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme}>
      <HashRouter>
        <PlanDataProvider storage={storage} user={user} canEdit={canEdit} clock={clock} subscribeRetries={subscribeRetries}>
          <AppShell
            fallbackOrganisationName={config.organisationName ?? 'Your organisation'}
            user={user}
            directory={session.demoDirectory}
            onSwitchUser={switchUser}
          />
        </PlanDataProvider>
      </HashRouter>
    </FluentProvider>
  );
}
