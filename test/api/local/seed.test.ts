import { ukToday, dueState } from '../../../src/domain/plan';
import { startLocalServer, type RunningServer } from '../../support/local-server';
import { LEAD, openAs } from '../../storage/graph/support';

const started: RunningServer[] = [];

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
});

test("a new data folder gets the demo trust, loaded through the app's own storage, and a restart keeps it as it is", async () => {
  const first = await startLocalServer();
  started.push(first);
  expect(first.output()).toContain('Loaded the demo trust');

  const { storage, schema } = await openAs(first, LEAD);
  expect(schema.createdLists).toEqual([]);
  const plan = await storage.load();
  expect(plan.problems).toEqual([]);
  expect(plan.settings).toMatchObject({
    organisationName: 'Demo NHS Trust',
    odsCode: 'RXX',
    organisationType: 'Acute trust',
    region: 'London',
    edsFramework: 'eds2',
  });
  expect(plan.wresYears.map((year) => year.value.year)).toEqual([2022, 2023, 2024]);
  for (const year of plan.wresYears) {
    expect(
      Object.keys(year.value)
        .filter((key) => key.startsWith('indicator'))
        .toSorted(),
    ).toEqual(['indicator1', 'indicator2', 'indicator3', 'indicator4', 'indicator5', 'indicator6', 'indicator7', 'indicator8', 'indicator9']);
  }
  expect(plan.edsReviews).toHaveLength(1);
  expect(plan.edsReviews[0]?.value.outcomes).toHaveLength(18);
  expect(plan.actions).toHaveLength(25);
  const today = ukToday(() => new Date());
  const overdue = plan.actions.filter((action) => dueState(action.value, today) === 'overdue');
  expect(overdue.length).toBeGreaterThanOrEqual(3);
  expect(new Set(plan.actions.map((action) => action.value.owner.id)).size).toBeGreaterThanOrEqual(4);
  expect(plan.actions.some((action) => action.value.progressUpdates.length > 0)).toBe(true);

  await first.stop();
  const again = await startLocalServer({}, first.dataDir);
  started.push(again);
  expect(again.output()).not.toContain('Loaded the demo trust');
  expect((await (await openAs(again, LEAD)).storage.load()).actions).toHaveLength(25);
}, 120000);

test('SEED=none starts with empty sites', async () => {
  const empty = await startLocalServer({ SEED: 'none' });
  started.push(empty);
  const { schema } = await openAs(empty, LEAD);
  expect(schema.createdLists).toHaveLength(6);
});
