import { type JWTPayload, type JWTVerifyGetKey, errors, jwtVerify } from 'jose';
import type { Caller, CallerVerifier } from './caller-identity';
import { entraSigningKeys } from './entra-signing-keys';

/** Microsoft Entra's signing keys, the same for every tenant (v1 and v2 tokens). */
export const ENTRA_KEYS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

/**
 * The tenant of personal Microsoft accounts (outlook.com, hotmail.com): Entra issues their tokens
 * under this `tid`. Nobody in it belongs to an NHS trust, so its tokens are always refused.
 */
export const CONSUMER_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

export interface EntraVerifierOptions {
  /**
   * The audiences a token may be for: the app's client id (v2 tokens carry it as `aud`) and its
   * Application ID URI, `api://<tab domain>/<client id>` (v1 tokens carry that).
   */
  audiences: readonly string[];
  /**
   * The apps allowed to call: the tab's own client id (one per trust that registers its own tab).
   * A token carries the app that obtained it as `azp` (v2) or `appid` (v1); a token any other app
   * obtained, even for this api and for a real user, is refused.
   */
  allowedClientIds: readonly string[];
  /** The delegated scope the tab asks for; a token without it is refused. */
  scope?: string;
  /** The app role that lets a person publish to the shared library. */
  publishRole?: string;
  /** The app role that lets a person register their trust's plan with the hub. */
  registerRole?: string;
  /** Tenants whose people may call; empty or left out, any tenant (the registry then decides). */
  allowedTenants?: readonly string[];
  /** Where the signing keys come from: Entra's key set (entraSigningKeys), shared by the process. */
  keys?: JWTVerifyGetKey;
  /** Seconds of clock skew allowed on `exp` and `nbf` (Entra suggests five minutes). */
  clockToleranceSeconds?: number;
  /** Now, for tests. */
  currentDate?: () => Date;
}

let sharedEntraKeys: JWTVerifyGetKey | undefined;
/**
 * Entra's key set, one per process: a Function builds its verifier per request, and sharing the
 * set shares its cache and its limit on refetches for unknown key ids.
 */
function entraKeys(): JWTVerifyGetKey {
  sharedEntraKeys ??= entraSigningKeys({ url: new URL(ENTRA_KEYS_URL) });
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
 * signature by one of Entra's published keys, named by `kid`; `aud` one of `audiences`; `iss` the
 * v1 or v2 issuer of the token's own tenant (`tid`, a GUID, not the personal-account tenant, and
 * one of `allowedTenants` when given); `exp` and `nbf` within the clock tolerance; the calling app
 * (`azp` or `appid`) one of `allowedClientIds`; the delegated scope in `scp`; and `oid`. Anything
 * else, or no token, resolves to undefined, so the Function answers 401. The caller may publish
 * only with the publish app role in `roles`.
 */
export function entraCallerVerifier(options: EntraVerifierOptions, refused: Refusal = () => undefined): CallerVerifier {
  if (options.audiences.length === 0) throw new Error("The Entra verifier needs the app's audiences (its client id and Application ID URI).");
  if (options.allowedClientIds.length === 0) throw new Error("The Entra verifier needs the client ids of the apps allowed to call (the tab's registration).");
  const clients = new Set(options.allowedClientIds.map((id) => id.toLowerCase()));
  const published = options.keys ?? entraKeys();
  // Entra names the signing key in every token; a token without one is refused rather than tried against every published key.
  const keys: JWTVerifyGetKey = (header, token) => {
    if (header.kid === undefined) throw new errors.JWSInvalid('the token names no signing key (kid)');
    return published(header, token);
  };
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
      if (tenantId.toLowerCase() === CONSUMER_TENANT_ID) {
        refused('personal Microsoft accounts (the consumer tenant) are not accepted');
        return undefined;
      }
      if (allowed.size > 0 && !allowed.has(tenantId.toLowerCase())) {
        refused(`tenant ${tenantId} is not allowed`);
        return undefined;
      }
      // v2 tokens name the app that asked for them in `azp`, v1 tokens in `appid`.
      const client = text(payload, 'azp') ?? text(payload, 'appid');
      if (client === undefined || !clients.has(client.toLowerCase())) {
        refused(`the token was obtained by app ${client ?? '(none)'}, which is not allowed to call`);
        return undefined;
      }
      const scopes = (text(payload, 'scp') ?? '').split(' ');
      if (!scopes.includes(scope)) {
        refused(`the token lacks the ${scope} scope`);
        return undefined;
      }
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is string => typeof role === 'string') : [];
      const email = text(payload, 'preferred_username') ?? text(payload, 'upn') ?? text(payload, 'unique_name') ?? '';
      const caller: Caller = {
        id,
        email,
        displayName: text(payload, 'name') ?? email,
        tenantId,
        mayPublish: roles.includes(publishRole),
        mayRegister: roles.includes(options.registerRole ?? 'Plan.Register'),
      };
      return caller;
    },
  };
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * The verifier from the Function App's settings: `API_CLIENT_ID` and `ALLOWED_CLIENT_IDS`
 * (required), `API_APPLICATION_ID_URI`; optionally `PUBLISH_ROLE`, `REGISTER_ROLE` and
 * `ALLOWED_TENANT_IDS` (comma-separated).
 */
export function entraVerifierFromSettings(
  env: NodeJS.ProcessEnv,
  refused?: Refusal,
  overrides: Pick<EntraVerifierOptions, 'keys' | 'currentDate'> = {},
): CallerVerifier {
  const clientId = env.API_CLIENT_ID?.trim();
  if (!clientId) throw new Error("API_CLIENT_ID is not set: the app registration's client id, which users' tokens are issued for.");
  const audiences = [clientId, ...(env.API_APPLICATION_ID_URI?.trim() ? [env.API_APPLICATION_ID_URI.trim()] : [])];
  const allowedClientIds = list(env.ALLOWED_CLIENT_IDS);
  if (allowedClientIds.length === 0)
    throw new Error("ALLOWED_CLIENT_IDS is not set: the client id of the tab's app registration (comma-separated when several trusts' tabs call this api).");
  const tenants = list(env.ALLOWED_TENANT_IDS);
  const roles = { ...(env.PUBLISH_ROLE ? { publishRole: env.PUBLISH_ROLE } : {}), ...(env.REGISTER_ROLE ? { registerRole: env.REGISTER_ROLE } : {}) };
  return entraCallerVerifier({ audiences, allowedClientIds, ...roles, allowedTenants: tenants, ...overrides }, refused);
}
