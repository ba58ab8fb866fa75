import type { FastifyRequest } from 'fastify';
import { type DemoPerson, findDemoPerson, findDemoServicePrincipal } from '../demo-directory';
import { GraphError, accessDenied } from './graph-errors';

const signedIn = new WeakMap<FastifyRequest, DemoPerson>();

/** What a SharePoint permission level allows: reading, editing items, or managing lists and columns. */
export type Permission = 'read' | 'writeItems' | 'manageLists' | 'sendNotifications';

const allowed: Record<DemoPerson['role'], readonly Permission[]> = {
  owner: ['read', 'writeItems', 'manageLists', 'sendNotifications'],
  member: ['read', 'writeItems', 'sendNotifications'],
  viewer: ['read'],
};

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

/** The signed-in person, after checking they may do this; 403 `accessDenied` otherwise. */
export function requirePermission(request: FastifyRequest, permission: Permission): DemoPerson {
  const person = currentPerson(request);
  if (!allowed[person.role].includes(permission)) throw accessDenied();
  return person;
}

/** Graph's identitySet for a person, as used by createdBy and lastModifiedBy. */
export interface IdentitySet {
  user: { id: string; displayName: string; email: string };
}

export function identitySet(person: DemoPerson): IdentitySet {
  return { user: { id: person.id, displayName: person.displayName, email: person.email } };
}
