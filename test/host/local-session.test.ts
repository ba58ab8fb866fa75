import { createLocalSession, localAccessToken } from '../../src/host/local-session';

const amara = { id: 'u1', displayName: 'Amara Okafor', email: 'amara@demo.example' };
const tom = { id: 'u2', displayName: 'Tom Hughes', email: 'tom@demo.example' };
const people = [amara, tom];

function directoryFetch(body: unknown, status = 200): typeof fetch {
  // jsdom has no Response class; the session reads only ok, status and json().
  const response = { ok: status < 400, status, json: () => Promise.resolve(body) } as Response;
  return jest.fn(() => Promise.resolve(response)) as unknown as typeof fetch;
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

test('the first demo person is signed in, and switching is remembered for next time', async () => {
  const storage = memoryStorage();
  const onSwitch = jest.fn();
  const first = await createLocalSession({ directoryUrl: '/d', fetchFn: directoryFetch({ users: people }), storage, onSwitch });
  expect(first.user.displayName).toBe('Amara Okafor');
  first.switchUser?.('u2');
  expect(first.user.displayName).toBe('Tom Hughes');
  expect(onSwitch).toHaveBeenCalledWith(people[1]);

  const reopened = await createLocalSession({ directoryUrl: '/d', fetchFn: directoryFetch({ users: people }), storage });
  expect(reopened.user.displayName).toBe('Tom Hughes');
  expect(reopened.demoDirectory).toEqual(people);
});

test('the token names whoever is signed in now, as local:<userPrincipalName>', async () => {
  const session = await createLocalSession({ directoryUrl: '/d', fetchFn: directoryFetch({ users: people }), storage: memoryStorage() });
  await expect(session.getAccessToken()).resolves.toBe('local:amara@demo.example');
  session.switchUser?.('u2');
  await expect(session.getAccessToken()).resolves.toBe('local:tom@demo.example');
  expect(localAccessToken(tom)).toBe('local:tom@demo.example');
});

test.each([
  ['an HTTP error', directoryFetch({}, 503), 'The demo directory could not be read (HTTP 503).'],
  ['an empty directory', directoryFetch({ users: [] }), 'The demo directory is empty.'],
  ['a malformed directory', directoryFetch({ users: [{ id: 1 }] }), 'The demo directory is empty.'],
])('%s gives a plain message', async (_case, fetchFn, message) => {
  await expect(createLocalSession({ directoryUrl: '/d', fetchFn, storage: memoryStorage() })).rejects.toThrow(message);
});

test('switching to someone not in the directory is refused', async () => {
  const session = await createLocalSession({ directoryUrl: '/d', fetchFn: directoryFetch({ users: people }), storage: memoryStorage() });
  expect(() => session.switchUser?.('nobody')).toThrow('There is no demo user with id nobody.');
  expect(session.user.id).toBe('u1');
});

test('a demo viewer may only read: the session says so, and switching to an editor lifts it', async () => {
  const viewer = { id: 'u9', displayName: 'Victor Osei', email: 'viewer@demo.example', role: 'viewer' };
  const session = await createLocalSession({
    directoryUrl: '/d',
    fetchFn: directoryFetch({ users: [viewer, { ...amara, role: 'member' }] }),
    storage: memoryStorage(),
  });
  expect(session.user).toEqual({ id: 'u9', displayName: 'Victor Osei', email: 'viewer@demo.example' });
  expect(session.canEdit).toBe(false);
  session.switchUser?.('u1');
  expect(session.canEdit).toBe(true);
});

test.each([
  ['an owner reminder, by the tab address', 'http://127.0.0.1:53000/#/actions/a-1', '/actions/a-1'],
  ['the weekly digest, by the tab address', 'http://127.0.0.1:53000/#/my-actions', '/my-actions'],
  [
    'an owner reminder, by a Teams deep link',
    `https://teams.microsoft.com/l/entity/app-1/my-actions?context=${encodeURIComponent('{"subEntityId":"/actions/a-1"}')}`,
    '/actions/a-1',
  ],
  ['the weekly digest, by a Teams deep link', 'https://teams.microsoft.com/l/entity/app-1/my-actions', '/my-actions'],
  ['a link to no page of the tab', 'https://tab.example/', undefined],
  ['a Teams link with a broken context', 'https://teams.microsoft.com/l/entity/app-1/other?context=%7B', undefined],
  ['no link', undefined, undefined],
])('a notification opens the page its link names: %s', async (_case, webUrl, route) => {
  const outbox = {
    value: [{ id: '1', activityType: 'actionOverdue', previewText: 'p', time: 't', recipient: { id: 'u1' }, topic: { source: 'text', value: 'v', webUrl } }],
  };
  const fetchFn = jest.fn((url: string) =>
    Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(url.includes('outbox') ? outbox : { users: people }) } as Response),
  ) as unknown as typeof fetch;
  const session = await createLocalSession({ directoryUrl: '/d', outboxUrl: '/local/outbox', fetchFn, storage: memoryStorage() });
  const [notification] = (await session.notifications?.()) ?? [];
  expect(notification?.route).toBe(route);
});

test('locally, the notifications the reminders would have sent to Teams are read from the outbox, for the signed-in person only', async () => {
  const outbox = {
    value: [
      { id: '2', activityType: 'actionOverdue', previewText: '1 action is overdue', time: '2027-01-15T07:00:00Z', recipient: { id: 'u1' } },
      { id: '1', activityType: 'actionDueSoon', previewText: 'Someone else', time: '2027-01-15T07:00:00Z', recipient: { id: 'u2' } },
    ],
  };
  const fetchFn = jest.fn((url: string) => {
    const body = url.includes('outbox') ? outbox : { users: people };
    return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(body) } as Response);
  }) as unknown as typeof fetch;
  const session = await createLocalSession({ directoryUrl: '/d', outboxUrl: '/local/outbox', fetchFn, storage: memoryStorage() });
  await expect(session.notifications?.()).resolves.toEqual([
    { id: '2', activityType: 'actionOverdue', previewText: '1 action is overdue', time: '2027-01-15T07:00:00Z' },
  ]);
  // The outbox answers only a signed-in person.
  expect(fetchFn).toHaveBeenCalledWith('/local/outbox', { headers: { Authorization: 'Bearer local:amara@demo.example' } });
});
