/**
 * What a per-site grant (`POST /sites/{id}/permissions`) should change, worked out from the site's
 * current permissions, so the grant script is safe to run again and again: it creates a missing
 * grant, corrects one whose roles differ (down as well as up: least privilege), and leaves a
 * correct one alone.
 */

/** The roles Sites.Selected grants, weakest first. */
export const SITE_ROLES = ['read', 'write', 'manage', 'fullControl'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/** One entry of `GET /sites/{id}/permissions` (Graph's `permission` resource, the parts used). */
export interface SitePermissionEntry {
  id: string;
  roles?: string[];
  grantedToIdentitiesV2?: { application?: { id?: string } }[];
  grantedToIdentities?: { application?: { id?: string } }[];
}

export type GrantChange = { kind: 'create' } | { kind: 'update'; permissionId: string; from: string[] } | { kind: 'none'; permissionId: string };

const grantsApp = (entry: SitePermissionEntry, appId: string): boolean =>
  [...(entry.grantedToIdentitiesV2 ?? []), ...(entry.grantedToIdentities ?? [])].some(
    (identity) => identity.application?.id?.toLowerCase() === appId.toLowerCase(),
  );

export function grantChange(existing: readonly SitePermissionEntry[], appId: string, role: SiteRole): GrantChange {
  const current = existing.find((entry) => grantsApp(entry, appId));
  if (!current) return { kind: 'create' };
  const roles = current.roles ?? [];
  if (roles.length === 1 && roles[0]?.toLowerCase() === role.toLowerCase()) return { kind: 'none', permissionId: current.id };
  return { kind: 'update', permissionId: current.id, from: roles };
}

/** The body of `POST /sites/{id}/permissions` granting `appId` the role. */
export function grantBody(
  appId: string,
  displayName: string,
  role: SiteRole,
): { roles: SiteRole[]; grantedToIdentities: { application: { id: string; displayName: string } }[] } {
  return { roles: [role], grantedToIdentities: [{ application: { id: appId, displayName } }] };
}

export function parseSiteRole(value: string, option: string): SiteRole {
  const role = SITE_ROLES.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (!role) throw new Error(`${option} must be one of ${SITE_ROLES.join(', ')}; it is "${value}".`);
  return role;
}
