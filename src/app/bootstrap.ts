import { watchBrowserTheme } from '../host/browser-theme';
import { enableChannelTabSave } from '../host/channel-tab-config';
import { detectHost, notifyTeamsLoaded } from '../host/detect-host';
import type { HostInfo } from '../host/host-info';
import { createLocalSession } from '../host/local-session';
import { createNaaSession } from '../host/naa-session';
import { createRedirectSession } from '../host/redirect-session';
import type { Session } from '../host/session';
import { watchTeamsTheme } from '../host/teams-theme';
import type { AppEnvironment } from './app';
import { loadRuntimeConfig, type RuntimeConfig } from './runtime-config';

const CONFIG_TIMEOUT_MS = 10000;

function timedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return fetch(input, { ...init, signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS) });
}

async function signIn(config: RuntimeConfig, host: HostInfo): Promise<Session> {
  if (config.mode === 'local') {
    return createLocalSession({ directoryUrl: config.demoDirectoryUrl ?? 'local/directory', fetchFn: timedFetch });
  }
  const entra = { clientId: config.clientId ?? '', tenantId: config.tenantId, scopes: config.graphScopes };
  if (host.kind === 'teams') return createNaaSession(entra, host);
  return createRedirectSession(entra, `${window.location.origin}/`);
}

function themeSubscription(host: HostInfo): AppEnvironment['subscribeTheme'] {
  if (host.kind === 'teams') {
    return (onChange) => {
      watchTeamsTheme(onChange);
      // Teams keeps one handler per app and offers no way to remove it; a no-op handler stands in.
      return () => watchTeamsTheme(() => undefined);
    };
  }
  return (onChange) => watchBrowserTheme(window, onChange);
}

/**
 * Opens the tab: configuration, host, sign-in. Each step fails with a message a person can act on,
 * and none can wait without end (teams-js and every fetch are bounded).
 */
export async function bootstrap(): Promise<AppEnvironment> {
  const config = await loadRuntimeConfig(timedFetch);
  const host = await detectHost();
  const session = await signIn(config, host);
  if (host.kind === 'teams') {
    if (host.frameContext === 'settings') {
      const base = `${window.location.origin}${window.location.pathname}`;
      enableChannelTabSave({
        contentUrl: `${base}#/dashboard`,
        websiteUrl: `${base}#/dashboard`,
        entityId: 'race-equality-plan',
        suggestedDisplayName: 'Race equality plan',
      });
    }
    await notifyTeamsLoaded();
  }
  return { config, session, initialTheme: host.theme, subscribeTheme: themeSubscription(host) };
}
