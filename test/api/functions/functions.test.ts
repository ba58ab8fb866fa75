import { HttpRequest, InvocationContext, type Timer } from '@azure/functions';
import { GOOD_PRACTICE_HUB_SITE_ID, SECOND_DEMO_TRUST_SITE_ID } from '../../../api/src/local/graph/sites';
import { hubFunction } from '../../../api/src/functions/hub-function';
import { publishPracticeHandler as deployedPublishPracticeHandler } from '../../../api/src/functions/publish-practice';
import { remindersHandler as deployedRemindersHandler } from '../../../api/src/functions/reminders';
import { LOCAL_HUB, localGraphAccess, localHubWiring } from '../../../api/src/local/local-wiring';
import { editPractice, withdrawPractice } from '../../../api/src/services/edit-practice';
import type { HubWiring } from '../../../api/src/services/function-config';
import { publishPractice } from '../../../api/src/services/publish-practice';
import { recordAdoption } from '../../../api/src/services/record-adoption';
import { registerPlan } from '../../../api/src/services/register-plan';
import { createGraphClient, openGraphPlanStorage, resolveSite } from '../../../src/storage/graph';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { sampleAction } from '../../storage/graph/support';

let server: RunningServer;
const saved = { ...process.env };

beforeAll(async () => {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  server = await startLocalServer({ REMINDERS: 'off' });
  Object.assign(process.env, {
    GRAPH_URL: `${server.url}/graph/v1.0`,
    HUB_SITE_ID: GOOD_PRACTICE_HUB_SITE_ID,
    TAB_URL: 'https://tab.example.nhs.uk/#/my-actions',
  });
}, 120000);

// The deployed functions verify Entra tokens only; these tests wire the same handlers to the local
// store and its sign-in (`Bearer local:<email>`), as the local server does.
const local: HubWiring = (refused) => localHubWiring(`${server.url}/graph/v1.0`)(refused);
const publishPracticeHandler = hubFunction('publish-practice', publishPractice, local);
const editPracticeHandler = hubFunction('edit-practice', editPractice, local);
const withdrawPracticeHandler = hubFunction('withdraw-practice', withdrawPractice, local);
const recordAdoptionHandler = hubFunction('record-adoption', recordAdoption, local);
const registerPlanHandler = hubFunction('register-plan', registerPlan, local);
const remindersHandler = (timer: Timer, context: InvocationContext, now: Date) =>
  deployedRemindersHandler(timer, context, now, {
    graph: localGraphAccess(`${server.url}/graph/v1.0`),
    hub: LOCAL_HUB,
    tabUrl: 'https://tab.example.nhs.uk/#/my-actions',
  });

afterAll(async () => {
  process.env = saved;
  await server.stop();
});

const context = (functionName: string) => new InvocationContext({ functionName, invocationId: `test-${functionName}` });

function request(body: string, authorization?: string): HttpRequest {
  return new HttpRequest({
    method: 'POST',
    url: 'http://localhost:7071/api/publish-practice',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: { string: body },
  });
}

const study = {
  id: `cs-function-${Date.now()}`,
  title: 'Reverse mentoring for executives',
  problem: 'Executives heard little from BME staff directly.',
  whatWasDone: 'Twelve pairs met monthly for a year.',
  impact: 'Indicator 7 improved for BME staff.',
  organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust', region: 'London' },
  publishedOn: '2027-01-15',
};

test('publish-practice: 200 with the published case study for a member of a registered trust', async () => {
  const response = await publishPracticeHandler(
    request(JSON.stringify({ caseStudy: study }), 'Bearer local:tom.hughes@demo-trust.example'),
    context('publish-practice'),
  );
  expect(response.status).toBe(200);
  expect(response.jsonBody).toMatchObject({ caseStudy: { id: study.id }, adoptions: 0 });
});

test('publish-practice: 401 without a token, 400 for a body that is not JSON or not a case study', async () => {
  const anonymous = await publishPracticeHandler(request(JSON.stringify({ caseStudy: study })), context('publish-practice'));
  expect(anonymous).toMatchObject({ status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  const notJson = await publishPracticeHandler(request('{nope', 'Bearer local:tom.hughes@demo-trust.example'), context('publish-practice'));
  expect(notJson).toMatchObject({ status: 400, jsonBody: { error: { code: 'invalidJson' } } });
  const invalid = await publishPracticeHandler(
    request(JSON.stringify({ caseStudy: { ...study, problem: '' } }), 'Bearer local:tom.hughes@demo-trust.example'),
    context('publish-practice'),
  );
  expect(invalid).toMatchObject({ status: 400, jsonBody: { error: { code: 'invalidCaseStudy', fields: { problem: expect.any(String) } } } });
});

test('publish-practice as deployed, without API_CLIENT_ID: 503, naming the missing setting in the log, and nothing published', async () => {
  const lines: string[] = [];
  const logged = new InvocationContext({ functionName: 'publish-practice', logHandler: (_level, ...args) => lines.push(args.map(String).join(' ')) });
  const { API_CLIENT_ID } = process.env;
  delete process.env.API_CLIENT_ID;
  try {
    const response = await deployedPublishPracticeHandler(
      request(JSON.stringify({ caseStudy: { ...study, id: 'cs-not-configured' } }), 'Bearer local:tom.hughes@demo-trust.example'),
      logged,
    );
    expect(response).toMatchObject({ status: 503, jsonBody: { error: { code: 'notConfigured' } } });
    expect(lines.some((line) => line.includes('API_CLIENT_ID is not set'))).toBe(true);
  } finally {
    Object.assign(process.env, API_CLIENT_ID === undefined ? {} : { API_CLIENT_ID });
  }
});

test('edit, withdraw, record-adoption and register-plan are served as functions over the same services', async () => {
  const own = { ...study, id: `cs-function-edit-${Date.now()}` };
  const tom = 'Bearer local:tom.hughes@demo-trust.example';
  const daniel = 'Bearer local:daniel.kowalski@second-trust.example';
  expect((await publishPracticeHandler(request(JSON.stringify({ caseStudy: own }), tom), context('publish-practice'))).status).toBe(200);
  const edited = await editPracticeHandler(
    request(JSON.stringify({ caseStudy: { ...own, impact: 'Indicator 7 improved by 4 points.' }, clientKey: 'edit-key-0001' }), tom),
    context('edit-practice'),
  );
  expect(edited).toMatchObject({ status: 200, jsonBody: { caseStudy: { impact: 'Indicator 7 improved by 4 points.' } } });
  // The adoption's evidence is the action in Second Demo Trust's own plan, made as the tab makes it.
  const baseUrl = `${server.url}/graph/v1.0`;
  const client = createGraphClient({ baseUrl, getAccessToken: () => Promise.resolve('local:daniel.kowalski@second-trust.example') });
  const { storage } = await openGraphPlanStorage(await resolveSite(client, baseUrl, { siteId: SECOND_DEMO_TRUST_SITE_ID }), { createMissing: false });
  await storage.actions.create(sampleAction({ id: `adopted-${own.id}` }));
  const adopted = await recordAdoptionHandler(
    request(JSON.stringify({ caseStudyId: own.id, actionId: `adopted-${own.id}` }), daniel),
    context('record-adoption'),
  );
  expect(adopted).toMatchObject({ status: 200, jsonBody: { adoptions: 1 } });
  const notOwner = await withdrawPracticeHandler(request(JSON.stringify({ caseStudyId: own.id }), daniel), context('withdraw-practice'));
  expect(notOwner).toMatchObject({ status: 403, jsonBody: { error: { code: 'notYourCaseStudy' } } });
  expect((await withdrawPracticeHandler(request(JSON.stringify({ caseStudyId: own.id }), tom), context('withdraw-practice'))).status).toBe(200);
  const member = await registerPlanHandler(request(JSON.stringify({ siteId: 'demo-trust', odsCode: 'RXX' }), tom), context('register-plan'));
  expect(member).toMatchObject({ status: 403, jsonBody: { error: { code: 'forbidden', message: expect.stringContaining('Plan.Register') } } });
});

test('reminders timer: runs the service for the moment given and logs the outcome; a second run sends nothing', async () => {
  const timer: Timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } };
  const lines: string[] = [];
  const logged = new InvocationContext({ functionName: 'reminders', logHandler: (_level, ...args) => lines.push(args.map(String).join(' ')) });
  const now = new Date('2027-03-03T07:00:00Z');
  const first = await remindersHandler(timer, logged, now);
  expect(first.plansProcessed).toBe(2);
  expect(first.notificationsSent).toBeGreaterThan(0);
  expect(lines.some((line) => line.startsWith('Reminders for 2027-03-03: 2 plan(s)'))).toBe(true);
  const second = await remindersHandler(timer, context('reminders'), now);
  expect(second.notificationsSent).toBe(0);
  expect(second.skipped).toHaveLength(first.notificationsSent);
});
