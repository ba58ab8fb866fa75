import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Sets `Authorization` on every request. The graph-client's own AuthenticationHandler attaches the
 * token only to https Graph URLs or `customHosts`, so it would never authenticate the local store at
 * http://127.0.0.1; this middleware treats both the same.
 */
export class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly getAccessToken: () => Promise<string>) {}

  async execute(context: Context): Promise<void> {
    const token = await this.getAccessToken();
    const options = context.options ?? {};
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${token}`);
    context.options = { ...options, headers: Object.fromEntries(headers.entries()) };
    if (!this.next) throw new Error('BearerTokenMiddleware needs a next middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
