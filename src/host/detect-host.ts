import { app } from '@microsoft/teams-js';
import { browserTheme } from './browser-theme';
import type { HostInfo } from './host-info';
import { themeFromTeams } from './teams-theme';

export interface DetectHostOptions {
  win?: Window;
  /**
   * How long to wait for Teams to answer when the tab is framed. teams-js itself waits 60 s
   * inside a frame that is not Teams, which would leave the user looking at a spinner.
   */
  timeoutMs?: number;
}

const DEFAULT_TEAMS_TIMEOUT_MS = 4000;

/**
 * Works out whether the tab runs inside Teams. A top-level window cannot be Teams, so teams-js is
 * not touched at all there; inside a frame, `app.initialize()` races a short timeout.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<HostInfo> {
  const win = options.win ?? window;
  if (win.self === win.top) return { kind: 'browser', theme: browserTheme(win) };

  const timeoutMs = options.timeoutMs ?? DEFAULT_TEAMS_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([app.initialize().then(() => 'teams' as const), timedOut]);
    if (outcome === 'timeout') return { kind: 'browser', theme: browserTheme(win) };
  } catch {
    return { kind: 'browser', theme: browserTheme(win) };
  } finally {
    clearTimeout(timer);
  }

  const context = await app.getContext();
  return {
    kind: 'teams',
    theme: themeFromTeams(context.app.theme),
    groupId: context.team?.groupId,
    frameContext: context.page.frameContext,
    tenantId: context.user?.tenant?.id,
    loginHint: context.user?.loginHint,
    userObjectId: context.user?.id,
    userDisplayName: context.user?.displayName,
    subPageId: context.page.subPageId,
    entityId: context.page.id,
    channelId: context.channel?.id,
  };
}

/** Tells Teams that the tab has loaded, so it hides its own loading indicator. */
export async function notifyTeamsLoaded(): Promise<void> {
  app.notifyAppLoaded();
  await app.notifySuccess();
}
