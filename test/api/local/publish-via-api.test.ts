/**
 * The tab's side of publish-practice (src/storage/api/hub-api.ts), against the `npm start` server's
 * publish-practice endpoint: each refusal arrives as the storage error the share page shows.
 */
import { hubApi } from '../../../src/storage/api';
import type { CaseStudy } from '../../../src/domain/practice';
import { ForbiddenError, InvalidError } from '../../../src/storage/ports';
import { type RunningServer, startLocalServer } from '../../support/local-server';

let server: RunningServer;

beforeAll(async () => {
  server = await startLocalServer({ REMINDERS: 'off' });
}, 120000);

afterAll(async () => {
  await server.stop();
});

const study = (id: string, change: Partial<CaseStudy> = {}): CaseStudy => ({
  id,
  title: 'Anonymised shortlisting',
  problem: 'BME applicants were less likely to be appointed.',
  whatWasDone: 'Names were removed from applications before shortlisting.',
  impact: 'Indicator 2 moved towards parity.',
  measures: [],
  indicators: ['2'],
  edsOutcomes: [],
  organisation: { name: 'Demo NHS Trust', odsCode: 'RXX', type: 'Acute trust', region: 'London' },
  links: [],
  publishedOn: '2027-01-15',
  ...change,
});

const as = (email: string) => (caseStudy: CaseStudy) => hubApi(server.url, () => Promise.resolve(`local:${email}`))('/api/publish-practice', { caseStudy });

test('a member publishes through the api', async () => {
  await expect(as('amara.okafor@demo-trust.example')(study('cs-via-api-ok'))).resolves.toMatchObject({ caseStudy: { id: 'cs-via-api-ok' }, adoptions: 0 });
});

test("a viewer is refused with the api's message", async () => {
  const refused = as('viewer@demo-trust.example')(study('cs-via-api-viewer'));
  await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
  await expect(refused).rejects.toThrow('not change it');
});

test('a case study with markup is refused field by field', async () => {
  const error: unknown = await as('amara.okafor@demo-trust.example')(study('cs-via-api-markup', { problem: '<script>alert(1)</script>' })).catch(
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(InvalidError);
  expect((error as InvalidError).fields).toEqual({ problem: expect.stringContaining('HTML markup') });
});
