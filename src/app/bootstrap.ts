import { browserTheme, watchBrowserTheme } from '../host/browser-theme';
import type { HostInfo } from '../host/host-info';
import { createLocalSession } from '../host/local-session';
import type { Session } from '../host/session';
import type { AppEnvironment } from './app';
import { addressOnBoot, initialRouteFrom, makeLinkTo } from './links';
import { hubApi, openLibrary } from '../storage/api';
import { browserMemory, connectGraph, openStorage } from './open-storage';
import type { OpenedPlanStorage } from '../storage/graph';
import { SetupNeededError } from '../storage/ports';
import { createRetryNotices } from './retry-notices';
import { lightTheme, loadTheme } from './theme';
import { loadRuntimeConfig, type RuntimeConfig } from './runtime-config';

const CONFIG_TIMEOUT_MS = 10000;

function timedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return fetch(input, { ...init, signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS) });
}

type NaaModule = typeof import('../host/naa-session');

/** A download started ahead of its use; if it is never used, its failure is nobody's to report. */
function ahead<T>(download: Promise<T>): Promise<T> {
  download.catch(() => undefined);
  return download;
}

/**
 * A top-level window cannot be Teams, so teams-js is only downloaded when the tab is framed, and
 * then from the start, beside config.json, rather than once the configuration has come.
 */
async function findHost(detecting: Promise<typeof import('../host/detect-host')> | undefined): Promise<HostInfo> {
  if (detecting === undefined) return { kind: 'browser', theme: browserTheme(window) };
  const { detectHost } = await detecting;
  return detectHost();
}

// MSAL is loaded only for the sign-in that needs it; the local demo never downloads it. Teams'
// sign-in chunk may already be on its way (`naa`), fetched while teams-js asked Teams who it is.
async function signIn(config: RuntimeConfig, host: HostInfo, naa: Promise<NaaModule> | undefined): Promise<Session> {
  if (config.mode === 'local') {
    // ?tenant=second-demo-trust signs in from the second demo trust's directory.
    const tenant = new URLSearchParams(window.location.search).get('tenant');
    const directoryUrl = `${config.demoDirectoryUrl ?? 'local/directory'}${tenant ? `?tenant=${encodeURIComponent(tenant)}` : ''}`;
    return createLocalSession({ directoryUrl, fetchFn: timedFetch });
  }
  const entra = { clientId: config.clientId ?? '', tenantId: config.tenantId, scopes: config.graphScopes };
  if (host.kind === 'teams') return (await (naa ?? import('../host/naa-session'))).createNaaSession(entra, host);
  return (await import('../host/redirect-session')).createRedirectSession(entra, `${window.location.origin}/`);
}

async function teamsSetUp(host: HostInfo): Promise<AppEnvironment['subscribeTheme']> {
  if (host.kind !== 'teams') return (onChange) => watchBrowserTheme(window, onChange);
  const teams = await import('../host/teams-runtime');
  if (host.frameContext === 'settings') {
    const base = `${window.location.origin}${window.location.pathname}`;
    teams.enableChannelTabSave({
      contentUrl: `${base}#/dashboard`,
      websiteUrl: `${base}#/dashboard`,
      entityId: 'race-equality-plan',
      suggestedDisplayName: 'Race equality plan',
    });
  }
  await teams.notifyTeamsLoaded();
  return (onChange) => {
    teams.watchTeamsTheme(onChange);
    // Teams keeps one handler per app and offers no way to remove it; a no-op handler stands in.
    return () => teams.watchTeamsTheme(() => undefined);
  };
}

async function openPlan(open: () => Promise<OpenedPlanStorage>): Promise<AppEnvironment['plan']> {
  try {
    return { kind: 'ready', storage: (await open()).storage };
  } catch (error) {
    if (error instanceof SetupNeededError) return { kind: 'setup-needed', missingLists: error.missingLists };
    throw error;
  }
}

/**
 * Opens the tab: configuration, host, sign-in, then the plan's storage. Each step fails with a
 * message a person can act on, and none can wait without end (teams-js and every fetch are bounded).
 */
export async function bootstrap(): Promise<AppEnvironment> {
  // First, so that config.json and the demo directory are fetched from the tab's own folder.
  const onBoot = addressOnBoot(window.location);
  if (onBoot !== undefined) history.replaceState(history.state, '', onBoot);
  const framed = window.self !== window.top;
  const detecting = framed ? ahead(import('../host/detect-host')) : undefined;
  const config = await loadRuntimeConfig(timedFetch);
  // Framed and signing in with Entra, the tab is almost always in Teams: its sign-in chunk downloads
  // while teams-js asks Teams for the context, not after.
  const naa = framed && config.mode !== 'local' ? ahead(import('../host/naa-session')) : undefined;
  const host = await findHost(detecting);
  // Downloaded alongside sign-in and the plan, and awaited before the first render of the tab. If its
  // chunk cannot be fetched the tab still opens, in the light theme that is already here.
  const theme = loadTheme(host.theme).catch(() => lightTheme);
  const session = await signIn(config, host, naa);
  const retries = createRetryNotices();
  const connection = connectGraph(config, session, retries);
  const store = browserMemory();
  const memory = store ? { store, userId: () => session.user.id } : undefined;
  const plan = await openPlan(() => openStorage(connection, config, host, false, memory));
  const api = hubApi(config.apiBaseUrl ?? '', () => session.getAccessToken(config.apiScopes));
  const subscribeTheme = await teamsSetUp(host);
  const initialRoute = initialRouteFrom(host);
  // Teams loads the content URL with its own page (`#/dashboard`); a deep link's page replaces it, with no extra history entry.
  if (initialRoute && window.location.hash !== `#${initialRoute}`) history.replaceState(history.state, '', `#${initialRoute}`);
  return {
    linkTo: makeLinkTo(config, host, window.location),
    config,
    session,
    plan,
    createLists: async () => (await openStorage(connection, config, host, true, memory)).storage,
    openLibrary: (hubSite) => openLibrary(connection, hubSite, api),
    retries,
    initialTheme: await theme,
    subscribeTheme,
    clock: () => new Date(),
  };
}
