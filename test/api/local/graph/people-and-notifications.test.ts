import { type Harness, LEAD, MEMBER, errorOf, startHarness } from './harness';

interface User {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  jobTitle: string;
}

let h: Harness;
const eventual = { consistencylevel: 'eventual' };

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const search = async (query: string): Promise<string[]> => {
  const response = await h.call('GET', `/users?$search=${encodeURIComponent(query)}`, { headers: eventual });
  expect(response.statusCode).toBe(200);
  return response.json<{ value: User[] }>().value.map((user) => user.displayName);
};

describe('people', () => {
  test('/me is the signed-in person in Graph user shape', async () => {
    expect((await h.call('GET', '/me', { as: MEMBER })).json()).toEqual({
      '@odata.context': 'http://localhost/graph/v1.0/$metadata#users/$entity',
      id: '8f1c2d3e-0002-4a5b-9c6d-000000000002',
      displayName: 'Amara Okafor',
      mail: MEMBER,
      userPrincipalName: MEMBER,
      jobTitle: 'Director of People',
    });
  });

  test('$search without ConsistencyLevel: eventual is 400 with Graph\u2019s message', async () => {
    const response = await h.call('GET', `/users?$search=${encodeURIComponent('"displayName:amara"')}`);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toContain('ConsistencyLevel: eventual');
  });

  test('$search by displayName, mail, or plain text matches the start of a word', async () => {
    expect(await search('"displayName:amara"')).toEqual(['Amara Okafor']);
    expect(await search('"displayName:okaf"')).toEqual(['Amara Okafor']);
    expect(await search('"displayName:o"')).toEqual(['Amara Okafor', "Sean O'Brien", 'Victor Osei']);
    expect(await search('"mail:tom"')).toEqual(['Tom Hughes']);
    expect(await search('"priya"')).toEqual(['Priya Raman']);
    expect(await search('"displayName:tom" OR "displayName:priya"')).toEqual(['Tom Hughes', 'Priya Raman']);
    expect(await search('"displayName:zzz"')).toEqual([]);
  });

  test('$select and $top shape the result', async () => {
    const response = await h.call('GET', `/users?$search=${encodeURIComponent('"displayName:o"')}&$select=id,displayName&$top=2`, { headers: eventual });
    const { value } = response.json<{ value: Record<string, unknown>[] }>();
    expect(value).toHaveLength(2);
    expect(Object.keys(value[0] ?? {}).toSorted()).toEqual(['displayName', 'id']);
  });

  test('/users/{id} and /users/{userPrincipalName}; an unknown user is 404', async () => {
    const byUpn = (await h.call('GET', `/users/${encodeURIComponent('sean.obrien@demo-trust.example')}`)).json<User>();
    expect(byUpn.displayName).toBe("Sean O'Brien");
    expect((await h.call('GET', `/users/${byUpn.id}`)).json<User>().mail).toBe('sean.obrien@demo-trust.example');
    expect((await h.call('GET', '/users/nobody@demo-trust.example')).statusCode).toBe(404);
  });
});

function notification(previewText: string): Record<string, unknown> {
  return {
    topic: { source: 'entityUrl', value: 'https://graph.microsoft.com/v1.0/users/8f1c2d3e-0003-4a5b-9c6d-000000000003/teamwork/installedApps/app' },
    activityType: 'actionDue',
    previewText: { content: previewText },
    templateParameters: [{ name: 'actionTitle', value: 'Reverse mentoring' }],
  };
}

describe('activity notifications', () => {
  test('sendActivityNotification is 204 and goes to the outbox, newest first, with sender and time', async () => {
    const first = await h.call('POST', '/users/tom.hughes@demo-trust.example/teamwork/sendActivityNotification', { body: notification('Due tomorrow') });
    expect(first.statusCode).toBe(204);
    expect(first.payload).toBe('');
    const second = await h.call('POST', '/users/8f1c2d3e-0004-4a5b-9c6d-000000000004/teamwork/sendActivityNotification', {
      body: notification('Overdue'),
      as: MEMBER,
    });
    expect(second.statusCode).toBe(204);
    const third = await h.call('POST', '/users/tom.hughes@demo-trust.example/teamwork/sendActivityNotification', {
      body: notification('Overdue too'),
      as: MEMBER,
    });
    expect(third.statusCode).toBe(204);
    type Entry = {
      recipient: { email: string };
      sender: { email: string };
      previewText: string;
      activityType: string;
      templateParameters: unknown;
      time: string;
    };
    const outboxOf = async (email: string): Promise<Entry[]> => {
      const outbox = await h.app.inject({ method: 'GET', url: '/local/outbox', headers: { authorization: `Bearer local:${email}` } });
      expect(outbox.statusCode).toBe(200);
      return outbox.json<{ value: Entry[] }>().value;
    };
    // Each person sees what was sent to them (and what they sent), never anyone else's.
    const tom = await outboxOf('tom.hughes@demo-trust.example');
    expect(tom.map((entry) => entry.previewText)).toEqual(['Overdue too', 'Due tomorrow']);
    expect(tom[1]).toMatchObject({ recipient: { email: 'tom.hughes@demo-trust.example' }, sender: { email: LEAD }, activityType: 'actionDue' });
    expect(tom[1]?.templateParameters).toEqual([{ name: 'actionTitle', value: 'Reverse mentoring' }]);
    expect(tom[1]?.time).toMatch(/Z$/);
    const priya = await outboxOf('priya.raman@demo-trust.example');
    expect(priya.map((entry) => entry.previewText)).toEqual(['Overdue']);
    expect(priya[0]).toMatchObject({ recipient: { email: 'priya.raman@demo-trust.example' }, sender: { email: MEMBER } });
    expect((await outboxOf(MEMBER)).map((entry) => entry.previewText)).toEqual(['Overdue too', 'Overdue']);
    expect(await outboxOf('sean.obrien@demo-trust.example')).toEqual([]);
  });

  test('the outbox needs sign-in: without a token it is 401 in Graph error shape', async () => {
    const anonymous = await h.app.inject({ method: 'GET', url: '/local/outbox' });
    expect(anonymous.statusCode).toBe(401);
    expect(errorOf(anonymous).code).toBe('InvalidAuthenticationToken');
  });

  test('a notification to an unknown user is 404; one without an activityType is 400', async () => {
    expect((await h.call('POST', '/users/nobody@demo-trust.example/teamwork/sendActivityNotification', { body: notification('x') })).statusCode).toBe(404);
    const { activityType: _dropped, ...withoutType } = notification('x');
    expect((await h.call('POST', `/users/${LEAD}/teamwork/sendActivityNotification`, { body: withoutType })).statusCode).toBe(400);
  });

  test('the outbox is only served to this machine', async () => {
    const remote = await h.app.inject({ method: 'GET', url: '/local/outbox', remoteAddress: '10.0.0.8' });
    expect(remote.statusCode).toBe(403);
  });
});
