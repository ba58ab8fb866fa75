import type { Client } from '@microsoft/microsoft-graph-client';
import { StorageError } from '../ports/errors';
import { storageErrorFor, toStorageError } from './graph-errors';
import { readBatchEnvelope, type GraphBatchEnvelope } from './graph-shapes';

/** Graph accepts at most 20 requests in one JSON batch. */
const BATCH_LIMIT = 20;

/**
 * Bulk work is not interactive, so it may outwait heavy throttling: with 30% of requests refused,
 * the chance that one request of 500 is refused eleven times running is about 1 in 10,000.
 */
const DEFAULT_MAX_RESENDS = 10;

export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, for example `/sites/{id}/lists/{id}/items`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchOptions {
  /** How many times a sub-request answered 429 or 503 is re-sent. */
  maxResends?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Reports progress after each group, for long imports. */
  onProgress?: (done: number, total: number) => void;
  /** Stops between groups; what was sent stays sent. */
  signal?: AbortSignal;
  onRetry?: (delaySeconds: number) => void;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterSeconds(response: BatchResponse): number {
  const headers = response.headers ?? {};
  const raw = headers['Retry-After'] ?? headers['retry-after'];
  const value = Number(raw);
  return raw !== undefined && Number.isFinite(value) && value >= 0 ? value : 1;
}

const isThrottled = (response: BatchResponse): boolean => response.status === 429 || response.status === 503;

/**
 * Posts one batch. The client's RetryHandler already retries a throttled batch a few times, as it
 * should for interactive calls; bulk work may wait longer, so a batch still throttled after that is
 * tried again here, after Graph's Retry-After. A throttled batch was not executed, so this is safe.
 */
async function postBatch(
  client: Client,
  requests: readonly BatchRequest[],
  options: BatchOptions,
  sleep: (ms: number) => Promise<void>,
): Promise<GraphBatchEnvelope> {
  const maxResends = options.maxResends ?? DEFAULT_MAX_RESENDS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return readBatchEnvelope(await client.api('/$batch').post({ requests }));
    } catch (error) {
      const failure = toStorageError(error);
      if (!(failure instanceof StorageError && failure.kind === 'throttled') || attempt >= maxResends) throw failure;
      const wait = 'retryAfterSeconds' in failure && typeof failure.retryAfterSeconds === 'number' ? failure.retryAfterSeconds : 1;
      options.onRetry?.(wait);
      await sleep(wait * 1000);
    }
  }
}

/** The body of one answer of a batch, or the storage error its status stands for (a missing answer as a 500). */
export function batchBody(response: BatchResponse | undefined): unknown {
  if (!response || response.status >= 400) throw storageErrorFor(response?.status ?? 500, response?.body, response?.headers);
  return response.body;
}

/**
 * Sends requests in `$batch` groups of 20 and returns one response per request id. Graph's
 * RetryHandler only sees the batch's own 200, so throttled sub-requests (429, 503: not executed) are
 * collected and re-sent after the longest Retry-After among them, a bounded number of times.
 */
export async function sendInBatches(client: Client, requests: readonly BatchRequest[], options: BatchOptions = {}): Promise<Map<string, BatchResponse>> {
  const sleep = options.sleep ?? defaultSleep;
  const maxResends = options.maxResends ?? DEFAULT_MAX_RESENDS;
  const results = new Map<string, BatchResponse>();
  for (let start = 0; start < requests.length; start += BATCH_LIMIT) {
    options.signal?.throwIfAborted();
    let pending = requests.slice(start, start + BATCH_LIMIT);
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const envelope = await postBatch(client, pending, options, sleep);
      const byId = new Map((envelope.responses ?? []).map((response) => [response.id, response]));
      const throttled: BatchRequest[] = [];
      let wait = 0;
      for (const request of pending) {
        const response = byId.get(request.id) ?? {
          id: request.id,
          status: 500,
          body: { error: { message: 'The batch returned no response for this request.' } },
        };
        if (isThrottled(response) && attempt < maxResends) {
          throttled.push(request);
          wait = Math.max(wait, retryAfterSeconds(response));
        } else {
          results.set(request.id, response);
        }
      }
      pending = throttled;
      if (pending.length > 0) {
        options.onRetry?.(wait);
        await sleep(wait * 1000);
      }
    }
    options.onProgress?.(Math.min(start + BATCH_LIMIT, requests.length), requests.length);
  }
  return results;
}
