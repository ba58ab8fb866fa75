import { DEMO_TENANTS, type DemoPerson, type DemoTenant, demoDirectory, demoServicePrincipals, isAppIdentity } from '../demo-directory';
import type { LocalSiteDefinition } from './sites';

/**
 * SharePoint's three default site groups and what their permission levels allow:
 * - owners   (Full Control): read, write items, create and alter lists and columns;
 * - members  (Edit):         read and write items;
 * - visitors (Read):         read only.
 * Anyone in none of a site's groups gets 403 `accessDenied` on it, reads included.
 */
export type SiteRole = 'owner' | 'member' | 'visitor';

export type SitePermission = 'read' | 'writeItems' | 'manageLists';

const ROLE_PERMISSIONS: Readonly<Record<SiteRole, readonly SitePermission[]>> = {
  owner: ['read', 'writeItems', 'manageLists'],
  member: ['read', 'writeItems'],
  visitor: ['read'],
};

export interface SiteGroups {
  /** Principal names (the local token's `<userPrincipalName>`), lower case. */
  owners: readonly string[];
  members: readonly string[];
  visitors: readonly string[];
}

const names = (principals: readonly DemoPerson[]): string[] => principals.map((principal) => principal.email.toLowerCase());

/**
 * A trust's plan site: its own people by their role there. The app's identity is a visitor, as a
 * tenant grants the api read access to the plan (Sites.Selected) so the reminders can read it.
 */
function trustSiteGroups(tenant: DemoTenant): SiteGroups {
  const people = demoDirectory.filter((person) => person.tenant === tenant);
  return {
    owners: names(people.filter((person) => person.role === 'owner')),
    members: names(people.filter((person) => person.role === 'member')),
    visitors: [...names(people.filter((person) => person.role === 'viewer')), ...names(demoServicePrincipals)],
  };
}

/**
 * The hub: every registered trust's people read it; only the app's identity writes it, so a
 * publication, an adoption or a registration goes through the api, which checks the caller first.
 */
function hubGroups(registeredTenants: readonly DemoTenant[]): SiteGroups {
  return {
    owners: names(demoServicePrincipals),
    members: [],
    visitors: names(demoDirectory.filter((person) => registeredTenants.includes(person.tenant))),
  };
}

/** Each local site's groups, declared here once (both demo trusts are registered with the hub). */
export const siteGroups: Readonly<Record<LocalSiteDefinition['key'], SiteGroups>> = {
  'demo-trust': trustSiteGroups('demo-trust'),
  'second-demo-trust': trustSiteGroups('second-demo-trust'),
  'good-practice-hub': hubGroups(DEMO_TENANTS),
};

function isSiteKey(key: string): key is LocalSiteDefinition['key'] {
  return Object.hasOwn(siteGroups, key);
}

/** The principal's role on the site with this local key, or undefined when they are in none of its groups. */
export function siteRoleOf(principal: DemoPerson, siteKey: string): SiteRole | undefined {
  if (!isSiteKey(siteKey)) return undefined;
  const groups = siteGroups[siteKey];
  const name = principal.email.toLowerCase();
  if (groups.owners.includes(name)) return 'owner';
  if (groups.members.includes(name)) return 'member';
  if (groups.visitors.includes(name)) return 'visitor';
  return undefined;
}

export function roleAllows(role: SiteRole | undefined, permission: SitePermission): boolean {
  return role !== undefined && ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * The directory a principal may see: a person sees their own tenant's people only (another
 * tenant's users do not exist for them); the app's identity sees every demo person.
 */
export function visibleDirectory(principal: DemoPerson): readonly DemoPerson[] {
  return isAppIdentity(principal) ? demoDirectory : demoDirectory.filter((person) => person.tenant === principal.tenant);
}
