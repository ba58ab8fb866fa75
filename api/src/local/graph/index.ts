import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticate, personFromAuthorization } from './auth';
import { registerBatchRoute } from './batch';
import { boundOrigin, checkHost } from './bound-address';
import { type GraphDatabase, type SynchronousMode, openGraphDatabase } from './database';
import { expireDeltaTokens, registerDeltaRoutes } from './delta';
import { DEFAULT_FAULT_SEED, FaultInjector, type FaultSettings, parseFaults } from './faults';
import { GraphError, graphErrorBody, unknownSegment } from './graph-errors';
import { registerItemRoutes } from './items-routes';
import { parseJsonBody } from './json-body';
import { GRAPH_BASE_PATH, odataContext } from './odata-context';
import { registerListRoutes } from './lists-routes';
import { readOutbox, registerNotificationRoutes } from './notifications';
import { requestLogger } from './request-log';
import { registerSiteRoutes } from './sites-routes';
import { ensureLocalSites } from './sites';
import { registerUserRoutes } from './users-routes';
import { registerVersionRoutes } from './versions';

export { GRAPH_BASE_PATH };

/** The Fastify `maxParamLength` the store needs: composite site ids and list display names are long. */
export const GRAPH_MAX_PARAM_LENGTH = 1000;

export interface LocalGraphOptions {
  /** The SQLite file (created and migrated if needed). */
  databaseFile: string;
  synchronous?: SynchronousMode;
  /** LOCAL_GRAPH_LOG: append one JSON line per top-level request. */
  logFile?: string;
  /** LOCAL_GRAPH_FAULTS, as text (`429:0.3,503:0.1,latency:50,retryAfter:1`) or parsed. */
  faults?: string | FaultSettings;
  /** LOCAL_GRAPH_FAULTS_SEED. */
  faultsSeed?: number;
  /** LOCAL_GRAPH_DELTA_RETENTION: delta tokens older than this many seconds get 410. */
  deltaRetentionSeconds?: number;
}

export interface LocalGraphStore {
  db: GraphDatabase;
  /** Invalidates every delta token issued so far (the next use gets 410 with a Location). */
  expireDeltaTokens(): void;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sendGraphError(reply: FastifyReply, request: FastifyRequest, error: GraphError): FastifyReply {
  const clientRequestId = request.headers['client-request-id'];
  return reply
    .code(error.status)
    .headers(error.headers)
    .send(graphErrorBody(error.code, error.message, typeof clientRequestId === 'string' ? clientRequestId : undefined));
}

function asGraphError(error: FastifyError): GraphError {
  if (error instanceof GraphError) return error;
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return new GraphError('invalidRequest', error.message);
  return new GraphError('generalException', `An unexpected error occurred in the local store: ${error.message}`);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Mounts the local SharePoint-lists store at `/graph/v1.0` (the Graph REST subset the app uses,
 * persisted in SQLite) and the loopback-only, signed-in `GET /local/outbox`.
 */
export async function registerLocalGraph(app: FastifyInstance, options: LocalGraphOptions): Promise<LocalGraphStore> {
  const maxParamLength = app.initialConfig.routerOptions?.maxParamLength ?? 100;
  if (maxParamLength < GRAPH_MAX_PARAM_LENGTH) {
    throw new Error(`The local Graph store needs Fastify({ routerOptions: { maxParamLength: ${GRAPH_MAX_PARAM_LENGTH} } }) for Graph's composite site ids.`);
  }
  const db = openGraphDatabase(options.databaseFile, options.synchronous ? { synchronous: options.synchronous } : {});
  ensureLocalSites(db);
  app.addHook('onClose', async () => {
    db.close();
  });

  const faults = new FaultInjector(
    typeof options.faults === 'string' || options.faults === undefined ? parseFaults(options.faults) : options.faults,
    options.faultsSeed ?? DEFAULT_FAULT_SEED,
  );
  const log = requestLogger(options.logFile);
  const subRequestHeader: [string, string] = ['x-local-graph-batch', randomUUID()];
  const isSubRequest = (request: FastifyRequest): boolean => request.headers[subRequestHeader[0]] === subRequestHeader[1];

  await app.register(
    async (graph) => {
      graph.addHook('onRequest', checkHost);
      // JSON bodies; an empty body (DELETE, some POSTs) is no body.
      graph.removeContentTypeParser('application/json');
      graph.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
        const text = typeof body === 'string' ? body : body.toString('utf8');
        try {
          done(null, parseJsonBody(text));
        } catch (error) {
          done(error instanceof GraphError ? error : new GraphError('invalidRequest', 'The request body could not be read.'), undefined);
        }
      });

      graph.setErrorHandler((error: FastifyError, request, reply) => sendGraphError(reply, request, asGraphError(error)));
      graph.setNotFoundHandler((request, reply) => sendGraphError(reply, request, unknownSegment(request.url.slice(GRAPH_BASE_PATH.length))));

      graph.addHook('onRequest', async (request, reply) => {
        if (!isSubRequest(request) && faults.settings.latencyMs > 0) await sleep(faults.settings.latencyMs);
        const fault = faults.next();
        if (fault) {
          const message =
            fault.status === 429
              ? 'Too many requests. Retry after the time in the Retry-After header.'
              : 'The service is temporarily unavailable. Retry after the time in the Retry-After header.';
          return sendGraphError(reply, request, new GraphError(fault.code, message, { 'Retry-After': String(faults.settings.retryAfterSeconds) }));
        }
        authenticate(request);
        return undefined;
      });

      // Graph names what a response holds in `@odata.context`; errors, batches and empty bodies have none.
      graph.addHook('preSerialization', async (request, reply, payload: unknown) => {
        const ok = (request.method === 'GET' && reply.statusCode === 200) || (request.method === 'POST' && reply.statusCode === 201);
        if (!ok || typeof payload !== 'object' || payload === null || Array.isArray(payload) || '@odata.context' in payload) return payload;
        const context = odataContext(`${boundOrigin(request.server)}${GRAPH_BASE_PATH}`, request.url.slice(GRAPH_BASE_PATH.length), 'value' in payload);
        return context === undefined ? payload : { '@odata.context': context, ...payload };
      });

      graph.addHook('onResponse', async (request, reply) => {
        if (isSubRequest(request)) return;
        log({ method: request.method, path: request.url.split('?')[0] ?? request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 });
      });

      registerSiteRoutes(graph, db);
      registerListRoutes(graph, db);
      registerItemRoutes(graph, db);
      registerDeltaRoutes(graph, db, options.deltaRetentionSeconds === undefined ? {} : { retentionSeconds: options.deltaRetentionSeconds });
      registerVersionRoutes(graph, db);
      registerUserRoutes(graph);
      registerNotificationRoutes(graph, db);
      registerBatchRoute(graph, app, GRAPH_BASE_PATH, subRequestHeader);
    },
    { prefix: GRAPH_BASE_PATH },
  );

  // The stand-in for each person's Teams activity feed: signed in, they see what was sent to them
  // (and the app's identity what it sent), never anyone else's.
  app.get('/local/outbox', { onRequest: checkHost }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (!LOOPBACK.has(request.ip)) return reply.code(403).send(graphErrorBody('accessDenied', 'The outbox is only served to this machine.'));
    try {
      return { value: readOutbox(db, personFromAuthorization(request.headers.authorization)) };
    } catch (error) {
      if (error instanceof GraphError) return sendGraphError(reply, request, error);
      throw error;
    }
  });

  return { db, expireDeltaTokens: () => expireDeltaTokens(db) };
}

export { expireDeltaTokens } from './delta';
export * from './sites';
