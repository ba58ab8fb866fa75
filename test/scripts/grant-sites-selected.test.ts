import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { grantSitesSelected } from '../../scripts/grant-sites-selected';
import { grantBody, grantChange, parseSiteRole } from '../../scripts/sites-selected/grant-plan';

const APP_ID = '5f0e8b1c-0000-4000-8000-00000000f00d';

describe('what a site grant changes', () => {
  test("a missing grant is created, with the identity's app id and exactly the one role", () => {
    expect(grantChange([], APP_ID, 'write')).toEqual({ kind: 'create' });
    expect(grantBody(APP_ID, 'race-equality-api', 'read')).toEqual({
      roles: ['read'],
      grantedToIdentities: [{ application: { id: APP_ID, displayName: 'race-equality-api' } }],
    });
  });

  test("a grant to another app is not this one's", () => {
    expect(grantChange([{ id: 'p1', roles: ['write'], grantedToIdentitiesV2: [{ application: { id: 'someone-else' } }] }], APP_ID, 'write')).toEqual({
      kind: 'create',
    });
  });

  test('the right grant is left alone; a different one is corrected, down as well as up', () => {
    const granted = (roles: string[]) => [{ id: 'p1', roles, grantedToIdentities: [{ application: { id: APP_ID.toUpperCase() } }] }];
    expect(grantChange(granted(['read']), APP_ID, 'read')).toEqual({ kind: 'none', permissionId: 'p1' });
    expect(grantChange(granted(['read']), APP_ID, 'write')).toEqual({ kind: 'update', permissionId: 'p1', from: ['read'] });
    expect(grantChange(granted(['fullcontrol']), APP_ID, 'read')).toEqual({ kind: 'update', permissionId: 'p1', from: ['fullcontrol'] });
  });

  test('a role that Sites.Selected does not have is refused, naming the option', () => {
    expect(parseSiteRole('Write', '--plan-role')).toBe('write');
    expect(() => parseSiteRole('owner', '--plan-role')).toThrow('--plan-role must be one of read, write, manage, fullControl; it is "owner".');
  });
});

function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {}));
  });
}

/**
 * Graph's servicePrincipals and site-permission endpoints as a loopback stand-in, holding state,
 * so the script's requests are checked by what they leave behind and a second run by its silence.
 */
function fakeGraph(): {
  server: Server;
  requests: string[];
  sitePermissions: Map<string, { id: string; roles: string[]; appId: string }[]>;
  assignments: { appRoleId: string; resourceId: string }[];
} {
  const requests: string[] = [];
  const sitePermissions = new Map<string, { id: string; roles: string[]; appId: string }[]>([
    ['hub-site', []],
    ['plan-a', [{ id: 'perm-a', roles: ['write'], appId: APP_ID }]],
    ['plan-b', [{ id: 'perm-b', roles: ['read'], appId: APP_ID }]],
  ]);
  const assignments: { appRoleId: string; resourceId: string }[] = [];
  const server = createServer(async (request, response) => {
    const url = decodeURIComponent((request.url ?? '').replace(/^\/v1\.0/, '').split('?')[0] ?? '');
    requests.push(`${request.method} ${url}`);
    const json = (status: number, value: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (request.headers.authorization !== 'Bearer admin-token') return json(401, { error: { code: 'InvalidAuthenticationToken', message: 'no' } });
    if (url === '/servicePrincipals/mi-object-id') return json(200, { id: 'mi-object-id', appId: APP_ID, displayName: 'race-equality-api' });
    if (url === "/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')") {
      return json(200, {
        id: 'graph-sp',
        appRoles: [
          { id: 'role-sites-selected', value: 'Sites.Selected', allowedMemberTypes: ['Application'] },
          { id: 'role-activity', value: 'TeamsActivity.Send', allowedMemberTypes: ['Application'] },
          { id: 'role-all-sites', value: 'Sites.ReadWrite.All', allowedMemberTypes: ['Application'] },
        ],
      });
    }
    if (url === '/servicePrincipals/mi-object-id/appRoleAssignments') {
      if (request.method === 'POST') {
        const posted = await body(request);
        assignments.push({ appRoleId: String(posted.appRoleId), resourceId: String(posted.resourceId) });
        return json(201, posted);
      }
      return json(200, { value: assignments });
    }
    const site = /^\/sites\/([^/]+)\/permissions(?:\/([^/]+))?$/.exec(url);
    const entries = site?.[1] ? sitePermissions.get(site[1]) : undefined;
    if (site && entries) {
      if (request.method === 'GET')
        return json(200, {
          value: entries.map((entry) => ({ id: entry.id, roles: entry.roles, grantedToIdentitiesV2: [{ application: { id: entry.appId } }] })),
        });
      const posted = await body(request);
      if (request.method === 'POST') {
        const grantee = (posted.grantedToIdentities as { application: { id: string } }[])[0]?.application.id ?? '';
        entries.push({ id: `perm-${entries.length + 1}`, roles: posted.roles as string[], appId: grantee });
        return json(201, posted);
      }
      const entry = entries.find((candidate) => candidate.id === site[2]);
      if (request.method === 'PATCH' && entry) {
        entry.roles = posted.roles as string[];
        return json(200, entry);
      }
    }
    return json(404, { error: { code: 'itemNotFound', message: url } });
  });
  return { server, requests, sitePermissions, assignments };
}

test('the script grants the two app roles, write on the hub and read on each plan site, and a second run changes nothing', async () => {
  const graph = fakeGraph();
  await new Promise<void>((resolve) => graph.server.listen(0, '127.0.0.1', resolve));
  const graphUrl = `http://127.0.0.1:${(graph.server.address() as AddressInfo).port}/v1.0`;
  const lines: string[] = [];
  const options = {
    principalId: 'mi-object-id',
    hubSiteId: 'hub-site',
    planSiteIds: ['plan-a', 'plan-b'],
    registered: false,
    planRole: 'read' as const,
    dryRun: false,
    graphUrl,
    token: 'admin-token',
    log: (line: string) => lines.push(line),
  };
  try {
    await grantSitesSelected(options);
    expect(graph.assignments).toEqual([
      { appRoleId: 'role-sites-selected', resourceId: 'graph-sp' },
      { appRoleId: 'role-activity', resourceId: 'graph-sp' },
    ]);
    const roles = (site: string) => graph.sitePermissions.get(site)?.map((entry) => [entry.appId, entry.roles]);
    expect(roles('hub-site')).toEqual([[APP_ID, ['write']]]);
    // plan-a had more than it needs (write): brought down to read. plan-b was right.
    expect(roles('plan-a')).toEqual([[APP_ID, ['read']]]);
    expect(roles('plan-b')).toEqual([[APP_ID, ['read']]]);

    const writes = () => graph.requests.filter((request) => !request.startsWith('GET'));
    const before = writes().length;
    await grantSitesSelected(options);
    expect(writes().length).toBe(before);

    // A dry run against a new site only says what it would do.
    graph.sitePermissions.set('plan-c', []);
    lines.length = 0;
    await grantSitesSelected({ ...options, planSiteIds: ['plan-c'], dryRun: true });
    expect(lines).toContain('  plan-c: would grant read');
    expect(graph.sitePermissions.get('plan-c')).toEqual([]);
  } finally {
    await new Promise((resolve) => graph.server.close(resolve));
  }
});
