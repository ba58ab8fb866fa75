import { type JSONWebKeySet, type JWTVerifyGetKey, createLocalJWKSet, errors } from 'jose';

export interface SigningKeyOptions {
  /** Where the key set is published (Entra's `discovery/v2.0/keys`). */
  url: URL;
  /**
   * How long a fetched key set is used before it is fetched again. A key Entra withdraws is
   * trusted at most this long after; default 5 minutes (jose's own default is 10).
   */
  maxAgeMs?: number;
  /**
   * A token naming a key id that is not in the set makes the set be fetched again at once, so a
   * key Entra has just started using works straight away; but at most once in this interval,
   * so a flood of made-up key ids cannot make this process hammer Entra. Default 5 minutes.
   */
  unknownKeyRefetchMs?: number;
  /** How long a fetch may take before it counts as failed. */
  timeoutMs?: number;
  /** Milliseconds now, for tests. */
  now?: () => number;
  fetchFn?: typeof fetch;
}

const MINUTES = 60_000;

/**
 * Entra's signing keys for jose's `jwtVerify`, fetched over HTTPS and kept for `maxAgeMs`; an
 * unknown key id refetches them (rate-limited), which also drops any key Entra has withdrawn.
 * Concurrent requests share one fetch. A failed fetch refuses the token (never an old key set
 * past its age): when Entra cannot be reached, nobody can be verified.
 */
export function entraSigningKeys(options: SigningKeyOptions): JWTVerifyGetKey {
  const maxAgeMs = options.maxAgeMs ?? 5 * MINUTES;
  const unknownKeyRefetchMs = options.unknownKeyRefetchMs ?? 5 * MINUTES;
  const timeoutMs = options.timeoutMs ?? 5000;
  const now = options.now ?? Date.now;
  const fetchFn = options.fetchFn ?? fetch;

  let keys: { find: JWTVerifyGetKey; ids: Set<string>; fetchedAt: number } | undefined;
  let lastUnknownRefetch = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | undefined;

  async function fetchKeys(): Promise<void> {
    const response = await fetchFn(options.url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (!response.ok) throw new errors.JOSEError(`The signing keys at ${options.url.href} answered HTTP ${response.status}.`);
    const set = (await response.json()) as JSONWebKeySet;
    // createLocalJWKSet checks the document's shape and throws ERR_JWKS_INVALID for anything else.
    const find = createLocalJWKSet(set);
    const ids = new Set(set.keys.map((key) => key.kid).filter((kid): kid is string => typeof kid === 'string'));
    keys = { find, ids, fetchedAt: now() };
  }

  function refresh(): Promise<void> {
    inFlight ??= fetchKeys().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  return async (header, token) => {
    // A fetch under way (for another request's unknown key id) may bring this token's key: wait for it.
    if (inFlight) await inFlight;
    let fetchedNow = false;
    if (keys === undefined || now() - keys.fetchedAt >= maxAgeMs) {
      await refresh();
      fetchedNow = true;
    }
    const unknown = header.kid !== undefined && !(keys?.ids.has(header.kid) ?? false);
    if (unknown && !fetchedNow && now() - lastUnknownRefetch >= unknownKeyRefetchMs) {
      lastUnknownRefetch = now();
      await refresh();
    }
    if (keys === undefined) throw new errors.JWKSNoMatchingKey();
    return keys.find(header, token);
  };
}
