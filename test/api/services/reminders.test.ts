import { readFileSync } from 'node:fs';
import { GOOD_PRACTICE_HUB_SITE_ID } from '../../../api/src/local/graph/sites';
import { ACTIVITY_TYPES, graphActivitySender, type ActivitySender } from '../../../api/src/services/activity';
import { appClient } from '../../../api/src/services/graph-access';
import { LOCAL_HUB, localGraphAccess } from '../../../api/src/local/local-wiring';
import { isMonday, runReminders } from '../../../api/src/services/reminders';
import { openPlanRegistry, resolveSite } from '../../../src/storage/graph';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { demoPlans, ownersToRemind, readOutbox } from './support';

let server: RunningServer;

beforeAll(async () => {
  server = await startLocalServer({ REMINDERS: 'off' });
}, 120000);

afterAll(async () => {
  await server.stop();
});

const graph = (): ReturnType<typeof localGraphAccess> => localGraphAccess(`${server.url}/graph/v1.0`);
const at = (date: string): Date => new Date(`${date}T07:00:00Z`);
/** The configured tab address (TAB_URL): the only place a notification may link to. */
const TAB_URL = 'https://tab.example.nhs.uk/#/my-actions';

test('the manifest declares every activity type the reminders send, with exactly their template parameters', () => {
  const manifest = JSON.parse(readFileSync('appPackage/manifest.json', 'utf8')) as { activities: { activityTypes: { type: string; templateText: string }[] } };
  const declared = new Map(manifest.activities.activityTypes.map((entry) => [entry.type, entry.templateText]));
  expect(Object.keys(ACTIVITY_TYPES).toSorted()).toEqual(['actionDueSoon', 'actionOverdue', 'weeklyDigest']);
  for (const [type, parameters] of Object.entries(ACTIVITY_TYPES)) {
    const template = declared.get(type);
    expect(template).toBeDefined();
    const used = [...(template ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).toSorted();
    expect(used).toEqual([...parameters].toSorted());
  }
});

test('isMonday reads the UK calendar date', () => {
  expect(['2027-01-17', '2027-01-18', '2027-01-19'].map(isMonday)).toEqual([false, true, false]);
});

test("one notification per owner for the day, with the manifest's parameters; a second run sends nothing", async () => {
  const date = '2027-02-03';
  const before = (await readOutbox(server)).length;
  const first = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at(date) });
  const { demo, second } = await demoPlans(server);
  const expected = [...ownersToRemind(demo, date), ...ownersToRemind(second, date)].toSorted();

  expect(first).toMatchObject({ date, digestDay: false, plansProcessed: 2, failures: [], skipped: [] });
  expect(first.sent.map((entry) => entry.recipient).toSorted()).toEqual(expected);
  const outbox = (await readOutbox(server)).slice(0, (await readOutbox(server)).length - before);
  expect(outbox.map((entry) => entry.recipient.id).toSorted()).toEqual(expected);
  for (const entry of outbox) {
    expect(entry.templateParameters.map((parameter) => parameter.name)).toEqual(['actionTitle']);
    expect(entry.previewText).toMatch(/^\d+ actions? needs? you \(/);
    // It opens the action it names first: the owner's most pressing one.
    const firstAction = first.sent.find((record) => record.recipient === entry.recipient.id)?.actionIds[0];
    expect(entry.topic).toMatchObject({ source: 'text', webUrl: `https://tab.example.nhs.uk/#/actions/${firstAction}` });
  }

  const again = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at(date) });
  expect(again.notificationsSent).toBe(0);
  expect(again.skipped.map((entry) => entry.recipient).toSorted()).toEqual(expected);
  expect((await readOutbox(server)).length).toBe(before + expected.length);
}, 60000);

test('a failed send is recorded as failed and sent by the next run, and only that one', async () => {
  const date = '2027-02-04';
  const failing = '8f1c2d3e-0002-4a5b-9c6d-000000000002';
  const real = graphActivitySender(appClient(graph()));
  const flaky: ActivitySender = async (recipient, notification) => {
    if (recipient === failing) throw new Error('Teams is unavailable');
    await real(recipient, notification);
  };
  const before = (await readOutbox(server)).length;
  const first = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at(date), send: flaky });
  expect(first.failures).toEqual([expect.objectContaining({ recipient: failing, reason: expect.stringContaining('Teams is unavailable') })]);
  const sentFirst = first.notificationsSent;
  expect(sentFirst).toBeGreaterThan(0);
  expect((await readOutbox(server)).length).toBe(before + sentFirst);

  const retry = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at(date) });
  expect(retry.failures).toEqual([]);
  expect(retry.sent.map((entry) => entry.recipient)).toEqual([failing]);
  expect(retry.skipped).toHaveLength(sentFirst);
  const newest = (await readOutbox(server))[0];
  expect(newest?.recipient.id).toBe(failing);

  const third = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at(date) });
  expect(third.notificationsSent).toBe(0);
  expect((await readOutbox(server)).length).toBe(before + sentFirst + 1);
}, 60000);

test('two runs at the same moment still notify each owner once', async () => {
  const date = '2027-02-05';
  const before = (await readOutbox(server)).length;
  const [a, b] = await Promise.all([
    runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at(date) }),
    runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at(date) }),
  ]);
  expect([...a.failures, ...b.failures]).toEqual([]);
  const recipients = [...a.sent, ...b.sent].map((entry) => entry.recipient);
  expect(new Set(recipients).size).toBe(recipients.length);
  expect((await readOutbox(server)).length).toBe(before + recipients.length);
}, 60000);

test("the weekly digest goes to each plan's lead on Mondays only, once", async () => {
  const sunday = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at('2027-02-07') });
  expect(sunday.digestDay).toBe(false);
  expect(sunday.sent.filter((entry) => entry.activityType === 'weeklyDigest')).toEqual([]);

  const monday = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at('2027-02-08') });
  expect(monday.digestDay).toBe(true);
  const digests = monday.sent.filter((entry) => entry.activityType === 'weeklyDigest');
  // The second trust's settings name its lead; the demo trust's do not, so the lead who registered it (by object id) gets it.
  expect(digests.map((entry) => entry.recipient).toSorted()).toEqual(['8f1c2d3e-0001-4a5b-9c6d-000000000001', 'lead@second-trust.example']);
  const outbox = await readOutbox(server);
  const digest = outbox.find((entry) => entry.activityType === 'weeklyDigest' && entry.recipient.email === 'lead@second-trust.example');
  expect(digest?.templateParameters.map((parameter) => parameter.name).toSorted()).toEqual(['dueSoonCount', 'overdueCount']);
  expect(digest?.previewText).toMatch(/^Second Demo Trust: \d+ overdue, \d+ due within 7 days/);

  const mondayAgain = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at('2027-02-08') });
  expect(mondayAgain.notificationsSent).toBe(0);
  expect(mondayAgain.skipped.filter((entry) => entry.activityType === 'weeklyDigest')).toHaveLength(2);
}, 60000);

test('a registered site without a plan is reported and the other plans are still reminded', async () => {
  const access = graph();
  const hub = await resolveSite(appClient(access), access.baseUrl, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
  const registry = await openPlanRegistry(hub);
  const plan = { siteId: GOOD_PRACTICE_HUB_SITE_ID, tenantId: 'good-practice-hub', orgCode: 'RZZ', registeredOn: '2027-01-01' };
  await registry.register(plan);
  expect(await registry.register({ ...plan, orgCode: 'RZY' })).toMatchObject({ orgCode: 'RZZ' });
  expect((await registry.list()).filter((entry) => entry.siteId === GOOD_PRACTICE_HUB_SITE_ID)).toHaveLength(1);

  const report = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at('2027-02-10') });
  expect(report.plansProcessed).toBe(2);
  expect(report.notificationsSent).toBeGreaterThan(0);
  expect(report.failures).toEqual([expect.objectContaining({ siteId: GOOD_PRACTICE_HUB_SITE_ID, reason: expect.stringContaining('not set up') })]);
}, 60000);

test("every link a notification carries is the configured tab address, opening the owner's first action or the lead's My actions, and the trust is named from its own plan", async () => {
  const before = (await readOutbox(server)).length;
  const report = await runReminders({ graph: graph(), hub: LOCAL_HUB, tabUrl: TAB_URL, now: at('2027-02-15') });
  expect(report.notificationsSent).toBeGreaterThan(0);
  // The outbox lists the newest first.
  const outbox = (await readOutbox(server)).slice(0, report.notificationsSent);
  expect((await readOutbox(server)).length).toBe(before + report.notificationsSent);
  for (const entry of outbox) {
    const record = report.sent.find((sent) => sent.recipient === entry.recipient.id && sent.activityType === entry.activityType);
    // 2027-02-15 is a Monday: the leads' digests open My actions (TAB_URL as configured), the owners' reminders their first action.
    expect(entry.topic.webUrl).toBe(entry.activityType === 'weeklyDigest' ? TAB_URL : `https://tab.example.nhs.uk/#/actions/${record?.actionIds[0]}`);
  }
  expect(outbox.some((entry) => entry.activityType === 'weeklyDigest')).toBe(true);
  expect(new Set(outbox.map((entry) => entry.topic.value))).toEqual(new Set(['Race equality plan: Demo NHS Trust', 'Race equality plan: Second Demo Trust']));

  const teams = await runReminders({ graph: graph(), hub: LOCAL_HUB, teamsAppId: 'c0ffee00-0000-4000-8000-000000000001', now: at('2027-02-16') });
  expect(teams.notificationsSent).toBeGreaterThan(0);
  // In Teams, a deep link to the personal My actions tab, whose sub-page is the action.
  for (const entry of (await readOutbox(server)).slice(0, teams.notificationsSent)) {
    const link = new URL(entry.topic.webUrl ?? '');
    expect(`${link.origin}${link.pathname}`).toBe('https://teams.microsoft.com/l/entity/c0ffee00-0000-4000-8000-000000000001/my-actions');
    const record = teams.sent.find((sent) => sent.recipient === entry.recipient.id);
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: `/actions/${record?.actionIds[0]}` });
  }
}, 60000);

test('with neither TAB_URL nor TEAMS_APP_ID nothing is sent, and the report says which setting is missing', async () => {
  const before = (await readOutbox(server)).length;
  const report = await runReminders({ graph: graph(), hub: LOCAL_HUB, now: at('2027-02-17') });
  expect(report.notificationsSent).toBe(0);
  expect(report.failures).toEqual([{ reason: expect.stringContaining('TAB_URL') }]);
  expect((await readOutbox(server)).length).toBe(before);
});
