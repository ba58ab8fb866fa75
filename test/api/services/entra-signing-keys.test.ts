import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, type JWK, type JWTVerifyGetKey, SignJWT, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { entraSigningKeys } from '../../../api/src/services/entra-signing-keys';

/**
 * Entra's key set served over HTTP on loopback: what it publishes can change between requests,
 * as it does when Entra rolls its signing keys over, and every fetch is counted.
 */
interface KeyServer {
  url: URL;
  publish: (...kids: string[]) => void;
  fail: (status: number | undefined) => void;
  fetches: () => number;
}

const privateKeys = new Map<string, CryptoKey>();
const publicJwks = new Map<string, JWK>();
let server: Server;
let keyServer: KeyServer;

beforeAll(async () => {
  for (const kid of ['old-key', 'new-key', 'stranger']) {
    const pair = await generateKeyPair('RS256');
    privateKeys.set(kid, pair.privateKey);
    publicJwks.set(kid, { ...(await exportJWK(pair.publicKey)), kid, use: 'sig', alg: 'RS256' });
  }
  let published: string[] = [];
  let failWith: number | undefined;
  let count = 0;
  server = createServer((_request, response) => {
    count += 1;
    if (failWith !== undefined) {
      response.writeHead(failWith).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published.map((kid) => publicJwks.get(kid)) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  keyServer = {
    url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/common/discovery/v2.0/keys`),
    publish: (...kids) => {
      published = kids;
    },
    fail: (status) => {
      failWith = status;
    },
    fetches: () => count,
  };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A token signed by `kid`'s private key (the stranger's key under any name is a forgery). */
function signed(kid: string, signer = kid): Promise<string> {
  const key = privateKeys.get(signer);
  if (!key) throw new Error(`no key ${signer}`);
  return new SignJWT({ sub: 'someone' }).setProtectedHeader({ alg: 'RS256', kid }).setExpirationTime('1h').sign(key);
}

/** Whether jose accepts the token's signature with these keys; the error code when it does not. */
async function check(keys: JWTVerifyGetKey, token: string): Promise<string> {
  try {
    await jwtVerify(token, keys, { algorithms: ['RS256'] });
    return 'accepted';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/** A clock the test moves by hand. */
function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = Date.parse('2027-01-15T10:00:00Z');
  return { now: () => time, advance: (ms) => (time += ms) };
}

const MINUTE = 60_000;

beforeEach(() => {
  keyServer.publish('old-key');
  keyServer.fail(undefined);
});

test('the key set is fetched once and reused while it is fresh', async () => {
  const keys = entraSigningKeys({ url: keyServer.url, now: clock().now });
  const before = keyServer.fetches();
  for (let i = 0; i < 3; i += 1) expect(await check(keys, await signed('old-key'))).toBe('accepted');
  expect(keyServer.fetches() - before).toBe(1);
});

test('key rollover: a token under a key Entra has just published is accepted at once, and the withdrawn key is refused from then on', async () => {
  const time = clock();
  const keys = entraSigningKeys({ url: keyServer.url, now: time.now });
  expect(await check(keys, await signed('old-key'))).toBe('accepted');

  // Entra rolls over: the new key replaces the old one. Ten seconds later the first token under it arrives.
  keyServer.publish('new-key');
  time.advance(10_000);
  const before = keyServer.fetches();
  expect(await check(keys, await signed('new-key'))).toBe('accepted');
  expect(keyServer.fetches() - before).toBe(1);
  // That refetch also dropped the old key: a token it signs is refused without waiting for the cache to age.
  expect(await check(keys, await signed('old-key'))).toBe('ERR_JWKS_NO_MATCHING_KEY');
});

test('a flood of made-up key ids refetches the set at most once per five minutes', async () => {
  const time = clock();
  const keys = entraSigningKeys({ url: keyServer.url, now: time.now, maxAgeMs: 60 * MINUTE });
  expect(await check(keys, await signed('old-key'))).toBe('accepted');
  const before = keyServer.fetches();
  for (let i = 0; i < 50; i += 1) {
    expect(await check(keys, await signed(`made-up-${i}`, 'stranger'))).toBe('ERR_JWKS_NO_MATCHING_KEY');
    time.advance(1000);
  }
  // 50 seconds of forged key ids: one refetch for the first, none for the rest.
  expect(keyServer.fetches() - before).toBe(1);
  time.advance(5 * MINUTE);
  expect(await check(keys, await signed('made-up-again', 'stranger'))).toBe('ERR_JWKS_NO_MATCHING_KEY');
  expect(keyServer.fetches() - before).toBe(2);
  // The real key still works throughout, from the cache.
  expect(await check(keys, await signed('old-key'))).toBe('accepted');
  expect(keyServer.fetches() - before).toBe(2);
});

test('concurrent tokens under an unknown key id share one refetch', async () => {
  const keys = entraSigningKeys({ url: keyServer.url, now: clock().now });
  expect(await check(keys, await signed('old-key'))).toBe('accepted');
  keyServer.publish('old-key', 'new-key');
  const before = keyServer.fetches();
  const tokens = await Promise.all(Array.from({ length: 10 }, () => signed('new-key')));
  expect(await Promise.all(tokens.map((token) => check(keys, token)))).toEqual(Array(10).fill('accepted'));
  expect(keyServer.fetches() - before).toBe(1);
});

test('a withdrawn key is refused once the set is five minutes old, even with no new key id to prompt a refetch', async () => {
  const time = clock();
  const keys = entraSigningKeys({ url: keyServer.url, now: time.now });
  expect(await check(keys, await signed('old-key'))).toBe('accepted');
  keyServer.publish('new-key');
  time.advance(4 * MINUTE);
  expect(await check(keys, await signed('old-key'))).toBe('accepted');
  time.advance(1 * MINUTE);
  expect(await check(keys, await signed('old-key'))).toBe('ERR_JWKS_NO_MATCHING_KEY');
});

test('a key set that cannot be fetched refuses the token, and the next request tries again', async () => {
  const time = clock();
  const keys = entraSigningKeys({ url: keyServer.url, now: time.now });
  keyServer.fail(503);
  expect(await check(keys, await signed('old-key'))).toBe('ERR_JOSE_GENERIC');
  keyServer.fail(undefined);
  expect(await check(keys, await signed('old-key'))).toBe('accepted');
  // Stale and unreachable: the old set is not used past its age.
  time.advance(5 * MINUTE);
  keyServer.fail(500);
  expect(await check(keys, await signed('old-key'))).toBe('ERR_JOSE_GENERIC');
});

test('a document that is not a key set is refused', async () => {
  const bad = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"keys":"none"}'));
  await new Promise<void>((resolve) => bad.listen(0, '127.0.0.1', resolve));
  try {
    const keys = entraSigningKeys({ url: new URL(`http://127.0.0.1:${(bad.address() as AddressInfo).port}/keys`) });
    expect(await check(keys, await signed('old-key'))).toBe('ERR_JWKS_INVALID');
  } finally {
    await new Promise((resolve) => bad.close(resolve));
  }
});
