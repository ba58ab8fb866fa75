import type { EdsReview } from '../../../src/domain/eds';
import { createGraphClient, resolveSite } from '../../../src/storage/graph';
import { ensureLists, type ListIds } from '../../../src/storage/graph/ensure-schema';
import { getItemPage, listItemsPath, postListItem, type GraphSite } from '../../../src/storage/graph/graph-site';
import { fieldEquals, withQuery } from '../../../src/storage/graph/odata';
import { LIST_SCHEMA, type ListSpec } from '../../../src/storage/graph/list-schema';
import { ConflictError, ForbiddenError, InvalidError, type PlanStorage, type SchemaReport, type Versioned } from '../../../src/storage/ports';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEAD, MEMBER, VIEWER, loggedRequests, openAs, settledLog } from './support';

let server: RunningServer;
let lead: PlanStorage;
let upgrade: SchemaReport;
let site: GraphSite;
let listIds: ListIds;
const logFile = join(mkdtempSync(join(tmpdir(), 'eds-log-')), 'requests.jsonl');

/** The plan's lists as they were before schema version 3: EDS Reviews without ServicesReviewed and History. */
const VERSION_2_SCHEMA: readonly ListSpec[] = LIST_SCHEMA.map((spec) =>
  spec.key === 'edsReviews' ? { ...spec, columns: spec.columns.filter((column) => column.name !== 'ServicesReviewed' && column.name !== 'History') } : spec,
);

/** An EDS2 review saved by an older version of the app, with the columns it knew. */
const OLD_ITEM = {
  Title: 'EDS2 review 2019',
  ReviewId: 'eds2-old-2019',
  Framework: 'eds2',
  Year: 2019,
  ReviewStatus: 'Agreed',
  Partners: JSON.stringify({ organisations: ['Demo Healthwatch'], people: [] }),
  Characteristics: JSON.stringify(['Race']),
  OtherGroups: JSON.stringify([]),
  DomainRatings: '',
};

beforeAll(async () => {
  server = await startLocalServer({ SEED: 'none', LOCAL_GRAPH_LOG: logFile });
  // A plan set up before version 3, holding one review, then opened by this version.
  const baseUrl = `${server.url}/graph/v1.0`;
  const client = createGraphClient({ baseUrl, getAccessToken: () => Promise.resolve(`local:${LEAD}`) });
  site = await resolveSite(client, baseUrl, { root: true });
  ({ listIds } = await ensureLists(site, VERSION_2_SCHEMA));
  await postListItem(site, listItemsPath(site, listIds.edsReviews), OLD_ITEM);
  const opened = await openAs(server, LEAD);
  lead = opened.storage;
  upgrade = opened.schema;
}, 120000);

afterAll(async () => {
  await server?.stop();
});

function eds2022Draft(id: string, year: number, extra: Partial<Extract<EdsReview, { framework: 'eds2022' }>> = {}): EdsReview {
  return {
    id,
    framework: 'eds2022',
    year,
    reviewDate: `${year}-03-01`,
    status: 'Draft',
    partners: { organisations: ['Demo Healthwatch'], people: [] },
    characteristics: ['Race'],
    otherGroups: [],
    domainRatings: {},
    outcomes: [{ outcomeId: '1A', score: 2, evidence: [{ title: 'Patient survey' }], agreedBy: ['Demo Healthwatch'] }],
    ...extra,
  };
}

const reopened = {
  at: '2026-02-01T10:00:00Z',
  by: 'Jordan Lee',
  from: 'Agreed' as const,
  to: 'Draft' as const,
  reason: 'Maternity evidence arrived after the panel met.',
};

/** The grade items stored for a review, asked of the server directly, so none left behind is missed. */
async function gradeItems(reviewId: string): Promise<number> {
  const page = await getItemPage(site, withQuery(listItemsPath(site, listIds.edsGrades), { expand: 'fields', $filter: fieldEquals('ReviewId', reviewId) }));
  return page.value?.length ?? 0;
}

const stored = async (id: string): Promise<Versioned<EdsReview> | undefined> => (await lead.refresh()).edsReviews.find((review) => review.value.id === id);

test('opening a plan made before version 3 adds the two EDS Reviews columns, deletes nothing, and records version 3', async () => {
  expect(upgrade).toEqual({ createdLists: [], addedColumns: ['EDS Reviews.ServicesReviewed', 'EDS Reviews.History'], indexedColumns: [], schemaVersion: 3 });
  expect((await lead.load()).settings.schemaVersion).toBe('3');
  expect((await openAs(server, LEAD)).schema).toEqual({ createdLists: [], addedColumns: [], indexedColumns: [], schemaVersion: 3 });
});

test('a review saved before the columns existed still reads, with no services or history', async () => {
  const old = await stored('eds2-old-2019');
  expect(old?.value).toEqual({
    id: 'eds2-old-2019',
    framework: 'eds2',
    year: 2019,
    status: 'Agreed',
    partners: { organisations: ['Demo Healthwatch'], people: [] },
    characteristics: ['Race'],
    otherGroups: [],
    outcomes: [],
  });
});

test('the services reviewed and the history of status changes are stored and read back', async () => {
  const review = eds2022Draft('eds2022-services-2024', 2024, { servicesReviewed: ['Maternity', 'Community mental health'], history: [reopened] });
  const saved = await lead.eds.saveReview(review);
  expect(saved.value).toEqual(review);
  expect((await stored(review.id))?.value).toEqual(review);
  // A second person reading the plan fresh sees the same.
  const member = (await openAs(server, MEMBER)).storage;
  expect((await member.load()).edsReviews.find((found) => found.value.id === review.id)?.value).toEqual(review);
});

test('a second review of the same framework and year is refused, naming the one that exists', async () => {
  await lead.eds.saveReview(eds2022Draft('eds2022-first-2023', 2023));
  const second = lead.eds.saveReview(eds2022Draft('eds2022-second-2023', 2023));
  await expect(second).rejects.toBeInstanceOf(InvalidError);
  await expect(second).rejects.toThrow('There is already an EDS 2022 review for 2023 (draft).');
  expect((await lead.refresh()).edsReviews.filter((review) => review.value.year === 2023).map((review) => review.value.id)).toEqual(['eds2022-first-2023']);
  // The same year under the other framework is a different review.
  const eds2: EdsReview = {
    id: 'eds2-2023',
    framework: 'eds2',
    year: 2023,
    status: 'Draft',
    partners: { organisations: [], people: [] },
    characteristics: [],
    otherGroups: [],
    outcomes: [],
  };
  await expect(lead.eds.saveReview(eds2)).resolves.toMatchObject({ value: eds2 });
});

test('a review of a year another person started since the plan was read is refused too', async () => {
  const member = (await openAs(server, MEMBER)).storage;
  await member.load();
  await lead.eds.saveReview(eds2022Draft('eds2022-lead-2015', 2015));
  const late = member.eds.saveReview(eds2022Draft('eds2022-member-2015', 2015));
  await expect(late).rejects.toBeInstanceOf(InvalidError);
  await expect(late).rejects.toThrow('There is already an EDS 2022 review for 2015 (draft).');
  expect((await lead.refresh()).edsReviews.filter((review) => review.value.year === 2015).map((review) => review.value.id)).toEqual(['eds2022-lead-2015']);
});

test('saving changes to a review already read does not ask the server for its year again', async () => {
  const saved = await lead.eds.saveReview(eds2022Draft('eds2022-edit-2014', 2014));
  await settledLog(logFile);
  const before = loggedRequests(logFile).length;
  await lead.eds.saveReview(eds2022Draft('eds2022-edit-2014', 2014, { servicesReviewed: ['Urgent care'] }), saved.eTag);
  await settledLog(logFile);
  const paths = loggedRequests(logFile, before).map((entry) => decodeURIComponent(entry.path));
  expect(paths.filter((path) => path.includes('fields/Year eq'))).toEqual([]);
});

test('a draft review is deleted with its grades', async () => {
  const draft = await lead.eds.saveReview(eds2022Draft('eds2022-draft-2022', 2022));
  expect(await gradeItems('eds2022-draft-2022')).toBe(1);
  await lead.eds.removeReview(draft);
  expect(await stored('eds2022-draft-2022')).toBeUndefined();
  expect(await gradeItems('eds2022-draft-2022')).toBe(0);
  // The year is free again for a new review.
  await expect(lead.eds.saveReview(eds2022Draft('eds2022-new-2022', 2022))).resolves.toBeDefined();
});

test('an agreed review is refused before anything is sent, and stays', async () => {
  const agreed = await lead.eds.saveReview({ ...eds2022Draft('eds2022-agreed-2021', 2021), status: 'Agreed' });
  await settledLog(logFile);
  const before = loggedRequests(logFile).length;
  const attempt = lead.eds.removeReview(agreed);
  await expect(attempt).rejects.toBeInstanceOf(InvalidError);
  await settledLog(logFile);
  expect(loggedRequests(logFile, before)).toEqual([]);
  await expect(attempt).rejects.toThrow('Only a draft review can be deleted. The EDS 2022 review for 2021 is agreed');
  expect((await stored('eds2022-agreed-2021'))?.value.status).toBe('Agreed');
});

test('a viewer may not delete a draft review', async () => {
  const draft = await lead.eds.saveReview(eds2022Draft('eds2022-viewer-2020', 2020));
  const viewer = (await openAs(server, VIEWER)).storage;
  const seen = (await viewer.load()).edsReviews.find((review) => review.value.id === draft.value.id);
  if (!seen) throw new Error('The viewer should see the draft.');
  await expect(viewer.eds.removeReview(seen)).rejects.toBeInstanceOf(ForbiddenError);
  expect(await stored(draft.value.id)).toBeDefined();
});

test('a draft changed since it was read is not deleted: the conflict carries the current version', async () => {
  const draft = await lead.eds.saveReview(eds2022Draft('eds2022-stale-2018', 2018));
  const member = (await openAs(server, MEMBER)).storage;
  await member.load();
  await member.eds.saveReview({ ...draft.value, otherGroups: ['Carers'] }, draft.eTag);
  const attempt = lead.eds.removeReview(draft);
  await expect(attempt).rejects.toBeInstanceOf(ConflictError);
  const conflict = (await attempt.catch((error: unknown) => error)) as ConflictError<Versioned<EdsReview>>;
  expect(conflict.current?.value.otherGroups).toEqual(['Carers']);
  expect((await stored(draft.value.id))?.value.otherGroups).toEqual(['Carers']);
});
