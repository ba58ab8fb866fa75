import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createLocalServer } from '../../../../api/src/local/server';
import { ACTIONS_COLUMNS } from './harness';

let server: FastifyInstance;
let base: string;
let dir: string;
const auth = { authorization: 'Bearer local:lead@demo-trust.example' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'local-graph-http-'));
  const distDir = join(dir, 'dist');
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'index.html'), '<!doctype html>');
  server = await createLocalServer({ distDir, runtimeConfig: {}, graph: { databaseFile: join(dir, 'graph.sqlite') } });
  const address = await server.listen({ host: '127.0.0.1', port: 0 });
  base = `${address}/graph/v1.0`;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('over real HTTP: the fresh-clone check, GET /sites/root as the lead, returns the demo trust', async () => {
  const response = await fetch(`${base}/sites/root`, { headers: auth });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(await response.json()).toMatchObject({ displayName: 'Demo NHS Trust' });
});

test('over real HTTP: nextLink is an absolute URL to this server (from the Host header), followed to the end', async () => {
  const created = await fetch(`${base}/sites/root/lists`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: 'Actions', columns: ACTIONS_COLUMNS, list: { template: 'genericList' } }),
  });
  expect(created.status).toBe(201);
  const { id: listId } = (await created.json()) as { id: string };
  const requests = Array.from({ length: 20 }, (_, n) => ({
    id: String(n + 1),
    method: 'POST',
    url: `/sites/root/lists/${listId}/items`,
    headers: { 'Content-Type': 'application/json' },
    body: { fields: { Title: `Action ${n + 1}`, ActionId: `h-${n + 1}` } },
  }));
  const batch = await fetch(`${base}/$batch`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ requests }) });
  expect(batch.status).toBe(200);
  let link: string | undefined = `${base}/sites/root/lists/${listId}/items?expand=fields&$top=6`;
  const seen: string[] = [];
  while (link) {
    expect(link.startsWith(base)).toBe(true);
    const page = (await (await fetch(link, { headers: auth })).json()) as { value: { id: string }[]; '@odata.nextLink'?: string };
    seen.push(...page.value.map((item) => item.id));
    link = page['@odata.nextLink'];
  }
  expect(seen).toHaveLength(20);
});

test('over real HTTP: a DELETE without a body or content type is 204', async () => {
  const list = (await (await fetch(`${base}/sites/root/lists/Actions`, { headers: auth })).json()) as { id: string };
  const response = await fetch(`${base}/sites/root/lists/${list.id}/items/1`, { method: 'DELETE', headers: auth });
  expect(response.status).toBe(204);
});
