import { readFileSync } from 'node:fs';
import type { Action } from '../../../src/domain/plan';
import { createGraphClient, openPlanOnSite, planMemory, type OpenedPlanStorage, type PlanMemoryStore } from '../../../src/storage/graph';
import type { RunningServer } from '../../support/local-server';

export const LEAD = 'lead@demo-trust.example';
export const MEMBER = 'amara.okafor@demo-trust.example';
export const VIEWER = 'viewer@demo-trust.example';

export interface OpenOptions {
  pageSize?: number;
  retries?: { notices: number };
  /** Where the person's last read of the plan is kept between openings (the browser's IndexedDB stands here). */
  memory?: PlanMemoryStore;
}

/** A memory of plans kept in a Map, as IndexedDB keeps them in the browser: values are copied in and out. */
export function mapMemory(): PlanMemoryStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: (key) => Promise.resolve(structuredClone(entries.get(key))),
    set: (key, value) => {
      entries.set(key, structuredClone(value));
      return Promise.resolve();
    },
    delete: (key) => {
      entries.delete(key);
      return Promise.resolve();
    },
  };
}

/** Opens the plan on the local store's root site as one demo person, through the real Graph client. */
export async function openAs(server: RunningServer, email: string, options: OpenOptions = {}): Promise<OpenedPlanStorage> {
  const baseUrl = `${server.url}/graph/v1.0`;
  const client = createGraphClient({
    baseUrl,
    getAccessToken: () => Promise.resolve(`local:${email}`),
    onRetry: () => {
      if (options.retries) options.retries.notices += 1;
    },
  });
  const memory = options.memory ? planMemory(options.memory, () => email, { root: true }) : undefined;
  return openPlanOnSite(client, baseUrl, { root: true }, { pageSize: options.pageSize, ...(memory ? { memory } : {}) });
}

let counter = 0;

/** A valid action with a fresh id; every field a user can set is filled. */
export function sampleAction(overrides: Partial<Action> = {}): Action {
  counter += 1;
  return {
    id: `10000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    title: `Sample action ${counter}`,
    description: 'Synthetic action for tests.',
    indicators: ['2'],
    edsOutcomes: ['3.1'],
    owner: { id: '8f1c2d3e-0002-4a5b-9c6d-000000000002', name: 'Amara Okafor', email: MEMBER },
    dueDate: '2027-03-31',
    status: 'On track',
    priority: 'Medium',
    measureOfSuccess: 'Measured quarterly',
    baseline: '10%',
    target: '20%',
    planYear: '2026/27',
    progressUpdates: [],
    ...overrides,
  };
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  ms: number;
  batch?: boolean;
}

/**
 * The store appends a log line once each response has gone, so the client can hold an answer whose
 * line is not yet written; wait until the log stops growing. "Stopped" is a quiet spell of 250 ms
 * (not one 40 ms look, which a loaded machine outlasts between the answer and its line), bounded
 * at 30 s.
 */
export async function settledLog(logFile: string): Promise<void> {
  const quietFor = 250;
  const deadline = Date.now() + 30_000;
  let last = loggedRequests(logFile).length;
  let unchangedSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const length = loggedRequests(logFile).length;
    if (length !== last) {
      last = length;
      unchangedSince = Date.now();
    } else if (Date.now() - unchangedSince >= quietFor) {
      return;
    }
  }
  throw new Error(`The request log ${logFile} kept growing for 30 s.`);
}

/** The top-level HTTP requests the store logged (LOCAL_GRAPH_LOG), optionally only those after `from`. */
export function loggedRequests(logFile: string, from = 0): LoggedRequest[] {
  let text = '';
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LoggedRequest)
    .filter((entry) => !entry.batch)
    .slice(from);
}
