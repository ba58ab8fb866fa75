/**
 * The hub is written only through the api's services, with the app's identity, for callers whose
 * token was verified: publishing, editing, withdrawing, counting an adoption and registering a
 * plan. Each is checked for who may do it, and a retry of each changes nothing.
 */
import { type CryptoKey, type JWTPayload, SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import { DEMO_TRUST_SITE_ID, GOOD_PRACTICE_HUB_SITE_ID, SECOND_DEMO_TRUST_SITE_ID } from '../../../api/src/local/graph/sites';
import { editPractice, withdrawPractice } from '../../../api/src/services/edit-practice';
import { entraCallerVerifier } from '../../../api/src/services/entra-caller-verifier';
import { appClient } from '../../../api/src/services/graph-access';
import { LOCAL_HUB, localCallerVerifier, localGraphAccess, localSiteTenancy } from '../../../api/src/local/local-wiring';
import { publishPractice } from '../../../api/src/services/publish-practice';
import { recordAdoption } from '../../../api/src/services/record-adoption';
import { registerPlan } from '../../../api/src/services/register-plan';
import type { CallerVerifier } from '../../../api/src/services/caller-identity';
import type { CaseStudyJson } from '../../../src/domain/practice';
import { createGraphClient, openGraphPlanStorage, openPlanRegistry, openPracticeLibrary, resolveSite } from '../../../src/storage/graph';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { sampleAction } from '../../storage/graph/support';

let server: RunningServer;

beforeAll(async () => {
  server = await startLocalServer({ REMINDERS: 'off' });
}, 120000);

afterAll(async () => {
  await server.stop();
});

const DEMO_MEMBER = 'Bearer local:amara.okafor@demo-trust.example';
const SECOND_MEMBER = 'Bearer local:daniel.kowalski@second-trust.example';
const SECOND_LEAD = 'Bearer local:lead@second-trust.example';

const options = (verifier: CallerVerifier = localCallerVerifier, sites = localSiteTenancy) => ({
  graph: localGraphAccess(`${server.url}/graph/v1.0`),
  hub: LOCAL_HUB,
  verifier,
  sites,
});

let counter = 0;
function study(overrides: Partial<CaseStudyJson> = {}): CaseStudyJson {
  counter += 1;
  return {
    id: `cs-hub-${counter}-${Date.now()}`,
    title: 'Reverse mentoring for the executive team',
    problem: 'Executives heard little from BME staff directly.',
    whatWasDone: 'Twelve pairs met monthly for a year.',
    impact: 'Indicator 7 improved for BME staff.',
    organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust', region: 'London' },
    publishedOn: '2027-01-15',
    ...overrides,
  };
}

/** Makes the adopting action in a trust's own plan, as that trust's person would through the tab. */
async function adoptInPlan(email: string, siteId: string, actionId: string): Promise<void> {
  const baseUrl = `${server.url}/graph/v1.0`;
  const client = createGraphClient({ baseUrl, getAccessToken: () => Promise.resolve(`local:${email}`) });
  const { storage } = await openGraphPlanStorage(await resolveSite(client, baseUrl, { siteId }), { createMissing: false });
  await storage.actions.create(sampleAction({ id: actionId }));
}

async function hub() {
  const access = localGraphAccess(`${server.url}/graph/v1.0`);
  const site = await resolveSite(appClient(access), access.baseUrl, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
  return { library: await openPracticeLibrary(site), registry: await openPlanRegistry(site) };
}

async function entry(caseStudyId: string) {
  return (await hub()).library.find(caseStudyId);
}

test('publishing as another trust is refused, whatever plan or ODS code the request names', async () => {
  const asDemo = study();
  const claimed = await publishPractice(options(), { authorization: SECOND_MEMBER, body: { caseStudy: asDemo } });
  expect(claimed).toMatchObject({ status: 403, body: { error: { code: 'notYourOrganisation' } } });
  const namingDemoPlan = await publishPractice(options(), { authorization: SECOND_MEMBER, body: { caseStudy: asDemo, siteId: DEMO_TRUST_SITE_ID } });
  expect(namingDemoPlan).toMatchObject({ status: 403, body: { error: { code: 'notYourPlan', fields: { siteId: expect.any(String) } } } });
  expect(await entry(asDemo.id)).toBeUndefined();
});

test("a plan is registered only by its own tenant's lead, and a register row names ids, never text shown to people", async () => {
  const before = await (await hub()).registry.list();
  const forged = await registerPlan(options(), { authorization: SECOND_LEAD, body: { siteId: DEMO_TRUST_SITE_ID, odsCode: 'RYZ' } });
  expect(forged).toMatchObject({ status: 403, body: { error: { code: 'notYourSite', fields: { siteId: expect.any(String) } } } });
  const member = await registerPlan(options(), { authorization: SECOND_MEMBER, body: { siteId: SECOND_DEMO_TRUST_SITE_ID, odsCode: 'RYY' } });
  expect(member).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
  const invalid = await registerPlan(options(), { authorization: SECOND_LEAD, body: { siteId: '', odsCode: 'not a code' } });
  expect(invalid).toMatchObject({ status: 400, body: { error: { fields: { siteId: expect.any(String), odsCode: expect.stringContaining('ODS code') } } } });
  // Registering the trust's own plan again answers with the first registration and changes nothing.
  const again = await registerPlan(options(), { authorization: SECOND_LEAD, body: { siteId: SECOND_DEMO_TRUST_SITE_ID, odsCode: 'RXX' } });
  expect(again).toMatchObject({ status: 200, body: { plan: { siteId: SECOND_DEMO_TRUST_SITE_ID, tenantId: 'second-demo-trust', orgCode: 'RYY' } } });
  const after = await (await hub()).registry.list();
  expect(after).toEqual(before);
  for (const plan of after) expect(Object.keys(plan).toSorted()).toEqual(expect.arrayContaining(['orgCode', 'registeredOn', 'siteId', 'tenantId']));
  expect(after.flatMap((plan) => Object.values(plan)).some((value) => /\s|https?:|@/.test(value))).toBe(false);
});

test('a retried publish answers as the first did and leaves one copy; an id another trust used is refused, not overwritten', async () => {
  const own = study();
  const first = await publishPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudy: own } });
  const retry = await publishPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudy: { ...own, title: 'A different title on the retry' } } });
  expect(retry).toEqual(first);
  const listed = (await (await hub()).library.list()).filter((item) => item.value.caseStudy.id === own.id);
  expect(listed.map((item) => item.value.caseStudy.title)).toEqual([own.title]);

  const taken = await publishPractice(options(), {
    authorization: SECOND_MEMBER,
    body: { caseStudy: { ...own, organisation: { name: 'Second Demo Trust', odsCode: 'RYY', type: 'Mental health trust', region: 'North West' } } },
  });
  expect(taken).toMatchObject({ status: 409, body: { error: { code: 'idTaken' } } });
  expect((await entry(own.id))?.value.caseStudy.organisation.odsCode).toBe('RXX');
});

test('only the publishing trust edits its case study; a retried edit with the same key writes nothing', async () => {
  const own = study();
  await publishPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudy: own } });
  const changed = { ...own, impact: 'Indicator 7 improved by 4 percentage points.' };
  const byOther = await editPractice(options(), { authorization: SECOND_MEMBER, body: { caseStudy: changed, clientKey: 'edit-0000-0001' } });
  expect(byOther).toMatchObject({ status: 403, body: { error: { code: 'notYourCaseStudy' } } });
  expect((await entry(own.id))?.value.caseStudy.impact).toBe(own.impact);

  const noKey = await editPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudy: changed } });
  expect(noKey).toMatchObject({ status: 400, body: { error: { fields: { clientKey: expect.any(String) } } } });
  const edited = await editPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudy: changed, clientKey: 'edit-0000-0002' } });
  expect(edited).toMatchObject({ status: 200, body: { caseStudy: { impact: changed.impact } } });
  const saved = await entry(own.id);
  const retried = await editPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudy: changed, clientKey: 'edit-0000-0002' } });
  expect(retried).toEqual(edited);
  expect((await entry(own.id))?.eTag).toBe(saved?.eTag);

  const moved = await editPractice(options(), {
    authorization: DEMO_MEMBER,
    body: { caseStudy: { ...changed, organisation: { ...changed.organisation, odsCode: 'RYY' } }, clientKey: 'edit-0000-0003' },
  });
  expect(moved).toMatchObject({ status: 400, body: { error: { fields: { 'organisation.odsCode': expect.stringContaining('RXX') } } } });
});

test('only the publishing trust withdraws its case study; it leaves the library, is kept on the hub, and withdrawing again changes nothing', async () => {
  const own = study();
  await publishPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudy: own } });
  const byOther = await withdrawPractice(options(), { authorization: SECOND_MEMBER, body: { caseStudyId: own.id } });
  expect(byOther).toMatchObject({ status: 403, body: { error: { code: 'notYourCaseStudy' } } });
  expect((await entry(own.id))?.value.withdrawn).toBe(false);

  expect(await withdrawPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudyId: own.id } })).toEqual({
    status: 200,
    body: { caseStudyId: own.id, withdrawn: true },
  });
  const kept = await entry(own.id);
  expect(kept?.value.withdrawn).toBe(true);
  expect((await (await hub()).library.list()).map((item) => item.value.caseStudy.id)).not.toContain(own.id);
  expect(await withdrawPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudyId: own.id } })).toEqual({
    status: 200,
    body: { caseStudyId: own.id, withdrawn: true },
  });
  expect((await entry(own.id))?.eTag).toBe(kept?.eTag);
  const edit = await editPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudy: own, clientKey: 'edit-0000-0004' } });
  expect(edit.status).toBe(404);
});

test('an adoption is counted once per trust, however often it is asked, and each trust counts', async () => {
  const own = study();
  await publishPractice(options(), { authorization: DEMO_MEMBER, body: { caseStudy: own } });
  const body = { caseStudyId: own.id, actionId: `adopted-${own.id}` };
  // The evidence of an adoption is the action in the adopting trust's own plan: none yet, no count.
  const early = await recordAdoption(options(), { authorization: SECOND_MEMBER, body });
  expect(early).toMatchObject({ status: 409, body: { error: { code: 'actionNotFound', fields: { actionId: expect.any(String) } } } });
  await adoptInPlan('daniel.kowalski@second-trust.example', SECOND_DEMO_TRUST_SITE_ID, body.actionId);
  const first = await recordAdoption(options(), { authorization: SECOND_MEMBER, body });
  expect(first).toMatchObject({ status: 200, body: { adoptions: 1 } });
  const again = await Promise.all([1, 2, 3].map(() => recordAdoption(options(), { authorization: SECOND_LEAD, body })));
  for (const answer of again) expect(answer).toMatchObject({ status: 200, body: { adoptions: 1 } });
  expect((await entry(own.id))?.value.adoptions).toBe(1);
  // Demo's own action of the same id is in Demo's plan, so Demo counts too; Second's does not count for Demo.
  expect(await recordAdoption(options(), { authorization: DEMO_MEMBER, body })).toMatchObject({ status: 409 });
  await adoptInPlan('amara.okafor@demo-trust.example', DEMO_TRUST_SITE_ID, body.actionId);
  expect(await recordAdoption(options(), { authorization: DEMO_MEMBER, body })).toMatchObject({ status: 200, body: { adoptions: 2 } });
  // Adopting needs no publishing role: a read-only person may ask, but only an existing action counts, once per trust.
  const viewer = await recordAdoption(options(), { authorization: 'Bearer local:viewer@second-trust.example', body });
  expect(viewer).toMatchObject({ status: 200, body: { adoptions: 2 } });
  const missing = await recordAdoption(options(), { authorization: SECOND_MEMBER, body: { caseStudyId: own.id } });
  expect(missing).toMatchObject({ status: 400, body: { error: { fields: { actionId: expect.any(String) } } } });
  expect((await entry(own.id))?.value.adoptions).toBe(2);
});

describe('with Entra tokens', () => {
  const TENANT = '0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3';
  const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
  const TAB_CLIENT_ID = '66666666-7777-4888-8999-aaaaaaaaaaaa';
  const NOW = new Date('2027-01-15T10:00:00Z');
  let key: CryptoKey;
  let verifier: CallerVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
    verifier = entraCallerVerifier({ audiences: [CLIENT_ID], allowedClientIds: [TAB_CLIENT_ID], keys, currentDate: () => NOW });
  });

  const token = async (roles: string[], tenant = TENANT): Promise<string> => {
    const seconds = Math.floor(NOW.getTime() / 1000);
    const claims: JWTPayload = {
      aud: CLIENT_ID,
      iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
      tid: tenant,
      oid: 'aaaaaaaa-0000-4000-8000-000000000001',
      azp: TAB_CLIENT_ID,
      scp: 'access_as_user',
      roles,
      preferred_username: 'lead@third.example',
      iat: seconds,
      nbf: seconds,
      exp: seconds + 3600,
    };
    return `Bearer ${await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(key)}`;
  };
  // The third trust's site, as SharePoint would say: it belongs to TENANT.
  const sites = { tenantOf: (siteId: string) => Promise.resolve(siteId === GOOD_PRACTICE_HUB_SITE_ID ? TENANT : localSiteTenancy.tenantOf(siteId)) };

  test("Plan.Register registers only a site of the token's own tenant; then Practice.Publish publishes only under its code", async () => {
    const noRole = await registerPlan(options(verifier, sites), {
      authorization: await token(['Practice.Publish']),
      body: { siteId: GOOD_PRACTICE_HUB_SITE_ID, odsCode: 'RT1' },
    });
    expect(noRole).toMatchObject({ status: 403, body: { error: { message: expect.stringContaining('Plan.Register') } } });
    const notOurs = await registerPlan(options(verifier, sites), {
      authorization: await token(['Plan.Register']),
      body: { siteId: DEMO_TRUST_SITE_ID, odsCode: 'RT1' },
    });
    expect(notOurs).toMatchObject({ status: 403, body: { error: { code: 'notYourSite' } } });
    const takenCode = await registerPlan(options(verifier, sites), {
      authorization: await token(['Plan.Register']),
      body: { siteId: GOOD_PRACTICE_HUB_SITE_ID, odsCode: 'RXX' },
    });
    expect(takenCode).toMatchObject({ status: 409, body: { error: { code: 'odsCodeTaken', fields: { odsCode: expect.any(String) } } } });

    const registered = await registerPlan(options(verifier, sites), {
      authorization: await token(['Plan.Register']),
      body: { siteId: GOOD_PRACTICE_HUB_SITE_ID, odsCode: 'rt1' },
    });
    expect(registered).toMatchObject({
      status: 200,
      body: { plan: { siteId: GOOD_PRACTICE_HUB_SITE_ID, tenantId: TENANT, orgCode: 'RT1', leadId: 'aaaaaaaa-0000-4000-8000-000000000001' } },
    });

    const third = { name: 'Third Trust', odsCode: 'RT1', type: 'Community trust', region: 'South West' } as const;
    const unroled = await publishPractice(options(verifier), { authorization: await token([]), body: { caseStudy: study({ organisation: third }) } });
    expect(unroled).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    const asDemo = await publishPractice(options(verifier), { authorization: await token(['Practice.Publish']), body: { caseStudy: study() } });
    expect(asDemo).toMatchObject({ status: 403, body: { error: { code: 'notYourOrganisation' } } });
    const otherTenant = await publishPractice(options(verifier), {
      authorization: await token(['Practice.Publish'], 'ffffffff-eeee-4ddd-8ccc-bbbbbbbbbbbb'),
      body: { caseStudy: study({ organisation: third }) },
    });
    expect(otherTenant).toMatchObject({ status: 403, body: { error: { code: 'notRegistered' } } });
    const own = study({ organisation: third });
    expect(await publishPractice(options(verifier), { authorization: await token(['Practice.Publish']), body: { caseStudy: own } })).toMatchObject({
      status: 200,
    });
    expect((await entry(own.id))?.value.owner).toEqual({ tenantId: TENANT, siteId: GOOD_PRACTICE_HUB_SITE_ID });
  });
});
