import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, type JWK, type JWTPayload, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { GOOD_PRACTICE_HUB_SITE_ID } from '../../../api/src/local/graph/sites';
import type { CallerVerifier } from '../../../api/src/services/caller-identity';
import { CONSUMER_TENANT_ID, entraCallerVerifier, entraIssuers, entraVerifierFromSettings } from '../../../api/src/services/entra-caller-verifier';
import { entraSigningKeys } from '../../../api/src/services/entra-signing-keys';
import { appClient } from '../../../api/src/services/graph-access';
import { LOCAL_HUB, localGraphAccess } from '../../../api/src/local/local-wiring';
import { publishPractice } from '../../../api/src/services/publish-practice';
import { openPlanRegistry, openPracticeLibrary, resolveSite } from '../../../src/storage/graph';
import { type RunningServer, startLocalServer } from '../../support/local-server';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
/** The tab's own registration: the app that asks Entra for the api token (`azp`/`appid`). */
const TAB_CLIENT_ID = '66666666-7777-4888-8999-aaaaaaaaaaaa';
const APP_ID_URI = `api://tab.example.org/${CLIENT_ID}`;
const TENANT = '0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3';
const OTHER_TENANT = 'ffffffff-eeee-4ddd-8ccc-bbbbbbbbbbbb';
const NOW = new Date('2027-01-15T10:00:00Z');
/** The synthetic trust's plan site, registered with the hub as its tenant's. */
const PLAN_SITE = 'tenant-trust.example,1,1';
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

let entraKey: CryptoKey;
let strangerKey: CryptoKey;
let keysServer: Server;
let keysUrl: URL;
let keyRequests = 0;

/** Entra's key set, served over HTTP on loopback, so jose fetches and caches it as it would Entra's. */
beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  entraKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'entra-key-1', use: 'sig', alg: 'RS256' };
  keysServer = createServer((_request, response) => {
    keyRequests += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => keysServer.listen(0, '127.0.0.1', resolve));
  keysUrl = new URL(`http://127.0.0.1:${(keysServer.address() as AddressInfo).port}/discovery/v2.0/keys`);
});

afterAll(async () => {
  await new Promise((resolve) => keysServer.close(resolve));
});

/** A v2 access token as Entra issues it for the tab's API; `change` alters claims, null removes one. */
async function token(change: Record<string, unknown> = {}, options: { key?: CryptoKey; kid?: string | null; alg?: string } = {}): Promise<string> {
  const claims: JWTPayload = {
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: seconds(NOW) - 60,
    nbf: seconds(NOW) - 60,
    exp: seconds(NOW) + 3600,
    tid: TENANT,
    oid: '9a8b7c6d-0000-4000-8000-000000000001',
    preferred_username: 'edi.lead@trust.example',
    name: 'Synthetic Lead',
    azp: TAB_CLIENT_ID,
    scp: 'access_as_user',
    roles: ['Practice.Publish'],
  };
  for (const [claim, value] of Object.entries(change)) {
    if (value === null) delete claims[claim];
    else claims[claim] = value;
  }
  const kid = options.kid === null ? {} : { kid: options.kid ?? 'entra-key-1' };
  return new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? 'RS256', ...kid, typ: 'JWT' }).sign(options.key ?? entraKey);
}

function verifier(extra: Partial<Parameters<typeof entraCallerVerifier>[0]> = {}, reasons: string[] = []): CallerVerifier {
  return entraCallerVerifier(
    { audiences: [CLIENT_ID, APP_ID_URI], allowedClientIds: [TAB_CLIENT_ID], keys: entraSigningKeys({ url: keysUrl }), currentDate: () => NOW, ...extra },
    (reason) => reasons.push(reason),
  );
}

describe("verifying the user's Entra token", () => {
  test('a v2 token for the app gives the caller, who may publish with the Practice.Publish role', async () => {
    await expect(verifier().verify(`Bearer ${await token()}`)).resolves.toEqual({
      id: '9a8b7c6d-0000-4000-8000-000000000001',
      email: 'edi.lead@trust.example',
      displayName: 'Synthetic Lead',
      tenantId: TENANT,
      mayPublish: true,
      mayRegister: false,
    });
  });

  test('a v1 token (Application ID URI audience, sts.windows.net issuer, upn) is accepted too', async () => {
    const v1 = await token({
      aud: APP_ID_URI,
      iss: `https://sts.windows.net/${TENANT}/`,
      azp: null,
      appid: TAB_CLIENT_ID,
      preferred_username: null,
      upn: 'member@trust.example',
      name: null,
      roles: null,
    });
    await expect(verifier().verify(`Bearer ${v1}`)).resolves.toMatchObject({
      email: 'member@trust.example',
      displayName: 'member@trust.example',
      mayPublish: false,
    });
  });

  test('within five minutes of expiry skew a token still holds; beyond, it does not', async () => {
    await expect(verifier().verify(`Bearer ${await token({ exp: seconds(NOW) - 240 })}`)).resolves.toBeDefined();
    await expect(verifier().verify(`Bearer ${await token({ exp: seconds(NOW) - 400 })}`)).resolves.toBeUndefined();
  });

  test.each([
    ['no header', undefined, 'no bearer token'],
    ['another scheme', 'Basic dXNlcjpwYXNz', 'no bearer token'],
    ['a malformed token', 'Bearer not.a.token', 'ERR_JWS_INVALID'],
  ])('%s is refused', async (_name, authorization, reason) => {
    const reasons: string[] = [];
    await expect(verifier({}, reasons).verify(authorization)).resolves.toBeUndefined();
    expect(reasons.join()).toContain(reason);
  });

  test.each<[string, () => Promise<string>, string]>([
    ['expired', () => token({ exp: seconds(NOW) - 3600 }), 'ERR_JWT_EXPIRED'],
    ['not yet valid', () => token({ nbf: seconds(NOW) + 3600 }), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['for another app', () => token({ aud: 'api://someone-else' }), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['signed by a key Entra does not publish', () => token({}, { key: strangerKey, kid: 'stranger' }), 'ERR_JWKS_NO_MATCHING_KEY'],
    ["signed by another key under Entra's key id", () => token({}, { key: strangerKey }), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['issued by another tenant than its tid', () => token({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }), `is not tenant ${TENANT}'s`],
    ['with a tid that is not a tenant id', () => token({ tid: 'demo-trust', iss: 'https://login.microsoftonline.com/demo-trust/v2.0' }), 'no valid tid or oid'],
    ['without an object id', () => token({ oid: null }), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['without the access_as_user scope', () => token({ scp: 'User.Read' }), 'lacks the access_as_user scope'],
    ['with no scope at all (an app-only token)', () => token({ scp: null }), 'lacks the access_as_user scope'],
    [
      'obtained by another app (v2 azp)',
      () => token({ azp: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff' }),
      'obtained by app bbbbbbbb-cccc-4ddd-8eee-ffffffffffff, which is not allowed',
    ],
    [
      'obtained by another app (v1 appid)',
      () => token({ azp: null, appid: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff', aud: APP_ID_URI, iss: `https://sts.windows.net/${TENANT}/` }),
      'which is not allowed',
    ],
    ['that names no calling app', () => token({ azp: null }), 'obtained by app (none)'],
    [
      'from a personal Microsoft account (the consumer tenant)',
      () => token({ tid: CONSUMER_TENANT_ID, iss: `https://login.microsoftonline.com/${CONSUMER_TENANT_ID}/v2.0` }),
      'personal Microsoft accounts',
    ],
    ['that names no signing key', () => token({}, { kid: null }), 'names no signing key'],
  ])('a token %s is refused', async (_name, make, reason) => {
    const reasons: string[] = [];
    await expect(verifier({}, reasons).verify(`Bearer ${await make()}`)).resolves.toBeUndefined();
    expect(reasons.join()).toContain(reason);
  });

  test('an unsigned token (alg none) is refused', async () => {
    const [, body] = (await token()).split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${body}.`;
    await expect(verifier().verify(`Bearer ${unsigned}`)).resolves.toBeUndefined();
  });

  test('allowed tenants, when set, keep out every other tenant', async () => {
    const reasons: string[] = [];
    await expect(verifier({ allowedTenants: [OTHER_TENANT] }, reasons).verify(`Bearer ${await token()}`)).resolves.toBeUndefined();
    expect(reasons).toEqual([`tenant ${TENANT} is not allowed`]);
    await expect(verifier({ allowedTenants: [TENANT.toUpperCase()] }).verify(`Bearer ${await token()}`)).resolves.toBeDefined();
  });

  test('a different publish role can be configured', async () => {
    await expect(verifier({ publishRole: 'Library.Contribute' }).verify(`Bearer ${await token()}`)).resolves.toMatchObject({ mayPublish: false });
  });

  test('the key set is fetched once and reused', async () => {
    const check = verifier();
    const before = keyRequests;
    for (let i = 0; i < 3; i += 1) await check.verify(`Bearer ${await token()}`);
    expect(keyRequests - before).toBe(1);
  });

  test("issuers are the tenant's v2 and v1 ones", () => {
    expect(entraIssuers(TENANT)).toEqual([`https://login.microsoftonline.com/${TENANT}/v2.0`, `https://sts.windows.net/${TENANT}/`]);
  });
});

describe('settings', () => {
  test('API_CLIENT_ID is required, and its absence is named', () => {
    expect(() => entraVerifierFromSettings({})).toThrow('API_CLIENT_ID is not set');
    expect(() => entraCallerVerifier({ audiences: [], allowedClientIds: [TAB_CLIENT_ID] })).toThrow("needs the app's audiences");
  });

  test('ALLOWED_CLIENT_IDS is required too, and its absence is named: no tab, no caller', () => {
    expect(() => entraVerifierFromSettings({ API_CLIENT_ID: CLIENT_ID })).toThrow('ALLOWED_CLIENT_IDS is not set');
    expect(() => entraVerifierFromSettings({ API_CLIENT_ID: CLIENT_ID, ALLOWED_CLIENT_IDS: ' , ' })).toThrow('ALLOWED_CLIENT_IDS is not set');
    expect(() => entraCallerVerifier({ audiences: [CLIENT_ID], allowedClientIds: [] })).toThrow('client ids of the apps allowed to call');
  });

  test('the client id and Application ID URI are both audiences; allowed tenants are read from a list; the role is settable', async () => {
    const keys = { keys: entraSigningKeys({ url: keysUrl }), currentDate: () => NOW };
    const settings = {
      API_CLIENT_ID: CLIENT_ID,
      API_APPLICATION_ID_URI: APP_ID_URI,
      ALLOWED_CLIENT_IDS: `aaaaaaaa-0000-4000-8000-000000000000, ${TAB_CLIENT_ID}`,
      ALLOWED_TENANT_IDS: ` ${OTHER_TENANT} , ${TENANT}`,
    };
    const fromSettings = entraVerifierFromSettings(settings, undefined, keys);
    await expect(fromSettings.verify(`Bearer ${await token()}`)).resolves.toMatchObject({ tenantId: TENANT, mayPublish: true });
    await expect(fromSettings.verify(`Bearer ${await token({ aud: APP_ID_URI })}`)).resolves.toBeDefined();
    await expect(
      entraVerifierFromSettings({ API_CLIENT_ID: CLIENT_ID, ALLOWED_CLIENT_IDS: TAB_CLIENT_ID }, undefined, keys).verify(
        `Bearer ${await token({ aud: APP_ID_URI })}`,
      ),
    ).resolves.toBeUndefined();
    await expect(
      entraVerifierFromSettings({ ...settings, ALLOWED_CLIENT_IDS: 'aaaaaaaa-0000-4000-8000-000000000000' }, undefined, keys).verify(`Bearer ${await token()}`),
    ).resolves.toBeUndefined();
    await expect(
      entraVerifierFromSettings({ ...settings, ALLOWED_TENANT_IDS: OTHER_TENANT }, undefined, keys).verify(`Bearer ${await token()}`),
    ).resolves.toBeUndefined();
    await expect(
      entraVerifierFromSettings({ ...settings, PUBLISH_ROLE: 'Library.Contribute' }, undefined, keys).verify(`Bearer ${await token()}`),
    ).resolves.toMatchObject({ mayPublish: false });
    // The registering role is a setting too: Plan.Register by default, another name when REGISTER_ROLE says so.
    const lead = await token({ roles: ['Practice.Publish', 'Plan.Register'] });
    await expect(fromSettings.verify(`Bearer ${lead}`)).resolves.toMatchObject({ mayRegister: true });
    await expect(entraVerifierFromSettings({ ...settings, REGISTER_ROLE: 'Plan.Lead' }, undefined, keys).verify(`Bearer ${lead}`)).resolves.toMatchObject({
      mayRegister: false,
    });
    await expect(
      entraVerifierFromSettings({ ...settings, REGISTER_ROLE: 'Plan.Lead' }, undefined, keys).verify(`Bearer ${await token({ roles: ['Plan.Lead'] })}`),
    ).resolves.toMatchObject({ mayRegister: true, mayPublish: false });
  });
});

const study = (id: string) => ({
  id,
  title: 'Inclusive shortlisting',
  problem: 'BME applicants were less likely to be appointed.',
  whatWasDone: 'Shortlisting was anonymised.',
  impact: 'Indicator 2 moved closer to parity.',
  organisation: { name: 'Synthetic Tenant Trust', odsCode: 'RZZ', type: 'Acute trust', region: 'London' },
  publishedOn: '2027-01-15',
});

describe('publishing with Entra tokens, against the local store', () => {
  let server: RunningServer;
  const graph = () => localGraphAccess(`${server.url}/graph/v1.0`);

  beforeAll(async () => {
    server = await startLocalServer({ REMINDERS: 'off' });
    // A trust of a real-looking tenant joins the registry, as an administrator would register it.
    const hub = await resolveSite(appClient(graph()), graph().baseUrl, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
    await (await openPlanRegistry(hub)).register({ siteId: PLAN_SITE, orgCode: 'RZZ', tenantId: TENANT, registeredOn: '2027-01-01' });
  }, 120000);

  afterAll(async () => {
    await server.stop();
  });

  async function libraryIds(): Promise<string[]> {
    const hub = await resolveSite(appClient(graph()), graph().baseUrl, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
    return (await (await openPracticeLibrary(hub)).list()).map((entry) => entry.value.caseStudy.id);
  }

  test('a verified member with the publish role publishes (200); without it, 403; a forged token, 401; refusals store nothing', async () => {
    const options = { graph: graph(), hub: LOCAL_HUB, verifier: verifier() };
    const before = await libraryIds();
    const forged = await publishPractice(options, {
      authorization: `Bearer ${await token({}, { key: strangerKey })}`,
      body: { caseStudy: study('cs-entra-forged'), siteId: PLAN_SITE },
    });
    expect(forged).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
    const noRole = await publishPractice(options, {
      authorization: `Bearer ${await token({ roles: null })}`,
      body: { caseStudy: study('cs-entra-no-role'), siteId: PLAN_SITE },
    });
    expect(noRole).toMatchObject({ status: 403, body: { error: { code: 'forbidden', message: expect.stringContaining('Practice.Publish') } } });
    expect(await libraryIds()).toEqual(before);

    const published = await publishPractice(options, {
      authorization: `Bearer ${await token()}`,
      body: { caseStudy: study('cs-entra-ok'), siteId: PLAN_SITE },
    });
    expect(published).toMatchObject({ status: 200, body: { caseStudy: { id: 'cs-entra-ok' } } });
    expect((await libraryIds()).filter((id) => !before.includes(id))).toEqual(['cs-entra-ok']);
  });
});
