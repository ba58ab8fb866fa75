import { addressOnBoot, initialRouteFrom, makeLinkTo } from '../../src/app/links';
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

test('a deep link into a Teams tab opened on its own page (#/dashboard, #/my-actions) still opens the deep link', () => {
  expect(initialRouteFrom({ ...teams, entityId: 'my-actions', subPageId: '/actions/a-9' })).toBe('/actions/a-9');
});

const at = (pathname: string, search = '', hash = ''): string | undefined => addressOnBoot({ pathname, search, hash });

describe('the address as the tab opens', () => {
  test.each([
    ['a bookmarked path without its #', at('/actions'), '/#/actions'],
    ['a nested path with a filter', at('/actions/12', '?indicator=2'), '/#/actions/12?indicator=2'],
    [
      "a path with the app's own parameters, which stay in the query",
      at('/dashboard/indicator/3', '?tenant=second-demo-trust&site=s-1'),
      '/?tenant=second-demo-trust&site=s-1#/dashboard/indicator/3',
    ],
    ['a path and an empty hash', at('/eds', '', '#/'), '/#/eds'],
    ['an older link with the filter before the #', at('/', '?indicator=2&state=overdue', '#/actions'), '/#/actions?indicator=2&state=overdue'],
    ['an older link on index.html, keeping the tenant', at('/index.html', '?tenant=t&indicator=2', '#/actions'), '/index.html?tenant=t#/actions?indicator=2'],
  ])('%s becomes the same page as a hash route', (_case, actual, expected) => {
    expect(actual).toBe(expected);
  });

  test.each([
    ['the tab itself', at('/')],
    ['a hash route', at('/', '', '#/actions/12')],
    ['a hash route with its filter', at('/index.html', '?site=s-1', '#/actions?indicator=2')],
    ['a filter in the hash, which wins over one left in the query', at('/', '?indicator=3', '#/actions?indicator=2')],
    ['a sign-in response in the hash', at('/', '', '#code=abc&state=xyz')],
    ['a sign-in response in the query', at('/', '?code=abc&state=xyz')],
  ])('%s is left as it is', (_case, actual) => {
    expect(actual).toBeUndefined();
  });
});
