import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { BearerTokenMiddleware } from './bearer-token-middleware';

export interface RetryNotice {
  /** Seconds until the retry, from Retry-After where Graph sent one. */
  delaySeconds: number;
  attempt: number;
  status: number;
}

export interface GraphConnection {
  /** Graph's base including the version: `https://graph.microsoft.com/v1.0`, or the local store's `http://127.0.0.1:53000/graph/v1.0`. */
  baseUrl: string;
  getAccessToken: () => Promise<string>;
  /**
   * Retries of a throttled request (429, 503, 504). Interactive calls keep this small so no spinner
   * runs for minutes; Graph's own default is 3, with waits of up to 180 s.
   */
  maxRetries?: number;
  /**
   * Called before each retry of a throttled request (429, 503), so the UI can say "busy, retrying in
   * N s". A gateway timeout (504) is retried without a notice: Graph did not ask us to wait.
   */
  onRetry?: (notice: RetryNotice) => void;
  /**
   * Called when a request got no answer at all (fetch itself failed: offline, DNS, VPN, the site
   * down), whichever page sent it, so the UI can say the figures on screen may be out of date.
   */
  onUnreachable?: () => void;
}

/** Tells `onUnreachable` about a request that fetch could not send or got no answer to, then fails it as before. */
class NoAnswerMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly onUnreachable: () => void) {}

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('NoAnswerMiddleware needs a next middleware');
    try {
      await this.next.execute(context);
    } catch (error) {
      // fetch rejects with a TypeError only when there is no response; an HTTP error status resolves.
      if (error instanceof TypeError) this.onUnreachable();
      throw error;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Splits `…/v1.0` into the graph-client's host and version. */
function splitBaseUrl(baseUrl: string): { host: string; version: string } {
  const trimmed = baseUrl.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  return { host: trimmed.slice(0, slash), version: trimmed.slice(slash + 1) };
}

function requestMethod(request: RequestInfo, options: RequestInit | undefined): string {
  return (typeof request === 'string' ? options?.method : request.method)?.toUpperCase() ?? 'GET';
}

/**
 * The one Graph client of the app: bearer token on every URL, bounded retries that honour
 * Retry-After, a notice when there is no answer at all, then fetch. A POST is not re-sent after a 504, because the server may already have
 * created the item; creates recover by looking their client GUID up instead.
 */
export function createGraphClient(connection: GraphConnection): Client {
  const { host, version } = splitBaseUrl(connection.baseUrl);
  const shouldRetry = (delay: number, attempt: number, request: RequestInfo, options: RequestInit | undefined, response: Response): boolean => {
    if (response.status === 504 && requestMethod(request, options) === 'POST') return false;
    if (response.status === 429 || response.status === 503) {
      const retryAfter = Number(response.headers.get('Retry-After'));
      connection.onRetry?.({ delaySeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : delay, attempt: attempt + 1, status: response.status });
    }
    return true;
  };
  const auth = new BearerTokenMiddleware(connection.getAccessToken);
  const retry = new RetryHandler(new RetryHandlerOptions(1, connection.maxRetries ?? 2, shouldRetry));
  const noAnswer = new NoAnswerMiddleware(() => connection.onUnreachable?.());
  auth.setNext(retry);
  retry.setNext(noAnswer);
  noAnswer.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({ middleware: auth, baseUrl: host, defaultVersion: version });
}
