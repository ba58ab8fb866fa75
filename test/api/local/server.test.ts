import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { runtimeConfigSchema } from '../../../src/app/runtime-config';
import { localRuntimeConfig, readLocalServerSettings } from '../../../api/src/local/local-config';
import { createLocalServer } from '../../../api/src/local/server';

let server: FastifyInstance;

beforeAll(async () => {
  const distDir = mkdtempSync(join(tmpdir(), 'dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><div id="root"></div>');
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  const settings = readLocalServerSettings({}, '/repo');
  server = await createLocalServer({ distDir, runtimeConfig: localRuntimeConfig(settings) });
});

afterAll(() => server.close());

test('the tab is served at / and is always revalidated, while hashed assets are cached for good', async () => {
  const home = await server.inject({ method: 'GET', url: '/' });
  expect(home.statusCode).toBe(200);
  expect(home.headers['content-type']).toContain('text/html');
  expect(home.headers['cache-control']).toBe('no-cache');
  const asset = await server.inject({ method: 'GET', url: '/assets/index-abc123.js' });
  expect(asset.statusCode).toBe(200);
  expect(asset.headers['cache-control']).toContain('immutable');
});

test('config.json is a valid runtime configuration for the tab, in local mode', async () => {
  const response = await server.inject({ method: 'GET', url: '/config.json' });
  expect(response.headers['cache-control']).toBe('no-store');
  const parsed = runtimeConfigSchema.safeParse(response.json());
  expect(parsed.success).toBe(true);
  expect(parsed.data).toMatchObject({ mode: 'local', organisationName: 'Demo NHS Trust', graphBaseUrl: '/graph/v1.0' });
});

test('the demo directory lists synthetic people only, with reserved example addresses', async () => {
  const response = await server.inject({ method: 'GET', url: '/local/directory' });
  const { users } = response.json<{ users: { id: string; displayName: string; email: string }[] }>();
  expect(users.length).toBeGreaterThanOrEqual(3);
  for (const user of users) expect(user.email).toMatch(/@[a-z-]+\.example$/);
});

test('an unknown path is a 404, not the tab', async () => {
  expect((await server.inject({ method: 'GET', url: '/nope.txt' })).statusCode).toBe(404);
});

describe('a page address typed or bookmarked without its #', () => {
  test.each(['/actions', '/actions/abc', '/dashboard/indicator/2?year=2024', '/my-actions/'])(
    '%s is answered with the tab, headers and caching as at /',
    async (url) => {
      const home = await server.inject({ method: 'GET', url: '/' });
      const page = await server.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toBe(home.body);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toBe(home.headers['content-security-policy']);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  test.each([
    ['GET', '/assets/index-missing.js'],
    ['GET', '/.vite/'],
    ['GET', '/%2Evite/'],
    ['GET', '/api/publish-practice'],
    ['GET', '/api/nothing'],
    ['GET', '/local/nothing'],
    ['GET', '/v1.0/sites'],
    ['POST', '/actions'],
  ] as const)('%s %s is not a page: a JSON 404', async (method, url) => {
    const response = await server.inject({ method, url });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});

test("with the Graph store mounted, an unknown Graph address keeps Graph's error shape, and its routes still answer", async () => {
  const distDir = mkdtempSync(join(tmpdir(), 'dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><div id="root"></div>');
  const dataDir = mkdtempSync(join(tmpdir(), 'data-'));
  const withGraph = await createLocalServer({
    distDir,
    runtimeConfig: localRuntimeConfig(readLocalServerSettings({}, '/repo')),
    graph: { databaseFile: join(dataDir, 'graph.sqlite') },
  });
  try {
    const signedIn = { authorization: 'Bearer local:lead@demo-trust.example' };
    const unknown = await withGraph.inject({ method: 'GET', url: '/graph/v1.0/nothing/here', headers: signedIn });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { code: 'BadRequest', message: "Resource not found for the segment 'nothing'." } });
    expect((await withGraph.inject({ method: 'GET', url: '/graph/v1.0/sites/root', headers: signedIn })).statusCode).toBe(200);
    expect((await withGraph.inject({ method: 'GET', url: '/local/outbox', headers: signedIn })).json()).toMatchObject({ value: [] });
    expect((await withGraph.inject({ method: 'GET', url: '/eds/reviews' })).headers['content-type']).toContain('text/html');
  } finally {
    await withGraph.close();
  }
});
