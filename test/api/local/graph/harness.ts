import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { GRAPH_MAX_PARAM_LENGTH, type LocalGraphOptions, type LocalGraphStore, registerLocalGraph } from '../../../../api/src/local/graph';

export const LEAD = 'lead@demo-trust.example';
export const MEMBER = 'amara.okafor@demo-trust.example';
export const VIEWER = 'viewer@demo-trust.example';
export const BASE = '/graph/v1.0';

export interface Harness {
  app: FastifyInstance;
  store: LocalGraphStore;
  dir: string;
  /** A request under /graph/v1.0 signed in as `user` (the lead by default). */
  call(
    method: InjectOptions['method'],
    path: string,
    options?: { body?: unknown; headers?: Record<string, string>; as?: string | null },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startHarness(options: Partial<LocalGraphOptions> = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'local-graph-'));
  const app = Fastify({ logger: false, routerOptions: { maxParamLength: GRAPH_MAX_PARAM_LENGTH } });
  const store = await registerLocalGraph(app, { databaseFile: join(dir, 'graph.sqlite'), synchronous: 'NORMAL', ...options });
  await app.ready();
  return {
    app,
    store,
    dir,
    call: (method, path, { body, headers = {}, as = LEAD } = {}) =>
      app.inject({
        method,
        url: `${BASE}${path}`,
        headers: {
          ...(as === null ? {} : { authorization: `Bearer local:${as}` }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      }),
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const ACTIONS_COLUMNS = [
  { name: 'ActionId', text: {}, indexed: true, enforceUniqueValues: true },
  { name: 'Status', choice: { choices: ['Not started', 'In progress', 'Done', 'Blocked'] }, indexed: true },
  { name: 'Indicators', choice: { choices: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], displayAs: 'checkBoxes' } },
  { name: 'DueDate', dateTime: { format: 'dateOnly' }, indexed: true },
  { name: 'Effort', number: { minimum: 0, maximum: 10 } },
  { name: 'GoodPractice', boolean: {} },
  { name: 'Description', text: { allowMultipleLines: true } },
  { name: 'OwnerName', text: { maxLength: 20 } },
  { name: 'PlanYear', number: {}, indexed: true },
];

/** Creates an "Actions" list on the demo trust's site and returns its id. */
export async function createActionsList(harness: Harness, displayName = 'Actions'): Promise<string> {
  const response = await harness.call('POST', '/sites/root/lists', {
    body: { displayName, columns: ACTIONS_COLUMNS, list: { template: 'genericList' } },
  });
  if (response.statusCode !== 201) throw new Error(`list create failed: ${response.statusCode} ${response.payload}`);
  return response.json<{ id: string }>().id;
}

export function errorOf(response: LightMyRequestResponse): { code: string; message: string } {
  return response.json<{ error: { code: string; message: string } }>().error;
}
