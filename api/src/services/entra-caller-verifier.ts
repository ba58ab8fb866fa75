import { type JWTPayload, type JWTVerifyGetKey, createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { Caller, CallerVerifier } from './caller-identity';

/** Microsoft Entra's signing keys, the same for every tenant (v1 and v2 tokens). */
export const ENTRA_KEYS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

export interface EntraVerifierOptions {
  /**
   * The audiences a token may be for: the app's client id (v2 tokens carry it as `aud`) and its
   * Application ID URI, `api://<tab domain>/<client id>` (v1 tokens carry that).
   */
  audiences: readonly string[];
  /** The delegated scope the tab asks for; a token without it is refused. */
  scope?: string;
  /** The app role that lets a person publish to the shared library. */
  publishRole?: string;
  /** Tenants whose people may call; empty or left out, any tenant (the registry then decides). */
  allowedTenants?: readonly string[];
  /** Where the signing keys come from: Entra's key set, fetched and cached by jose. */
  keys?: JWTVerifyGetKey;
  /** Seconds of clock skew allowed on `exp` and `nbf` (Entra suggests five minutes). */
  clockToleranceSeconds?: number;
  /** Now, for tests. */
  currentDate?: () => Date;
}

let sharedEntraKeys: JWTVerifyGetKey | undefined;
/**
 * Entra's key set, one per process: a Function builds its verifier per request, and sharing the
 * set keeps jose's cache of the keys, so they are fetched once, not on every call.
 */
function entraKeys(): JWTVerifyGetKey {
  sharedEntraKeys ??= createRemoteJWKSet(new URL(ENTRA_KEYS_URL));
  return sharedEntraKeys;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The issuers a tenant's tokens may name: v2.0 (`login.microsoftonline.com/<tid>/v2.0`) and v1.0 (`sts.windows.net/<tid>/`). */
export function entraIssuers(tenantId: string): string[] {
  return [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
}

const text = (payload: JWTPayload, claim: string): string | undefined => {
  const value = payload[claim];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/** Why a token was refused, for the Function's log (the caller only ever gets 401). */
export type Refusal = (reason: string) => void;

/**
 * Verifies the user's bearer token as Entra issued it for this app's API, with jose: an RS256
 * signature by one of Entra's published keys; `aud` one of `audiences`; `iss` the v1 or v2 issuer
 * of the token's own tenant (`tid`, a GUID, and one of `allowedTenants` when given); `exp` and
 * `nbf` within the clock tolerance; the delegated scope in `scp`; and `oid`. Anything else, or no
 * token, resolves to undefined, so the Function answers 401. The caller may publish only with the
 * publish app role in `roles`.
 */
export function entraCallerVerifier(options: EntraVerifierOptions, refused: Refusal = () => undefined): CallerVerifier {
  if (options.audiences.length === 0) throw new Error('The Entra verifier needs the app\'s audiences (its client id and Application ID URI).');
  const keys = options.keys ?? entraKeys();
  const scope = options.scope ?? 'access_as_user';
  const publishRole = options.publishRole ?? 'Practice.Publish';
  const allowed = new Set((options.allowedTenants ?? []).map((tenant) => tenant.toLowerCase()));
  return {
    async verify(authorization) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
      if (token === undefined) {
        refused('no bearer token');
        return undefined;
      }
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          algorithms: ['RS256'],
          audience: [...options.audiences],
          clockTolerance: options.clockToleranceSeconds ?? 300,
          requiredClaims: ['exp', 'iss', 'aud', 'tid', 'oid'],
          ...(options.currentDate ? { currentDate: options.currentDate() } : {}),
        }));
      } catch (error) {
        refused(error instanceof errors.JOSEError ? `${error.code}: ${error.message}` : String(error));
        return undefined;
      }
      const tenantId = text(payload, 'tid');
      const id = text(payload, 'oid');
      if (tenantId === undefined || !GUID.test(tenantId) || id === undefined) {
        refused('the token has no valid tid or oid');
        return undefined;
      }
      // Entra signs every tenant's tokens with the same keys, so the issuer must be the token's own tenant.
      if (!entraIssuers(tenantId).includes(payload.iss ?? '')) {
        refused(`issuer ${payload.iss ?? '(none)'} is not tenant ${tenantId}'s`);
        return undefined;
      }
      if (allowed.size > 0 && !allowed.has(tenantId.toLowerCase())) {
        refused(`tenant ${tenantId} is not allowed`);
        return undefined;
      }
      const scopes = (text(payload, 'scp') ?? '').split(' ');
      if (!scopes.includes(scope)) {
        refused(`the token lacks the ${scope} scope`);
        return undefined;
      }
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is string => typeof role === 'string') : [];
      const email = text(payload, 'preferred_username') ?? text(payload, 'upn') ?? text(payload, 'unique_name') ?? '';
      const caller: Caller = { id, email, displayName: text(payload, 'name') ?? email, tenantId, mayPublish: roles.includes(publishRole) };
      return caller;
    },
  };
}

/**
 * The verifier from the Function App's settings: `API_CLIENT_ID` (required) and
 * `API_APPLICATION_ID_URI`; optionally `PUBLISH_ROLE` and `ALLOWED_TENANT_IDS` (comma-separated).
 */
export function entraVerifierFromSettings(env: NodeJS.ProcessEnv, refused?: Refusal, overrides: Pick<EntraVerifierOptions, 'keys' | 'currentDate'> = {}): CallerVerifier {
  const clientId = env.API_CLIENT_ID?.trim();
  if (!clientId) throw new Error('API_CLIENT_ID is not set: the app registration\'s client id, which users\' tokens are issued for.');
  const audiences = [clientId, ...(env.API_APPLICATION_ID_URI?.trim() ? [env.API_APPLICATION_ID_URI.trim()] : [])];
  const tenants = (env.ALLOWED_TENANT_IDS ?? '').split(',').map((tenant) => tenant.trim()).filter((tenant) => tenant !== '');
  return entraCallerVerifier({ audiences, ...(env.PUBLISH_ROLE ? { publishRole: env.PUBLISH_ROLE } : {}), allowedTenants: tenants, ...overrides }, refused);
}
