import type { SignedInUser } from './host-info';
import type { Session } from './session';

const STORAGE_KEY = 'race-equality-plan.local-user';

export interface LocalSessionOptions {
  /** Where the local server lists its synthetic demo directory. */
  directoryUrl: string;
  fetchFn?: typeof fetch;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Called after a switch so the app can reload its data as the new person. */
  onSwitch?: (user: SignedInUser) => void;
}

/**
 * The local store accepts `local:<userPrincipalName>` for a person in its demo directory. It can
 * trust that because it listens only on 127.0.0.1 and holds synthetic data; the name still decides
 * what the person may do, and appears in createdBy, lastModifiedBy and versions.
 */
export function localAccessToken(user: SignedInUser): string {
  return `local:${user.email}`;
}

function isSignedInUser(value: unknown): value is SignedInUser {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.id === 'string' && typeof record.displayName === 'string' && typeof record.email === 'string';
}

/** Demo-directory sign-in for `npm start`: "Signed in as …", with a switch to any demo person. */
export async function createLocalSession(options: LocalSessionOptions): Promise<Session> {
  const fetchFn = options.fetchFn ?? fetch;
  const storage = options.storage ?? window.localStorage;
  const response = await fetchFn(options.directoryUrl);
  if (!response.ok) throw new Error(`The demo directory could not be read (HTTP ${response.status}).`);
  const body: unknown = await response.json();
  const users = (typeof body === 'object' && body !== null ? (body as { users?: unknown }).users : undefined) ?? [];
  const directory = Array.isArray(users) ? users.filter(isSignedInUser) : [];
  const first = directory[0];
  if (!first) throw new Error('The demo directory is empty.');

  const remembered = directory.find((user) => user.id === storage.getItem(STORAGE_KEY));
  const session: Session = {
    user: remembered ?? first,
    demoDirectory: directory,
    getAccessToken: () => Promise.resolve(localAccessToken(session.user)),
    switchUser(userId: string) {
      const next = directory.find((user) => user.id === userId);
      if (!next) throw new Error(`There is no demo user with id ${userId}.`);
      session.user = next;
      storage.setItem(STORAGE_KEY, next.id);
      options.onSwitch?.(next);
    },
  };
  return session;
}
