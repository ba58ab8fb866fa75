import { FluentProvider } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { PlanDataProvider } from './plan-data';
import { SetupScreen } from '../features/settings/setup-screen';
import type { SignedInUser, ThemeName } from '../host/host-info';
import type { Session } from '../host/session';
import type { PlanStorage, PracticeLibrary } from '../storage/ports';
import { useGlobalStyles } from './global-styles';
import { HashRouter } from './hash-router';
import type { RetryListener, RetryNotices } from './retry-notices';
import type { RuntimeConfig } from './runtime-config';
import { AppShell } from './shell/app-shell';
import { loadTheme, type LoadedTheme } from './theme';
import { LinkRulesProvider } from '../components/stored-link';
import { HOSTED_LINKS, LOCAL_LINKS } from '../domain/shared';

export interface AppEnvironment {
  config: RuntimeConfig;
  session: Session;
  /** The plan's storage, or the lists that must be created before there is one. */
  plan: { kind: 'ready'; storage: PlanStorage } | { kind: 'setup-needed'; missingLists: readonly string[] };
  /** Creates the plan's missing lists and opens it. */
  createLists: () => Promise<PlanStorage>;
  retries: RetryNotices;
  /** Loaded before the first render, so the tab never shows in the wrong theme. */
  initialTheme: LoadedTheme;
  /** Follows the host's theme live; returns an unsubscribe. */
  subscribeTheme: (onChange: (theme: ThemeName) => void) => () => void;
  clock: () => Date;
  /** Links that open the tab at a page; Teams deep links inside Teams. */
  linkTo: (path: string) => string;
  /** Opens the shared good-practice library on a hub site. */
  openLibrary: (hubSite: string) => Promise<PracticeLibrary>;
}

export interface AppProps {
  environment: AppEnvironment;
}

export function App({ environment }: AppProps) {
  useGlobalStyles();
  const { config, session, plan, createLists, retries, initialTheme, subscribeTheme, clock, linkTo, openLibrary } = environment;
  const libraryOpener = useCallback(
    (fromSettings: string | undefined) => {
      const hub = fromSettings || config.librarySite;
      return hub ? openLibrary(hub) : Promise.reject(new Error('No good-practice library is set. Choose its hub site in Settings.'));
    },
    [config.librarySite, openLibrary],
  );
  const [storage, setStorage] = useState<PlanStorage | undefined>(plan.kind === 'ready' ? plan.storage : undefined);
  const [theme, setTheme] = useState<LoadedTheme>(initialTheme);
  const [user, setUser] = useState<SignedInUser>(session.user);
  const [canEdit, setCanEdit] = useState(session.canEdit);
  useEffect(() => {
    let live = true;
    let latest: ThemeName | undefined;
    const unsubscribe = subscribeTheme((name) => {
      latest = name;
      // The current theme stays until the new one has loaded; a change made meanwhile wins over an older one.
      loadTheme(name).then(
        (loaded) => live && latest === name && setTheme(loaded),
        // A theme that cannot be downloaded (offline) leaves the tab in the one it has, which still works.
        () => undefined,
      );
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [subscribeTheme]);
  const subscribeRetries = useCallback((listener: RetryListener) => retries.subscribe(listener), [retries]);

  const switchUser = session.switchUser
    ? (userId: string) => {
        session.switchUser?.(userId);
        setUser(session.user);
        setCanEdit(session.canEdit);
      }
    : undefined;

  return (
    <FluentProvider theme={theme.theme} data-theme={theme.name}>
      {storage ? (
        <HashRouter>
          <PlanDataProvider
            storage={storage}
            user={user}
            canEdit={canEdit}
            clock={clock}
            linkTo={linkTo}
            openLibrary={libraryOpener}
            subscribeRetries={subscribeRetries}
          >
            <LinkRulesProvider rules={config.mode === 'local' ? LOCAL_LINKS : HOSTED_LINKS}>
              <AppShell
                fallbackOrganisationName={config.organisationName ?? 'Your organisation'}
                user={user}
                directory={session.demoDirectory}
                onSwitchUser={switchUser}
                notifications={session.notifications}
              />
            </LinkRulesProvider>
          </PlanDataProvider>
        </HashRouter>
      ) : (
        <main>
          <SetupScreen missingLists={plan.kind === 'setup-needed' ? plan.missingLists : []} createLists={async () => setStorage(await createLists())} />
        </main>
      )}
    </FluentProvider>
  );
}
