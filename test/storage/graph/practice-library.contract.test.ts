import { GOOD_PRACTICE_HUB_SITE_ID } from '../../../api/src/local/graph';
import type { CaseStudy } from '../../../src/domain/practice';
import { createGraphClient, openPracticeLibrary, resolveSite } from '../../../src/storage/graph';
import { ForbiddenError, InvalidError, type PracticeLibrary } from '../../../src/storage/ports';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { LEAD, MEMBER, VIEWER } from './support';

let server: RunningServer;

beforeAll(async () => {
  server = await startLocalServer({ SEED: 'none' });
}, 120000);

afterAll(async () => {
  await server?.stop();
});

async function libraryAs(email: string): Promise<PracticeLibrary> {
  const baseUrl = `${server.url}/graph/v1.0`;
  const client = createGraphClient({ baseUrl, getAccessToken: () => Promise.resolve(`local:${email}`) });
  return openPracticeLibrary(await resolveSite(client, baseUrl, { siteId: GOOD_PRACTICE_HUB_SITE_ID }));
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

test('a case study is published to the hub and read back whole, with no adoptions yet', async () => {
  const lead = await libraryAs(LEAD);
  const published = await lead.publish(caseStudy);
  expect(published.value).toEqual({ caseStudy, adoptions: 0 });
  const listed = await (await libraryAs(VIEWER)).list();
  expect(listed.map((entry) => entry.value.caseStudy)).toEqual([caseStudy]);
});

test('publishing the same case study again finds the first copy instead of making a second', async () => {
  const lead = await libraryAs(LEAD);
  const again = await lead.publish(caseStudy);
  expect((await lead.list()).filter((entry) => entry.value.caseStudy.id === caseStudy.id)).toHaveLength(1);
  expect(again.value.caseStudy.id).toBe(caseStudy.id);
});

test('adoptions by two trusts at the same moment are both counted', async () => {
  const [first, second] = await Promise.all([libraryAs(LEAD), libraryAs(MEMBER)]);
  await Promise.all([first.recordAdoption(caseStudy.id), second.recordAdoption(caseStudy.id)]);
  const entry = (await first.list()).find((item) => item.value.caseStudy.id === caseStudy.id);
  expect(entry?.value.adoptions).toBe(2);
});

test('an invalid case study is refused with the field named, and a reader may not publish', async () => {
  await expect((await libraryAs(LEAD)).publish({ ...caseStudy, id: 'cs-bad', title: '' })).rejects.toBeInstanceOf(InvalidError);
  await expect((await libraryAs(VIEWER)).publish({ ...caseStudy, id: 'cs-viewer' })).rejects.toBeInstanceOf(ForbiddenError);
});
