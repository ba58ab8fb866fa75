import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DemoPerson } from '../demo-directory';
import { currentPerson } from './auth';
import { GraphError, invalidRequest } from './graph-errors';
import { applySelect, queryParam, selectParam, topParam } from './odata-query';
import { visibleDirectory } from './site-permissions';

/** A user in Graph's shape (the properties the app reads). */
export function userJson(person: DemoPerson): Record<string, unknown> {
  return { id: person.id, displayName: person.displayName, mail: person.email, userPrincipalName: person.email, jobTitle: person.jobTitle };
}

const SEARCHABLE: Record<string, (person: DemoPerson) => string> = {
  displayname: (person) => person.displayName,
  mail: (person) => person.email,
  userprincipalname: (person) => person.email,
  jobtitle: (person) => person.jobTitle,
};

/** Graph's $search tokenises values: a term matches the start of the value or of any word in it. */
function matchesTerm(value: string, term: string): boolean {
  const lowerValue = value.toLowerCase();
  const lowerTerm = term.toLowerCase().trim();
  if (lowerTerm === '') return true;
  return lowerValue.startsWith(lowerTerm) || lowerValue.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(lowerTerm));
}

type SearchClause = (person: DemoPerson) => boolean;

function searchClause(text: string): SearchClause {
  const quoted = /^\s*"([^"]*)"\s*$/.exec(text);
  if (!quoted) throw invalidRequest(`Syntax error in $search: '${text.trim()}' must be a quoted "property:value" clause.`);
  const inner = quoted[1] ?? '';
  const colon = inner.indexOf(':');
  if (colon < 0) return (person) => Object.values(SEARCHABLE).some((read) => matchesTerm(read(person), inner));
  const property = inner.slice(0, colon);
  const read = SEARCHABLE[property.toLowerCase()];
  if (!read) throw invalidRequest(`Unsupported or invalid $search property '${property}' for resource 'User'.`);
  const term = inner.slice(colon + 1);
  return (person) => matchesTerm(read(person), term);
}

/** `"displayName:ann"`, `"mail:sean"`, `"ann"`, joined by OR / AND. */
function parseSearch(search: string): SearchClause {
  const anyOf = search.split(/\s+OR\s+/).map((part) => {
    const allOf = part.split(/\s+AND\s+/).map(searchClause);
    return (person: DemoPerson) => allOf.every((test) => test(person));
  });
  return (person) => anyOf.some((test) => test(person));
}

/**
 * A user of the caller's own directory, by id or user principal name. Another tenant's people are
 * not in it, so they are 404 exactly as a user who does not exist (nothing says they are there).
 */
export function findUser(reference: string, caller: DemoPerson): DemoPerson {
  const wanted = reference.toLowerCase();
  const person = visibleDirectory(caller).find((candidate) => candidate.id === wanted || candidate.email.toLowerCase() === wanted);
  if (!person) {
    throw new GraphError(
      'Request_ResourceNotFound',
      `Resource '${reference}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  return person;
}

function wantsEventualConsistency(request: FastifyRequest): boolean {
  return String(request.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
}

/** `/me`, `/users` (with `$search` under `ConsistencyLevel: eventual`) and `/users/{id | userPrincipalName}`. */
export function registerUserRoutes(graph: FastifyInstance): void {
  graph.get('/me', (request) => applySelect(userJson(currentPerson(request)), selectParam(request)));

  graph.get('/users', (request) => {
    const me = currentPerson(request);
    const search = queryParam(request, 'search');
    const count = queryParam(request, 'count');
    if ((search !== undefined || count === 'true') && !wantsEventualConsistency(request)) {
      throw new GraphError(
        'Request_UnsupportedQuery',
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      );
    }
    const test = search === undefined ? () => true : parseSearch(search);
    const matched = visibleDirectory(me).filter(test);
    const top = topParam(request, 100, 999);
    const value = matched.slice(0, top).map((person) => applySelect(userJson(person), selectParam(request)));
    return count === 'true' ? { '@odata.count': matched.length, value } : { value };
  });

  graph.get<{ Params: { userId: string } }>('/users/:userId', (request) =>
    applySelect(userJson(findUser(request.params.userId, currentPerson(request))), selectParam(request)),
  );
}
