import type { SignedInUser } from './host-info';

/** A notification the local store recorded instead of sending it to Teams. */
export interface LocalNotification {
  id: string;
  activityType: string;
  previewText: string;
  time: string;
  /** The page of the tab it opens (`/actions/<id>`, `/my-actions`), read from the link it carries. */
  route?: string;
}

/**
 * The signed-in person and a way to get a token for them: for Graph by default, or for the
 * scopes given (the app's own API, for publish-practice). Storage receives only `getAccessToken`;
 * it never learns which host or sign-in method produced the token.
 */
export interface Session {
  user: SignedInUser;
  getAccessToken(scopes?: readonly string[]): Promise<string>;
  /**
   * False when the person may only read the plan, so pages show no edit controls. Graph offers no
   * cheap way to ask, so outside the demo this stays true until a save is refused.
   */
  canEdit: boolean;
  /** Local demo only: the Teams activity-feed notifications sent to the signed-in person. */
  notifications?(): Promise<LocalNotification[]>;
  /** Local demo only: the people one can switch to, and the switch itself. */
  demoDirectory?: readonly SignedInUser[];
  switchUser?(userId: string): void;
}
