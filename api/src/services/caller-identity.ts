/** The person behind a request, as their verified token says. */
export interface Caller {
  /** Entra object id (`oid`). */
  id: string;
  /** User principal name or email (`preferred_username` / `upn`). */
  email: string;
  displayName: string;
  /** Entra tenant id (`tid`), matched against the registered plans' TenantId. */
  tenantId: string;
  /**
   * Whether the person may contribute to their trust's plan: in Azure an app role (for example
   * `Practice.Publish`) in the token's `roles` claim; locally, anyone but a read-only demo person.
   */
  mayPublish: boolean;
  /**
   * Whether the person may register their trust's plan with the hub: in Azure the `Plan.Register`
   * app role; locally, a plan site's owner (its lead).
   */
  mayRegister?: boolean;
}

/**
 * Checks the `Authorization` header of a request. Resolves to the caller, or undefined when the
 * token is missing, malformed, expired or not for this app (the function answers 401).
 * Implementations: `entraCallerVerifier` (Azure: the user's Entra token for the app's API) and
 * `localCallerVerifier` (the local demo sign-in).
 */
export interface CallerVerifier {
  verify(authorization: string | undefined): Promise<Caller | undefined>;
}
