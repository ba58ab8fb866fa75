import type { SignedInUser } from './host-info';
import type { LocalNotification, Session } from './session';

const STORAGE_KEY = 'race-equality-plan.local-user';

export interface LocalSessionOptions {
  /** Where the local server lists its synthetic demo directory. */
  directoryUrl: string;
  /** Where the local store keeps the notifications it would have sent to Teams. */
  outboxUrl?: string;
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

interface DemoUser extends SignedInUser {
  readOnly: boolean;
}

function asDemoUser(value: unknown): DemoUser | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || typeof record.displayName !== 'string' || typeof record.email !== 'string') return undefined;
  return { id: record.id, displayName: record.displayName, email: record.email, readOnly: record.role === 'viewer' };
}

const toUser = ({ id, displayName, email }: DemoUser): SignedInUser => ({ id, displayName, email });

interface OutboxEntry {
  id: string;
  activityType: string;
  previewText: string | null;
  time: string;
  recipient?: { id?: string };
  topic?: { webUrl?: string } | null;
}

function subEntityOf(link: URL): string | undefined {
  try {
    const context: unknown = JSON.parse(link.searchParams.get('context') ?? '{}');
    const page = typeof context === 'object' && context !== null && 'subEntityId' in context ? context.subEntityId : undefined;
    return typeof page === 'string' ? page : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page of the tab a notification's link opens: a Teams deep link's sub-page (or the personal
 * My actions tab itself), or the route in the tab address's hash. Only the page is kept, so the
 * panel opens it in this tab, whatever address the link names.
 */
function pageOfLink(webUrl: string | undefined): string | undefined {
  let link: URL;
  try {
    link = new URL(webUrl ?? '');
  } catch {
    return undefined;
  }
  const teamsTab = /^\/l\/entity\/[^/]+\/([^/]+)$/.exec(link.pathname);
  const page = teamsTab ? (subEntityOf(link) ?? (teamsTab[1] === 'my-actions' ? '/my-actions' : undefined)) : link.hash.replace(/^#/, '');
  return page?.startsWith('/') ? page : undefined;
}

/** Demo-directory sign-in for `npm start`: "Signed in as …", with a switch to any demo person. */
export async function createLocalSession(options: LocalSessionOptions): Promise<Session> {
  const fetchFn = options.fetchFn ?? fetch;
  const storage = options.storage ?? window.localStorage;
  const response = await fetchFn(options.directoryUrl);
  if (!response.ok) throw new Error(`The demo directory could not be read (HTTP ${response.status}).`);
  const body: unknown = await response.json();
  const users = (typeof body === 'object' && body !== null ? (body as { users?: unknown }).users : undefined) ?? [];
  const demoUsers = (Array.isArray(users) ? users : []).flatMap((user) => asDemoUser(user) ?? []);
  const first = demoUsers[0];
  if (!first) throw new Error('The demo directory is empty.');

  const remembered = demoUsers.find((user) => user.id === storage.getItem(STORAGE_KEY)) ?? first;
  const session: Session = {
    user: toUser(remembered),
    canEdit: !remembered.readOnly,
    demoDirectory: demoUsers.map(toUser),
    getAccessToken: () => Promise.resolve(localAccessToken(session.user)),
    async notifications(): Promise<LocalNotification[]> {
      // The outbox answers only a signed-in person, with what was sent to them.
      const outbox = await fetchFn(options.outboxUrl ?? 'local/outbox', { headers: { Authorization: `Bearer ${localAccessToken(session.user)}` } });
      if (!outbox.ok) throw new Error(`The notifications could not be read (HTTP ${outbox.status}).`);
      const recorded = (await outbox.json()) as { value?: OutboxEntry[] };
      return (recorded.value ?? [])
        .filter((entry) => entry.recipient?.id === session.user.id)
        .map((entry) => {
          const route = pageOfLink(entry.topic?.webUrl);
          return { id: entry.id, activityType: entry.activityType, previewText: entry.previewText ?? '', time: entry.time, ...(route ? { route } : {}) };
        });
    },
    switchUser(userId: string) {
      const next = demoUsers.find((user) => user.id === userId);
      if (!next) throw new Error(`There is no demo user with id ${userId}.`);
      session.user = toUser(next);
      session.canEdit = !next.readOnly;
      storage.setItem(STORAGE_KEY, next.id);
      options.onSwitch?.(session.user);
    },
  };
  return session;
}
