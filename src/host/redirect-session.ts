import { createStandardPublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
import type { EntraOptions } from './naa-session';
import type { Session } from './session';

/**
 * A board member may open the tab's address in a plain browser. There MSAL signs in by redirect,
 * which works in a top-level window without the popup bridge pages that msal-browser v5 needs.
 * Resolves only once signed in; otherwise it starts the redirect and the page navigates away.
 */
export async function createRedirectSession(entra: EntraOptions, redirectUri: string): Promise<Session> {
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: entra.clientId,
      authority: `https://login.microsoftonline.com/${entra.tenantId ?? 'organizations'}`,
      redirectUri,
    },
    cache: { cacheLocation: 'localStorage' },
  });
  const scopes = [...entra.scopes];
  const redirectResult = await pca.handleRedirectPromise();
  const account = redirectResult?.account ?? pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
  if (!account) {
    await pca.loginRedirect({ scopes });
    return new Promise<Session>(() => undefined);
  }
  pca.setActiveAccount(account);

  return {
    user: { id: account.localAccountId, displayName: account.name ?? account.username, email: account.username },
    canEdit: true,
    async getAccessToken(requested) {
      const wanted = requested === undefined || requested.length === 0 ? scopes : [...requested];
      try {
        return (await pca.acquireTokenSilent({ scopes: wanted, account })).accessToken;
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError) await pca.acquireTokenRedirect({ scopes: wanted, account });
        throw error;
      }
    },
  };
}
