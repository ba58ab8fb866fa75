import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWresInput, type WresInput } from '../../../src/domain/wres';
import { EDS2_OUTCOMES, type EdsReview } from '../../../src/domain/eds';
import { ConflictError, ForbiddenError, type PlanStorage } from '../../../src/storage/ports';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { LEAD, MEMBER, VIEWER, openAs } from './support';

let server: RunningServer;
let lead: PlanStorage;

beforeAll(async () => {
  server = await startLocalServer({ SEED: 'none' });
  lead = (await openAs(server, LEAD)).storage;
}, 120000);

afterAll(async () => {
  await server?.stop();
});

function exampleYear(year: number): WresInput {
  const parsed = parseWresInput({ ...JSON.parse(readFileSync(join(process.cwd(), 'docs/wres-input.example.json'), 'utf8')), year });
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('; '));
  return parsed.value;
}

function review(grades: readonly string[]): EdsReview {
  return {
    id: 'eds2-contract-2025',
    framework: 'eds2',
    year: 2025,
    reviewDate: '2025-02-14',
    status: 'Draft',
    partners: { organisations: ['Demo Healthwatch'], people: [{ name: 'Network chair', role: 'Staff network' }] },
    characteristics: ['Race'],
    otherGroups: ['Carers'],
    outcomes: grades.map((grade, index) => ({
      outcomeId: EDS2_OUTCOMES[index]?.id ?? '',
      grade: grade as 'Developing',
      evidence: [{ title: `Evidence ${index}` }],
      agreedBy: ['Demo Healthwatch'],
    })),
  };
}

test('a WRES year is stored whole and read back identical', async () => {
  const year = exampleYear(2021);
  const saved = await lead.wres.saveYear(year);
  expect(saved.value).toEqual(year);
  const loaded = (await lead.load()).wresYears.find((stored) => stored.value.year === 2021);
  expect(loaded?.value).toEqual(year);
});

test('a stored year is not overwritten without the eTag it was read with, and is replaced with it', async () => {
  const first = await lead.wres.saveYear(exampleYear(2020));
  const corrected: WresInput = { ...first.value, indicator5: { white: 20, bme: 25 } };
  await expect(lead.wres.saveYear(corrected)).rejects.toBeInstanceOf(ConflictError);
  const member = (await openAs(server, MEMBER)).storage;
  await member.load();
  const theirs = await member.wres.saveYear({ ...first.value, indicator5: { white: 21, bme: 24 } }, first.eTag);
  await expect(lead.wres.saveYear(corrected, first.eTag)).rejects.toMatchObject({ current: { value: { indicator5: { white: 21, bme: 24 } } } });
  const mine = await lead.wres.saveYear(corrected, theirs.eTag);
  expect((await lead.refresh()).wresYears.find((stored) => stored.itemId === mine.itemId)?.value.indicator5).toEqual({ white: 20, bme: 25 });
});

test('an EDS review is stored with one grade per outcome; regrading and dropping an outcome are saved', async () => {
  const first = await lead.eds.saveReview(review(['Developing', 'Achieving', 'Excelling']));
  let loaded = (await lead.load()).edsReviews.find((stored) => stored.value.id === 'eds2-contract-2025');
  expect(loaded?.value.outcomes.map((outcome) => ('grade' in outcome ? outcome.grade : ''))).toEqual(['Developing', 'Achieving', 'Excelling']);

  await lead.eds.saveReview({ ...review(['Undeveloped', 'Achieving']), status: 'Agreed' }, first.eTag);
  loaded = (await lead.refresh()).edsReviews.find((stored) => stored.value.id === 'eds2-contract-2025');
  expect(loaded?.value.status).toBe('Agreed');
  expect(loaded?.value.outcomes.map((outcome) => [outcome.outcomeId, 'grade' in outcome ? outcome.grade : ''])).toEqual([
    ['1.1', 'Undeveloped'],
    ['1.2', 'Achieving'],
  ]);
  await expect(lead.eds.saveReview(review(['Developing']), first.eTag)).rejects.toBeInstanceOf(ConflictError);
});

test('settings are saved by key and read back; the viewer may not change them', async () => {
  await lead.settings.saveSetting('suppressionThreshold', '10');
  expect((await lead.refresh()).settings.suppressionThreshold).toBe('10');
  const viewer = (await openAs(server, VIEWER)).storage;
  await expect(viewer.settings.saveSetting('suppressionThreshold', '3')).rejects.toBeInstanceOf(ForbiddenError);
});
