import { GOOD_PRACTICE_HUB_SITE_ID } from '../../../api/src/local/graph/sites';
import { appClient } from '../../../api/src/services/graph-access';
import { LOCAL_HUB, localCallerVerifier, localGraphAccess } from '../../../api/src/local/local-wiring';
import { publishPractice } from '../../../api/src/services/publish-practice';
import type { CaseStudyJson } from '../../../src/domain/practice';
import { openPracticeLibrary, resolveSite } from '../../../src/storage/graph';
import { startLocalServer, type RunningServer } from '../../support/local-server';

let server: RunningServer;

beforeAll(async () => {
  server = await startLocalServer({ REMINDERS: 'off' });
}, 120000);

afterAll(async () => {
  await server.stop();
});

let counter = 0;
function caseStudy(overrides: Partial<CaseStudyJson> = {}): CaseStudyJson {
  counter += 1;
  return {
    id: `cs-test-${counter}-${Date.now()}`,
    title: 'Diverse interview panels for senior posts',
    problem: 'BME staff were less likely to be appointed from shortlisting.',
    whatWasDone: 'Every panel for Band 8a and above included a trained BME panel member.',
    impact: 'The relative likelihood fell from 1.58 to 1.21 in two years.',
    measures: [{ indicator: '2', before: 1.58, after: 1.21 }],
    indicators: ['2'],
    edsOutcomes: ['3.1'],
    organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust', region: 'London' },
    links: [{ title: 'Panel guidance', url: 'https://example.org/panels' }],
    publishedOn: '2027-01-15',
    ...overrides,
  };
}

const options = () => ({ graph: localGraphAccess(`${server.url}/graph/v1.0`), hub: LOCAL_HUB, verifier: localCallerVerifier });
const MEMBER = 'Bearer local:amara.okafor@demo-trust.example';

async function libraryIds(): Promise<string[]> {
  const access = localGraphAccess(`${server.url}/graph/v1.0`);
  const hub = await resolveSite(appClient(access), access.baseUrl, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
  return (await (await openPracticeLibrary(hub)).list()).map((entry) => entry.value.caseStudy.id);
}

test("a member of a registered trust publishes with the app's own rights: 200, and it is in the library", async () => {
  const study = caseStudy();
  const result = await publishPractice(options(), { authorization: MEMBER, body: { caseStudy: study } });
  expect(result).toMatchObject({ status: 200, body: { caseStudy: { id: study.id, title: study.title }, adoptions: 0 } });
  expect(await libraryIds()).toContain(study.id);
  // Publishing the same case study again finds the first copy.
  expect((await publishPractice(options(), { authorization: MEMBER, body: { caseStudy: study } })).status).toBe(200);
  expect((await libraryIds()).filter((id) => id === study.id)).toHaveLength(1);
});

test('no token, or a token of nobody known, is 401 and nothing reaches the library', async () => {
  const before = await libraryIds();
  for (const authorization of [undefined, '', 'Bearer local:stranger@nowhere.example', 'Basic abc']) {
    const result = await publishPractice(options(), { authorization, body: { caseStudy: caseStudy() } });
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({ error: { code: 'unauthenticated', message: expect.stringContaining('Sign in') } });
  }
  expect(await libraryIds()).toEqual(before);
});

test('an invalid case study is 400 with a message per field', async () => {
  const before = await libraryIds();
  const result = await publishPractice(options(), {
    authorization: MEMBER,
    body: { caseStudy: { ...caseStudy(), title: '', organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Hospital', region: 'London' } } },
  });
  expect(result.status).toBe(400);
  if (result.status !== 400) throw new Error('expected 400');
  expect(Object.keys(result.body.error.fields ?? {}).toSorted()).toEqual(['organisation.type', 'title']);
  expect(result.body.error.message).toContain('title');
  expect(await libraryIds()).toEqual(before);
});

test('text that is too large, and script, are refused with a message on the field', async () => {
  const before = await libraryIds();
  const large = await publishPractice(options(), { authorization: MEMBER, body: { caseStudy: caseStudy({ problem: 'x'.repeat(5000) }) } });
  expect(large).toMatchObject({ status: 400, body: { error: { fields: { problem: expect.stringContaining('at most 4000') } } } });
  const huge = await publishPractice(options(), { authorization: MEMBER, body: { caseStudy: caseStudy({ impact: 'y'.repeat(200_000) }) } });
  expect(huge.status).toBe(413);
  const script = await publishPractice(options(), {
    authorization: MEMBER,
    body: { caseStudy: caseStudy({ whatWasDone: 'Panels <script>alert(1)</script>' }) },
  });
  expect(script).toMatchObject({ status: 400, body: { error: { fields: { whatWasDone: expect.stringContaining('plain text') } } } });
  const link = await publishPractice(options(), {
    authorization: MEMBER,
    body: { caseStudy: caseStudy({ links: [{ title: 'x', url: 'javascript:alert(1)' }] }) },
  });
  expect(link.status).toBe(400);
  expect(await libraryIds()).toEqual(before);
});

test('a read-only person, or a case study of another trust, is 403', async () => {
  const before = await libraryIds();
  const viewer = await publishPractice(options(), { authorization: 'Bearer local:viewer@demo-trust.example', body: { caseStudy: caseStudy() } });
  expect(viewer).toMatchObject({ status: 403, body: { error: { code: 'forbidden', message: expect.stringContaining('Practice.Publish') } } });
  const otherTrust = await publishPractice(options(), { authorization: 'Bearer local:daniel.kowalski@second-trust.example', body: { caseStudy: caseStudy() } });
  expect(otherTrust).toMatchObject({ status: 403, body: { error: { code: 'notYourOrganisation', message: expect.stringContaining('RYY') } } });
  expect(await libraryIds()).toEqual(before);
});

test('npm start serves POST /api/publish-practice with the same service', async () => {
  const study = caseStudy({ organisation: { name: 'Second Demo Trust', odsCode: 'RYY', type: 'Mental health trust', region: 'North West' } });
  const post = (authorization?: string) =>
    fetch(`${server.url}/api/publish-practice`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ caseStudy: study }),
    });
  const anonymous = await post();
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  const ok = await post('Bearer local:lead@second-trust.example');
  expect(ok.status).toBe(200);
  expect(await libraryIds()).toContain(study.id);
});
