import { initialRouteFrom, makeLinkTo } from '../../src/app/links';
import { siteLocator } from '../../src/app/open-storage';
import type { RuntimeConfig } from '../../src/app/runtime-config';
import type { HostInfo } from '../../src/host/host-info';

const config: RuntimeConfig = { mode: 'microsoft365', graphBaseUrl: 'https://graph.microsoft.com/v1.0', clientId: 'c', graphScopes: [], teamsAppId: 'app-1' };
const teams: HostInfo = {
  kind: 'teams',
  theme: 'light',
  groupId: 'group-1',
  entityId: 'race-equality-plan',
  channelId: '19:c@thread',
  subPageId: '/actions/a-1',
};
const browser: HostInfo = { kind: 'browser', theme: 'light' };
const location = { origin: 'https://tab.example', pathname: '/index.html', search: '' };

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

test('inside Teams a link to an action is a Teams deep link to this tab, carrying the page', () => {
  const link = new URL(makeLinkTo(config, teams, location)('/actions/a-1'));
  expect(`${link.origin}${link.pathname}`).toBe('https://teams.microsoft.com/l/entity/app-1/race-equality-plan');
  expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: '/actions/a-1', channelId: '19:c@thread' });
  expect(link.searchParams.get('webUrl')).toBe('https://tab.example/index.html#/actions/a-1');
});

test('outside Teams, or without the app id, a link is the page address', () => {
  expect(makeLinkTo(config, browser, location)('/actions/a-1')).toBe('https://tab.example/index.html#/actions/a-1');
  expect(makeLinkTo({ ...config, teamsAppId: undefined }, teams, location)('/eds')).toBe('https://tab.example/index.html#/eds');
});

test('a deep link opens the tab at its page; anything else opens the default page', () => {
  expect(initialRouteFrom(teams)).toBe('/actions/a-1');
  expect(initialRouteFrom({ ...teams, subPageId: 'not-a-path' })).toBeUndefined();
  expect(initialRouteFrom(browser)).toBeUndefined();
});

test('the plan site: an override in the address, remembered for the session, then the configured site, then the team site', () => {
  const session = memory();
  expect(siteLocator(config, teams, '', session)).toEqual({ groupId: 'group-1' });
  expect(siteLocator(config, teams, '?site=other-site', session)).toEqual({ siteId: 'other-site' });
  expect(siteLocator(config, teams, '?indicator=2', session)).toEqual({ siteId: 'other-site' });
  expect(siteLocator(config, teams, '?site=default', session)).toEqual({ groupId: 'group-1' });
  expect(siteLocator({ ...config, siteId: 'configured' }, teams, '', memory())).toEqual({ siteId: 'configured' });
  expect(siteLocator({ ...config, mode: 'local' }, browser, '', memory())).toEqual({ root: true });
  expect(() => siteLocator(config, browser, '', memory())).toThrow(/does not know which SharePoint site/);
});
