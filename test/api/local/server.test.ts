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
