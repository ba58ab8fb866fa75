import type { FastifyRequest } from 'fastify';
import { type DemoPerson, findDemoPerson, findDemoServicePrincipal, isAppIdentity } from '../demo-directory';
import type { GraphDatabase } from './database';
import { GraphError, accessDenied } from './graph-errors';
import { type SitePermission, roleAllows, siteRoleOf } from './site-permissions';
import { type SiteRow, findSite } from './sites';

const signedIn = new WeakMap<FastifyRequest, DemoPerson>();

/** The local sign-in: `Authorization: Bearer local:<userPrincipalName>` of a demo-directory person. */
export function personFromAuthorization(header: string | undefined): DemoPerson {
  const match = /^Bearer\s+local:(\S+)$/i.exec(header?.trim() ?? '');
  if (!header || header.trim() === '') {
    throw new GraphError('InvalidAuthenticationToken', 'Access token is empty.');
  }
  // A demo person, or the app's own service principal (app-only token of the reminders and publishing).
  const person = match?.[1] ? (findDemoPerson(match[1]) ?? findDemoServicePrincipal(match[1])) : undefined;
  if (!person) throw new GraphError('InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
  return person;
}

export function authenticate(request: FastifyRequest): void {
  signedIn.set(request, personFromAuthorization(request.headers.authorization));
}

export function currentPerson(request: FastifyRequest): DemoPerson {
  const person = signedIn.get(request);
  if (!person) throw new GraphError('InvalidAuthenticationToken', 'Access token is empty.');
  return person;
}

/**
 * The signed-in principal, after checking their role on this site allows the action; 403
 * `accessDenied` otherwise, reads included, so another trust's people learn nothing of the plan.
 */
export function requireSitePermission(request: FastifyRequest, site: SiteRow, permission: SitePermission): DemoPerson {
  const person = currentPerson(request);
  if (!roleAllows(siteRoleOf(person, site.key), permission)) throw accessDenied();
  return person;
}

/** A site by reference (404 if there is none), once the signed-in principal may do this there. */
export function accessSite(db: GraphDatabase, request: FastifyRequest, reference: string, permission: SitePermission): SiteRow {
  const site = findSite(db, reference);
  requireSitePermission(request, site, permission);
  return site;
}

/**
 * Activity-feed notifications (Graph's TeamsActivity.Send): the app's identity, or a person who
 * edits their trust's plan; a read-only person may not send them.
 */
export function requireNotificationSender(request: FastifyRequest): DemoPerson {
  const person = currentPerson(request);
  if (!isAppIdentity(person) && person.role === 'viewer') throw accessDenied();
  return person;
}

/** Graph's identitySet for a person, as used by createdBy and lastModifiedBy. */
export interface IdentitySet {
  user: { id: string; displayName: string; email: string };
}

export function identitySet(person: DemoPerson): IdentitySet {
  return { user: { id: person.id, displayName: person.displayName, email: person.email } };
}
