import { GraphError } from '@microsoft/microsoft-graph-client';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError, StorageError, StorageFailure, ThrottledError, UnreachableError } from '../ports/errors';
import { messageOf } from '../ports';
import { readErrorBody } from './graph-shapes';

function retryAfterOf(headers: Headers | Record<string, string> | undefined): number | undefined {
  if (!headers) return undefined;
  const value = headers instanceof Headers ? headers.get('Retry-After') : (headers['Retry-After'] ?? headers['retry-after']);
  const seconds = Number(value);
  return value !== null && value !== undefined && Number.isFinite(seconds) ? seconds : undefined;
}

/** A field named in a SharePoint validation message (`Field 'DueDate' …`), if any. */
function fieldMessages(message: string): Record<string, string> {
  const match = /(?:field|column) '([^']+)'/i.exec(message);
  return match?.[1] ? { [match[1]]: message } : {};
}

/**
 * Turns an HTTP status and Graph error body into the storage error the UI understands. Used for
 * top-level responses and for each `$batch` sub-response alike; the body is read here, whatever it is.
 */
export function storageErrorFor(status: number, rawBody: unknown, headers?: Headers | Record<string, string>): StorageError {
  const body = readErrorBody(rawBody);
  const message = body?.error?.message ?? `Microsoft Graph answered HTTP ${status}.`;
  // The graph-client reports a request that got no answer at all (fetch itself failed) as status -1.
  if (status <= 0) return new UnreachableError();
  if (status === 400) return new InvalidError(message, fieldMessages(message));
  if (status === 401 || status === 403) return new ForbiddenError(message);
  if (status === 404) return new NotFoundError(message);
  if (status === 412) return new ConflictError(undefined, message);
  if (status === 429 || status === 503) {
    return new ThrottledError('Microsoft Graph is busy and asked us to slow down. Try again in a moment.', retryAfterOf(headers));
  }
  return new StorageFailure(message, status);
}

/** Maps anything the graph-client throws to a StorageError; StorageErrors pass through. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (error instanceof GraphError) {
    // The graph-client keeps the raw body, which is either Graph's envelope or the inner error itself.
    const raw = readErrorBody(error.body);
    const message = raw?.error?.message ?? raw?.message ?? error.message;
    return storageErrorFor(error.statusCode, { error: { code: raw?.error?.code ?? error.code ?? undefined, message } }, error.headers);
  }
  // fetch rejects with a TypeError when there is no response: offline, DNS, VPN, the server down.
  if (error instanceof TypeError) return new UnreachableError();
  return new StorageFailure(messageOf(error));
}
