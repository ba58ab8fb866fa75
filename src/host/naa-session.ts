import { createNestablePublicClientApplication, InteractionRequiredAuthError, type AccountInfo, type IPublicClientApplication } from '@azure/msal-browser';
import type { TeamsHostInfo } from './host-info';
import type { Session } from './session';

export interface EntraOptions {
  clientId: string;
  tenantId?: string;
  scopes: readonly string[];
}

function pickAccount(pca: IPublicClientApplication, host: TeamsHostInfo): AccountInfo | null {
  const active = pca.getActiveAccount();
  if (active) return active;
  // In Teams, homeAccountId starts with the user's object id; loginHint is the UPN.
  return (
    pca.getAccount({ tenantId: host.tenantId, loginHint: host.loginHint }) ??
    pca.getAllAccounts().find((account) => account.localAccountId === host.userObjectId) ??
    null
  );
}

/**
 * Nested App Authentication: Teams brokers the token, so no popup or redirect page is needed.
 * teams-js must have initialised first, because it installs the bridge MSAL looks for.
 */
export async function createNaaSession(entra: EntraOptions, host: TeamsHostInfo): Promise<Session> {
  const pca = await createNestablePublicClientApplication({
    auth: {
      clientId: entra.clientId,
      authority: `https://login.microsoftonline.com/${entra.tenantId ?? host.tenantId ?? 'organizations'}`,
    },
  });
  const scopes = [...entra.scopes];

  async function interactive(wanted: string[]): Promise<string> {
    // Under NAA the host, not a browser popup, shows any consent prompt.
    const result = await pca.acquireTokenPopup({ scopes: wanted, loginHint: host.loginHint });
    pca.setActiveAccount(result.account);
    return result.accessToken;
  }

  async function getAccessToken(requested?: readonly string[]): Promise<string> {
    const wanted = requested === undefined || requested.length === 0 ? scopes : [...requested];
    const account = pickAccount(pca, host);
    if (!account) return interactive(wanted);
    try {
      return (await pca.acquireTokenSilent({ scopes: wanted, account })).accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) return interactive(wanted);
      throw error;
    }
  }

  // Asking once up front surfaces consent before the first page load, not in the middle of a save.
  await getAccessToken();
  const account = pickAccount(pca, host);
  return {
    user: {
      id: account?.localAccountId ?? host.userObjectId ?? '',
      displayName: account?.name ?? host.userDisplayName ?? host.loginHint ?? 'Signed-in user',
      email: account?.username ?? host.loginHint ?? '',
    },
    getAccessToken,
    canEdit: true,
  };
}
