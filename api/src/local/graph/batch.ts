import type { FastifyInstance, FastifyRequest, HTTPMethods } from 'fastify';
import { z } from 'zod';
import { graphErrorBody, invalidBody, invalidRequest } from './graph-errors';

export const MAX_BATCH_REQUESTS = 20;

const batchBody = z.object({
  requests: z.array(
    z.object({
      id: z.string().min(1),
      method: z.string().min(1),
      url: z.string().min(1),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      dependsOn: z.array(z.string()).optional(),
    }),
  ),
});

type BatchRequest = z.infer<typeof batchBody>['requests'][number];

export interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  /** The body as the route wrote it, when that is JSON: put into the batch's answer as it is. */
  json?: string;
}

/**
 * The batch's answer as JSON text. A sub-request's JSON body goes in as the route wrote it: parsing
 * a page of 5,000 items only to write it out again cost as much as the page itself.
 */
function batchAnswer(responses: readonly BatchResponse[]): string {
  const answers = responses.map(({ json, ...response }) => {
    if (json === undefined) return JSON.stringify(response);
    const { id, status, headers } = response;
    return `{"id":${JSON.stringify(id)},"status":${status},"headers":${JSON.stringify(headers)},"body":${json}}`;
  });
  return `{"responses":[${answers.join(',')}]}`;
}

const METHODS: readonly string[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

/** The Graph resources this store serves: a sub-request's path must start with one of them. */
const GRAPH_ROOTS: readonly string[] = ['sites', 'groups', 'users', 'me'];

/** Headers a sub-request may not set: the outer request's sign-in and connection are the only ones. */
const REFUSED_HEADERS = new Set(['authorization', 'host', 'content-length', 'transfer-encoding', 'connection', 'cookie']);

/**
 * Why a sub-request's URL is refused, or undefined when it names a Graph resource under the
 * version root. Only relative URLs such as `/sites/root/lists` are run: never an absolute URL,
 * a path that climbs out with `..` (written plainly or percent-encoded), another `$batch`, or
 * anything else this server answers (`/local/…`, `/api/…`, the tab).
 */
export function refusedUrl(url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.includes('\\')) {
    return 'A batch request URL must be relative to the version, such as /me; absolute URLs are not allowed.';
  }
  const path = url.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'A batch request URL must be a valid relative URL.';
  }
  const segments = decoded.replace(/^\//, '').split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return "A batch request URL may not contain '.' or '..' segments.";
  const first = segments[0] ?? '';
  if (first.toLowerCase() === '$batch') return 'A batch request cannot contain another $batch request.';
  if (!GRAPH_ROOTS.includes(first.toLowerCase())) {
    return `A batch request URL must name a Graph resource under the version root (${GRAPH_ROOTS.map((root) => `/${root}`).join(', ')}).`;
  }
  return undefined;
}

const PASSED_BACK_HEADERS: Record<string, string> = { 'content-type': 'Content-Type', 'retry-after': 'Retry-After', location: 'Location', etag: 'ETag' };

function failure(id: string, status: number, code: string, message: string): BatchResponse {
  return { id, status, headers: { 'Content-Type': 'application/json' }, body: graphErrorBody(code, message) };
}

/** Graph matches batch request ids, and the ids named in `dependsOn`, without regard to case. */
const idKey = (id: string): string => id.toLowerCase();

function checkRequests(requests: BatchRequest[]): void {
  if (requests.length === 0) throw invalidRequest('Invalid batch payload format: the batch has no requests.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw invalidRequest(`Invalid batch payload format: a batch holds at most ${MAX_BATCH_REQUESTS} requests; this one has ${requests.length}.`);
  }
  const ids = new Set<string>();
  for (const request of requests) {
    if (ids.has(idKey(request.id))) throw invalidRequest(`Invalid batch payload format: the request id '${request.id}' is used twice.`);
    ids.add(idKey(request.id));
  }
  for (const request of requests) {
    for (const dependency of request.dependsOn ?? []) {
      if (!ids.has(idKey(dependency)))
        throw invalidRequest(`Invalid batch payload format: request '${request.id}' depends on unknown request '${dependency}'.`);
    }
  }
  // A dependency cycle could never run.
  const byId = new Map(requests.map((request) => [idKey(request.id), request]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): void => {
    const key = idKey(id);
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') throw invalidRequest(`Invalid batch payload format: the dependencies of request '${id}' form a cycle.`);
    state.set(key, 'visiting');
    for (const dependency of byId.get(key)?.dependsOn ?? []) visit(dependency);
    state.set(key, 'done');
  };
  for (const request of requests) visit(request.id);
}

/**
 * JSON batching: `POST /$batch` with up to 20 requests. Each runs through the same routes (by
 * `inject`), with the outer request's sign-in, so validation, eTags, permissions and injected
 * faults behave exactly as for single requests. A request whose dependency failed gets 424.
 */
export function registerBatchRoute(graph: FastifyInstance, root: FastifyInstance, basePath: string, subRequestHeader: [string, string]): void {
  graph.post('/$batch', async (request, reply) => {
    const parsed = batchBody.safeParse(request.body);
    if (!parsed.success) {
      throw invalidBody('Invalid batch payload format', parsed.error);
    }
    const requests = parsed.data.requests;
    checkRequests(requests);
    const results = new Map<string, Promise<BatchResponse>>();
    const run = async (sub: BatchRequest): Promise<BatchResponse> => {
      const dependencies = await Promise.all((sub.dependsOn ?? []).map((id) => results.get(idKey(id)) ?? Promise.reject(new Error(id))));
      if (dependencies.some((dependency) => dependency.status >= 400)) {
        return failure(sub.id, 424, 'failedDependency', 'The request depends on a request that failed.');
      }
      return execute(root, request, sub, basePath, subRequestHeader);
    };
    // Requests are started in order; each waits only for what it depends on.
    const resolveInOrder = (sub: BatchRequest): Promise<BatchResponse> => {
      const existing = results.get(idKey(sub.id));
      if (existing) return existing;
      for (const id of sub.dependsOn ?? []) {
        const dependency = requests.find((candidate) => idKey(candidate.id) === idKey(id));
        if (dependency) resolveInOrder(dependency);
      }
      const promise = run(sub);
      results.set(idKey(sub.id), promise);
      return promise;
    };
    const responses = await Promise.all(requests.map(resolveInOrder));
    return reply.type('application/json; charset=utf-8').send(batchAnswer(responses));
  });
}

async function execute(
  root: FastifyInstance,
  outer: FastifyRequest,
  sub: BatchRequest,
  basePath: string,
  [markerName, markerValue]: [string, string],
): Promise<BatchResponse> {
  const method = sub.method.toUpperCase();
  if (!METHODS.includes(method)) return failure(sub.id, 400, 'invalidRequest', `Method '${sub.method}' is not allowed in a batch.`);
  const refused = refusedUrl(sub.url);
  if (refused) return failure(sub.id, 400, 'invalidRequest', refused);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(sub.headers ?? {})) {
    if (!REFUSED_HEADERS.has(name.toLowerCase()) && !name.toLowerCase().startsWith('x-local-graph')) headers[name.toLowerCase()] = value;
  }
  if (sub.body !== undefined && !headers['content-type']) {
    return failure(sub.id, 400, 'invalidRequest', 'A batch request with a body must give its Content-Type header.');
  }
  headers.authorization = outer.headers.authorization ?? '';
  headers.host = outer.headers.host ?? 'localhost';
  headers[markerName] = markerValue;
  const url = `${basePath}${sub.url.startsWith('/') ? '' : '/'}${sub.url}`;
  const response = await root.inject({
    method: method as HTTPMethods,
    url,
    headers,
    ...(sub.body === undefined ? {} : { payload: typeof sub.body === 'string' ? sub.body : JSON.stringify(sub.body) }),
  });
  const responseHeaders: Record<string, string> = {};
  for (const [name, graphName] of Object.entries(PASSED_BACK_HEADERS)) {
    const value = response.headers[name];
    if (value !== undefined) responseHeaders[graphName] = String(value);
  }
  const text = response.payload;
  // This store's routes write JSON only by serialising a value, so a JSON answer is whole JSON.
  if (text !== '' && String(response.headers['content-type'] ?? '').startsWith('application/json')) {
    return { id: sub.id, status: response.statusCode, headers: responseHeaders, json: text };
  }
  let body: unknown;
  if (text !== '') {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = text;
    }
  }
  return { id: sub.id, status: response.statusCode, headers: responseHeaders, ...(body === undefined ? {} : { body }) };
}
