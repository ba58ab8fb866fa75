import { app } from '@microsoft/teams-js';
import { detectHost, notifyTeamsLoaded } from '../../src/host/detect-host';

jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: jest.fn(),
    getContext: jest.fn(),
    notifyAppLoaded: jest.fn(),
    notifySuccess: jest.fn(() => Promise.resolve({ hasFinishedSuccessfully: true })),
    registerOnThemeChangeHandler: jest.fn(),
  },
}));

const teams = jest.mocked(app);

/** A window that is framed (self !== top), as the tab is inside Teams or any other page. */
function framedWindow(): Window {
  return { self: {}, top: {}, matchMedia: window.matchMedia } as unknown as Window;
}

beforeEach(() => jest.clearAllMocks());

test('a top-level browser window is not Teams, and teams-js is never called', async () => {
  await expect(detectHost({ win: window })).resolves.toEqual({ kind: 'browser', theme: 'light' });
  expect(teams.initialize).not.toHaveBeenCalled();
});

test('inside Teams it reads the context: theme, group and user', async () => {
  teams.initialize.mockResolvedValue(undefined);
  teams.getContext.mockResolvedValue({
    app: { theme: 'dark' },
    page: { frameContext: 'content', id: 'race-equality-plan', subPageId: '/actions/a-1' },
    channel: { id: '19:channel@thread.tacv2' },
    team: { groupId: 'group-1' },
    user: { id: 'user-1', displayName: 'Grace Mensah', loginHint: 'grace@demo.example', tenant: { id: 'tenant-1' } },
  } as unknown as Awaited<ReturnType<typeof app.getContext>>);
  await expect(detectHost({ win: framedWindow() })).resolves.toEqual({
    kind: 'teams',
    theme: 'dark',
    groupId: 'group-1',
    frameContext: 'content',
    tenantId: 'tenant-1',
    loginHint: 'grace@demo.example',
    userObjectId: 'user-1',
    userDisplayName: 'Grace Mensah',
    subPageId: '/actions/a-1',
    entityId: 'race-equality-plan',
    channelId: '19:channel@thread.tacv2',
  });
});

test('in a frame that is not Teams, it gives up after the timeout instead of teams-js own 60 s', async () => {
  teams.initialize.mockReturnValue(new Promise<void>(() => undefined));
  const started = Date.now();
  await expect(detectHost({ win: framedWindow(), timeoutMs: 50 })).resolves.toEqual({ kind: 'browser', theme: 'light' });
  expect(Date.now() - started).toBeLessThan(2000);
});

test('when teams-js rejects in a frame, the tab runs as a browser page', async () => {
  teams.initialize.mockRejectedValue(new Error('Initialization Failed. No Parent window found.'));
  await expect(detectHost({ win: framedWindow() })).resolves.toMatchObject({ kind: 'browser' });
});

test('once loaded, the tab tells Teams it succeeded', async () => {
  await notifyTeamsLoaded();
  expect(teams.notifyAppLoaded).toHaveBeenCalledTimes(1);
  expect(teams.notifySuccess).toHaveBeenCalledTimes(1);
});
