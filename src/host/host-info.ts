/** The three looks that Teams offers, mapped one-to-one onto Fluent's Teams themes by the app. */
export type ThemeName = 'light' | 'dark' | 'highContrast';

/** Who is using the tab, as far as the host can tell before any token is issued. */
export interface SignedInUser {
  /** Entra object id in Teams; the demo directory id locally. */
  id: string;
  displayName: string;
  email: string;
}

export interface TeamsHostInfo {
  kind: 'teams';
  theme: ThemeName;
  /** The Microsoft 365 group behind the team; the plan's SharePoint site is `/groups/{groupId}/sites/root`. */
  groupId?: string;
  /** `content`, `settings` (the channel tab's configuration page), `remove`… */
  frameContext?: string;
  tenantId?: string;
  loginHint?: string;
  userObjectId?: string;
  userDisplayName?: string;
  /** Where a deep link asked the tab to open, e.g. `/actions/<id>`. */
  subPageId?: string;
  /** The tab's own id in Teams: `race-equality-plan` for the channel tab, `my-actions` for the personal tab. */
  entityId?: string;
  channelId?: string;
}

export interface BrowserHostInfo {
  kind: 'browser';
  theme: ThemeName;
}

export type HostInfo = TeamsHostInfo | BrowserHostInfo;
