import { createLocalSession, localAccessToken } from '../../src/host/local-session';

const people = [
  { id: 'u1', displayName: 'Amara Okafor', email: 'amara@demo.example' },
  { id: 'u2', displayName: 'Tom Hughes', email: 'tom@demo.example' },
];

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

function decode(token: string): { oid: string; name: string } {
  return JSON.parse(atob(token.slice('local.'.length).replace(/-/g, '+').replace(/_/g, '/'))) as { oid: string; name: string };
}

test('the token names whoever is signed in now', async () => {
  const session = await createLocalSession({ directoryUrl: '/d', fetchFn: directoryFetch({ users: people }), storage: memoryStorage() });
  expect(decode(await session.getAccessToken())).toMatchObject({ oid: 'u1', name: 'Amara Okafor' });
  session.switchUser?.('u2');
  expect(decode(await session.getAccessToken())).toMatchObject({ oid: 'u2', name: 'Tom Hughes' });
});

test('names outside ASCII survive the token', () => {
  const token = localAccessToken({ id: 'u3', displayName: 'Zoë Ó Súilleabháin', email: 'zoe@demo.example' });
  const bytes = Uint8Array.from(atob(token.slice(6).replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  expect(JSON.parse(new TextDecoder().decode(bytes))).toMatchObject({ name: 'Zoë Ó Súilleabháin' });
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
