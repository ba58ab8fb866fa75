import { DEMO_TRUST_SITE_ID, GOOD_PRACTICE_HUB_SITE_ID } from '../../../api/src/local/graph';
import type { CaseStudy } from '../../../src/domain/practice';
import { hubApi, openLibrary } from '../../../src/storage/api';
import { createGraphClient, openGraphPlanStorage, resolveSite } from '../../../src/storage/graph';
import type { PracticeLibrary } from '../../../src/storage/ports';
import { memoryPracticeLibrary } from '../../support/memory-practice-library';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { MEMBER, sampleAction } from '../graph/support';

/**
 * The library's promises as the tab sees them, held by both sides: reads from the hub with the
 * person's token and writes through the api over the local store, and the in-memory fake that
 * component tests use. Each case uses its own case-study ids, so the cases do not depend on order.
 */
interface Adapter {
  library: PracticeLibrary;
  /** The plan site the library is asked for, as the tab passes it. */
  planSiteId: string;
  /** An action in that plan, as an adoption makes one before it is counted. */
  adoptingActionId: string;
  stop(): Promise<void>;
}

/** A member of the demo trust, as the local store's sign-in takes them. */
const token = (): Promise<string> => Promise.resolve(`local:${MEMBER}`);

async function realAdapter(): Promise<Adapter> {
  const server: RunningServer = await startLocalServer({ REMINDERS: 'off' });
  const baseUrl = `${server.url}/graph/v1.0`;
  const client = createGraphClient({ baseUrl, getAccessToken: token });
  const library = await openLibrary({ client, baseUrl }, GOOD_PRACTICE_HUB_SITE_ID, hubApi(server.url, token));
  const plan = (await openGraphPlanStorage(await resolveSite(client, baseUrl, { siteId: DEMO_TRUST_SITE_ID }))).storage;
  const adopting = await plan.actions.create(sampleAction({ title: 'Adopted from the library' }));
  return {
    library,
    planSiteId: DEMO_TRUST_SITE_ID,
    adoptingActionId: adopting.value.id,
    stop: async () => {
      await server.stop();
    },
  };
}

async function memoryAdapter(): Promise<Adapter> {
  return { library: memoryPracticeLibrary(), planSiteId: 'memory-site', adoptingActionId: 'a-1', stop: async () => undefined };
}

const study = (id: string, publishedOn: string): CaseStudy => ({
  id,
  title: `Contract case study ${id}`,
  problem: 'BME applicants were less likely to be appointed.',
  whatWasDone: 'Names were removed from applications before shortlisting.',
  impact: 'Indicator 2 moved towards parity.',
  measures: [],
  indicators: ['2'],
  edsOutcomes: [],
  organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust', region: 'London' },
  links: [],
  publishedOn,
});

describe.each([
  ['api over the local store', realAdapter],
  ['memory', memoryAdapter],
])('the practice library contract (%s)', (_name, start) => {
  let adapter: Adapter;

  beforeAll(async () => {
    adapter = await start();
  }, 120000);

  afterAll(async () => {
    await adapter?.stop();
  });

  test('a published case study is listed with no adoptions, newest first, and publishing it again finds the first copy', async () => {
    const { library, planSiteId } = adapter;
    await library.publish(study('cs-contract-older', '2026-01-10'), planSiteId);
    await library.publish(study('cs-contract-newer', '2026-06-10'), planSiteId);
    const again = await library.publish({ ...study('cs-contract-newer', '2026-06-10'), title: 'Another title' }, planSiteId);
    expect(again).toMatchObject({ caseStudy: { title: 'Contract case study cs-contract-newer' }, adoptions: 0 });
    const ids = (await library.list()).map((entry) => entry.value.caseStudy.id).filter((id) => id.startsWith('cs-contract-'));
    expect(ids).toEqual(['cs-contract-newer', 'cs-contract-older']);
  });

  test('a trust adopting the same case study twice is counted once', async () => {
    const { library, planSiteId, adoptingActionId } = adapter;
    await library.publish(study('cs-contract-adopted', '2026-03-01'), planSiteId);
    await library.recordAdoption('cs-contract-adopted', planSiteId, adoptingActionId);
    await expect(library.recordAdoption('cs-contract-adopted', planSiteId, adoptingActionId)).resolves.toMatchObject({ adoptions: 1 });
  });

  test('a withdrawn case study leaves the list, and withdrawing it again changes nothing', async () => {
    const { library, planSiteId } = adapter;
    await library.publish(study('cs-contract-withdrawn', '2026-03-02'), planSiteId);
    await library.withdraw('cs-contract-withdrawn', planSiteId);
    await library.withdraw('cs-contract-withdrawn', planSiteId);
    expect((await library.list()).map((entry) => entry.value.caseStudy.id)).not.toContain('cs-contract-withdrawn');
  });
});
