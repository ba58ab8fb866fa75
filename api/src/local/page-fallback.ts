import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CACHE_CONTROL } from '../../../config/security-headers';
import { GRAPH_BASE_PATH } from './graph';
import { graphErrorBody, unknownSegment } from './graph/graph-errors';

/** Where this server answers with data, never with the tab: the Graph store, the api and the demo's own routes. */
const DATA_PREFIXES: readonly string[] = ['/graph/', '/v1.0/', '/api/', '/local/'];

const isUnder = (path: string, prefix: string): boolean => path === prefix.replace(/\/$/, '') || path.startsWith(prefix);

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * A name with an extension (`/assets/index-abc.js`, `/nope.txt`) is a file, and a hidden folder
 * (`/.vite/`) holds build files: both stay a 404 when not served, never the tab.
 */
const looksLikeFile = (path: string): boolean => /\.[^/]*$/.test(path) || path.split('/').some((segment) => segment.startsWith('.'));

/**
 * Whether a request is for a page of the tab: a GET (or HEAD) of a path that is neither data nor a
 * file. The tab routes in its hash, so `/actions/12` typed or bookmarked without the `#` is answered
 * with the tab, which then opens that page.
 */
function isPageRequest(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !DATA_PREFIXES.some((prefix) => isUnder(path, prefix)) && !looksLikeFile(decoded(path));
}

/**
 * The answer to every address nothing else served: the tab (index.html, with the same headers and
 * caching as `/`) for a page, Graph's own error shape under the Graph store, and Fastify's JSON 404
 * for anything else. Needs @fastify/static registered with the tab's folder as its root.
 */
export function registerPageFallback(app: FastifyInstance): void {
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (isUnder(path, `${GRAPH_BASE_PATH}/`)) {
      const error = unknownSegment(path.slice(GRAPH_BASE_PATH.length));
      return reply.code(error.status).send(graphErrorBody(error.code, error.message));
    }
    if (isPageRequest(request.method, path)) return reply.header('Cache-Control', CACHE_CONTROL.indexHtml).sendFile('index.html');
    return reply.code(404).send({ message: `Route ${request.method}:${path} not found`, error: 'Not Found', statusCode: 404 });
  });
}
