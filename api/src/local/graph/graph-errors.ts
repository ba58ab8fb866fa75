import { randomUUID } from 'node:crypto';
import type { z } from 'zod';

/** The error codes the local store answers with, each with its HTTP status, as Microsoft Graph uses them. */
export const graphErrorStatus = {
  invalidRequest: 400,
  BadRequest: 400,
  Request_UnsupportedQuery: 400,
  InvalidAuthenticationToken: 401,
  accessDenied: 403,
  itemNotFound: 404,
  Request_ResourceNotFound: 404,
  nameAlreadyExists: 409,
  resyncRequired: 410,
  preconditionFailed: 412,
  failedDependency: 424,
  TooManyRequests: 429,
  generalException: 500,
  serviceNotAvailable: 503,
} as const;

export type GraphErrorCode = keyof typeof graphErrorStatus;

/** A failure that becomes Graph's error JSON with its status (and, for some, extra headers). */
export class GraphError extends Error {
  readonly status: number;
  readonly code: GraphErrorCode;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: GraphErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'GraphError';
    this.code = code;
    this.status = graphErrorStatus[code];
    this.headers = headers;
  }
}

export interface GraphErrorBody {
  error: { code: string; message: string; innerError: { date: string; 'request-id': string; 'client-request-id': string } };
}

/** Graph's error shape: `{"error":{"code","message","innerError":{"date","request-id",…}}}`. */
export function graphErrorBody(code: string, message: string, clientRequestId?: string): GraphErrorBody {
  const requestId = randomUUID();
  return {
    error: {
      code,
      message,
      innerError: {
        date: isoSeconds(new Date()),
        'request-id': requestId,
        'client-request-id': clientRequestId ?? requestId,
      },
    },
  };
}

export const accessDenied = (): GraphError =>
  new GraphError('accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');

export const invalidRequest = (message: string): GraphError => new GraphError('invalidRequest', message);

export const itemNotFound = (message = 'The resource could not be found.'): GraphError => new GraphError('itemNotFound', message);

/** The navigation names of the resources this store serves (lower case); ids sit between them. */
const KNOWN_SEGMENTS: ReadonlySet<string> = new Set([
  'sites',
  'groups',
  'users',
  'me',
  'lists',
  'items',
  'columns',
  'fields',
  'versions',
  'delta',
  'teamwork',
  '$batch',
]);

/**
 * Graph's answer to a path it has no resource for: 400 `BadRequest`, "Resource not found for the
 * segment '<name>'", naming the first segment it could not resolve (`/v1.0/mee` names `mee`). Paths
 * alternate a navigation name and an id, so the first unknown name is reported, else the last segment.
 */
export function unknownSegment(pathUnderVersion: string): GraphError {
  const segments =
    pathUnderVersion
      .split('?', 1)[0]
      ?.split('/')
      .filter((segment) => segment !== '') ?? [];
  const decoded = segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  const unknown = decoded.find((segment, index) => index % 2 === 0 && !KNOWN_SEGMENTS.has(segment.toLowerCase())) ?? decoded.at(-1) ?? '';
  return new GraphError('BadRequest', `Resource not found for the segment '${unknown}'.`);
}

/** 400 for a request body that did not match its schema, naming each problem's path. */
export function invalidBody(what: string, error: z.ZodError): GraphError {
  return invalidRequest(`${what}: ${error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')}`);
}

/** ISO 8601 to the second, in UTC, as Graph writes dates (`2025-03-31T09:00:00Z`). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
