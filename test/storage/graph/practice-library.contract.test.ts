import { GOOD_PRACTICE_HUB_SITE_ID } from '../../../api/src/local/graph';
import type { CaseStudy } from '../../../src/domain/practice';
import { createGraphClient, openPracticeLibrary, readPracticeLibrary, resolveSite } from '../../../src/storage/graph';
import { InvalidError, type HubPracticeLibrary } from '../../../src/storage/ports';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { VIEWER } from './support';

/** The app's own identity: the only one that writes the hub. */
const APP = 'reminders@service.example';
const DEMO = { tenantId: 'demo-trust', siteId: 'demo-site' };

let server: RunningServer;

beforeAll(async () => {
  server = await startLocalServer({ SEED: 'none' });
}, 120000);

afterAll(async () => {
  await server?.stop();
});

async function hubAs(email: string) {
  const baseUrl = `${server.url}/graph/v1.0`;
  const client = createGraphClient({ baseUrl, getAccessToken: () => Promise.resolve(`local:${email}`) });
  return resolveSite(client, baseUrl, { siteId: GOOD_PRACTICE_HUB_SITE_ID });
}

async function libraryAs(email: string): Promise<HubPracticeLibrary> {
  return openPracticeLibrary(await hubAs(email));
}

const caseStudy: CaseStudy = {
  id: 'cs-contract-1',
  title: "Diverse panels: what O'Brien's team learned",
  problem: 'BME applicants were less likely to be appointed from shortlisting.',
  whatWasDone: 'Trained panel members from the staff networks sit on every senior panel.',
  impact: 'The relative likelihood fell from 1.61 to 1.22.',
  measures: [{ indicator: '2', before: 1.61, after: 1.22, yearBefore: 2022, yearAfter: 2024 }],
  indicators: ['2'],
  edsOutcomes: ['3.1'],
  organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust', region: 'London' },
  links: [{ title: 'Panel guidance', url: 'https://demo-trust.example/panels' }],
  sourceActionId: 'a-1',
  publishedOn: '2026-11-26',
};

test('a reader sees an empty library before the app has created it, and creates nothing', async () => {
  await expect((await readPracticeLibrary(await hubAs(VIEWER))).list()).resolves.toEqual([]);
});

test('a case study is published to the hub with its owner and read back whole by a reader, with no adoptions yet', async () => {
  const app = await libraryAs(APP);
  const published = await app.create(caseStudy, DEMO);
  expect(published.value).toEqual({ caseStudy, adoptions: 0, owner: DEMO, withdrawn: false });
  const listed = await (await readPracticeLibrary(await hubAs(VIEWER))).list();
  expect(listed.map((entry) => entry.value)).toEqual([{ caseStudy, adoptions: 0 }]);
});

test('creating the same case study again finds the first copy instead of making a second', async () => {
  const app = await libraryAs(APP);
  const again = await app.create({ ...caseStudy, title: 'Another title' }, { tenantId: 'other', siteId: 'other-site' });
  expect((await app.list()).filter((entry) => entry.value.caseStudy.id === caseStudy.id)).toHaveLength(1);
  expect(again.value).toMatchObject({ caseStudy: { title: caseStudy.title }, owner: DEMO });
});

test('adoptions by two trusts at the same moment are both counted, and a trust adopting twice counts once', async () => {
  const app = await libraryAs(APP);
  const first = { tenantId: 'second-demo-trust', siteId: 'second-site' };
  const second = { tenantId: 'third', siteId: 'third-site' };
  await Promise.all([
    app.recordAdoption(caseStudy.id, first, 'a-1'),
    app.recordAdoption(caseStudy.id, second, 'a-2'),
    app.recordAdoption(caseStudy.id, first, 'a-1'),
  ]);
  expect((await app.find(caseStudy.id))?.value.adoptions).toBe(2);
  await app.recordAdoption(caseStudy.id, first, 'a-1');
  expect((await app.find(caseStudy.id))?.value.adoptions).toBe(2);
});

test('a withdrawn case study leaves the list but is kept; an invalid one is refused with the field named', async () => {
  const app = await libraryAs(APP);
  const current = await app.find(caseStudy.id);
  if (!current) throw new Error('expected the case study');
  await app.withdraw(current.itemId, current.eTag);
  expect((await app.list()).map((entry) => entry.value.caseStudy.id)).not.toContain(caseStudy.id);
  expect((await app.find(caseStudy.id))?.value).toMatchObject({ withdrawn: true, adoptions: 2 });
  await expect(app.create({ ...caseStudy, id: 'cs-bad', title: '' }, DEMO)).rejects.toBeInstanceOf(InvalidError);
});
