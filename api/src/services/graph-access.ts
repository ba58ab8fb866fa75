import { createGraphClient, resolveSite, type GraphSite, type SiteLocator } from '../../../src/storage/graph';

/**
 * The app's own (app-only) access token for Microsoft Graph. In Azure it comes from the Function
 * App's managed identity or a client credential of the app registration, with the application
 * permissions `Sites.ReadWrite.All` and `TeamsActivity.Send`; locally it is the demo service
 * principal's `local:reminders@service.example`.
 */
export interface TokenProvider {
  getToken(): Promise<string>;
}

/** Where Graph is and how the app signs in to it. */
export interface GraphAccess {
  /** `https://graph.microsoft.com/v1.0`, or the local store's `http://127.0.0.1:<port>/graph/v1.0`. */
  baseUrl: string;
  tokens: TokenProvider;
  /** Retries of a throttled request; a background job can wait longer than a person would. */
  maxRetries?: number;
}

export function appClient(access: GraphAccess): ReturnType<typeof createGraphClient> {
  return createGraphClient({ baseUrl: access.baseUrl, getAccessToken: () => access.tokens.getToken(), maxRetries: access.maxRetries ?? 3 });
}

/** A site reached with the app's own rights. */
export function appSite(access: GraphAccess, locator: SiteLocator): Promise<GraphSite> {
  return resolveSite(appClient(access), access.baseUrl, locator);
}

/** A one-line reason for a report, from whatever was thrown. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
