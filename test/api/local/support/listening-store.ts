import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createLocalServer } from '../../../../api/src/local/server';

export interface StoreResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

export interface ListeningStore {
  /** `http://127.0.0.1:<port>`, the address the server is bound to. */
  url: string;
  /** `<url>/graph/v1.0`. */
  graph: string;
  dataDir: string;
  /** A request under /graph/v1.0 over real HTTP, signed in as `as` (no Authorization header when null). */
  call(method: string, path: string, as: string | null, body?: unknown, headers?: Record<string, string>): Promise<StoreResponse>;
  /** A raw HTTP request with any Host header (fetch may not set one), to any path of the server. */
  rawGet(path: string, host: string | undefined, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

/**
 * The `npm start` server (tab, local Graph store, api routes) built by createLocalServer and bound
 * to loopback on a free port, with an empty store: tests speak to it over real HTTP only.
 */
export async function startListeningStore(options: { dataDir?: string } = {}): Promise<ListeningStore> {
  // A folder given by the test is the test's to remove; one made here is removed on close.
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'local-store-http-'));
  const distDir = join(dataDir, 'dist');
  mkdirSync(distDir, { recursive: true });
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>tab</title>');
  const server: FastifyInstance = await createLocalServer({
    distDir,
    runtimeConfig: { mode: 'local' },
    graph: { databaseFile: join(dataDir, 'graph.sqlite'), synchronous: 'NORMAL' },
  });
  const url = await server.listen({ host: '127.0.0.1', port: 0 });
  const graph = `${url}/graph/v1.0`;
  const { port } = new URL(url);
  return {
    url,
    graph,
    dataDir,
    async call(method, path, as, body, headers = {}) {
      const response = await fetch(`${graph}${path}`, {
        method,
        headers: {
          ...(as === null ? {} : { authorization: `Bearer local:${as}` }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
    },
    rawGet(path, host, headers = {}) {
      return new Promise((resolve, reject) => {
        const outgoing = httpRequest(
          {
            host: '127.0.0.1',
            port: Number(port),
            path,
            method: 'GET',
            headers: { ...headers, ...(host === undefined ? {} : { host }) },
            setHost: host !== undefined,
          },
          (incoming) => {
            let text = '';
            incoming.setEncoding('utf8');
            incoming.on('data', (chunk: string) => (text += chunk));
            incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
          },
        );
        outgoing.on('error', reject);
        outgoing.end();
      });
    },
    async close() {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
