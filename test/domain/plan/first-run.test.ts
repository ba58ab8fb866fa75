import fc from 'fast-check';
import { FIRST_RUN_STEPS, firstRunProgress, type FirstRunPlan, type FirstRunStepId } from '../../../src/domain/plan';
import { NHS_REGIONS, ORGANISATION_TYPES } from '../../../src/domain/practice';

const EMPTY: FirstRunPlan = { settings: {}, wresYears: 0, edsReviews: 0, actions: 0 };
const SET_UP = { organisationName: 'North Trust', odsCode: 'RNN', organisationType: 'Acute trust', region: 'North West', edsFramework: 'eds2022' };

const doneSteps = (plan: FirstRunPlan): FirstRunStepId[] =>
  firstRunProgress(plan)
    .steps.filter((step) => step.done)
    .map((step) => step.id);

describe('each step ticks itself from the plan alone', () => {
  test.each<[string, Partial<FirstRunPlan>, FirstRunStepId[]]>([
    ['a new plan has nothing done', {}, []],
    ['a name and ODS code: the organisation', { settings: { organisationName: 'North Trust', odsCode: 'RNN' } }, ['organisation']],
    ['a name without an ODS code is not enough', { settings: { organisationName: 'North Trust' } }, []],
    ['blank text does not count', { settings: { organisationName: '  ', odsCode: 'RNN' } }, []],
    ['a type without a region is not enough', { settings: { organisationType: 'Acute trust' } }, []],
    ['a type and region the library knows', { settings: { organisationType: 'Mental health trust', region: 'London' } }, ['type-and-region']],
    ['a type the library does not know does not count', { settings: { organisationType: 'Hospice', region: 'London' } }, []],
    ['EDS2 chosen', { settings: { edsFramework: 'eds2' } }, ['framework']],
    ['EDS 2022 chosen', { settings: { edsFramework: 'eds2022' } }, ['framework']],
    ['an unknown framework does not count', { settings: { edsFramework: 'eds3' } }, []],
    ['one WRES year, by form or by file', { wresYears: 1 }, ['wres-year']],
    ['one EDS review', { edsReviews: 1 }, ['eds-review']],
    ['one action', { actions: 3 }, ['action']],
    ['everything', { settings: SET_UP, wresYears: 2, edsReviews: 1, actions: 25 }, [...FIRST_RUN_STEPS]],
  ])('%s', (_name, plan, expected) => {
    expect(doneSteps({ ...EMPTY, ...plan })).toEqual(expected);
  });
});

test('the progress counts the steps done, in order, and is complete only when all six are', () => {
  expect(firstRunProgress(EMPTY)).toEqual({ steps: FIRST_RUN_STEPS.map((id) => ({ id, done: false })), done: 0, complete: false });
  expect(firstRunProgress({ ...EMPTY, settings: SET_UP })).toMatchObject({ done: 3, complete: false });
  expect(firstRunProgress({ settings: SET_UP, wresYears: 1, edsReviews: 1, actions: 1 })).toMatchObject({ done: 6, complete: true });
});

const plans: fc.Arbitrary<FirstRunPlan> = fc.record({
  settings: fc.record(
    {
      organisationName: fc.constantFrom('', ' ', 'North Trust'),
      odsCode: fc.constantFrom('', 'RNN'),
      organisationType: fc.constantFrom('', 'Hospice', ...ORGANISATION_TYPES),
      region: fc.constantFrom('', 'Wales', ...NHS_REGIONS),
      edsFramework: fc.constantFrom('', 'eds2', 'eds2022', 'other'),
    },
    { requiredKeys: [] },
  ),
  wresYears: fc.nat(5),
  edsReviews: fc.nat(5),
  actions: fc.nat(50),
});

test('property: "n of 6 done" is the number of ticked steps, and complete means all six', () => {
  fc.assert(
    fc.property(plans, (plan) => {
      const progress = firstRunProgress(plan);
      expect(progress.steps.map((step) => step.id)).toEqual([...FIRST_RUN_STEPS]);
      expect(progress.done).toBe(progress.steps.filter((step) => step.done).length);
      expect(progress.complete).toBe(progress.done === FIRST_RUN_STEPS.length);
    }),
  );
});

test('property: adding records to a plan never un-ticks a step', () => {
  fc.assert(
    fc.property(plans, fc.nat(3), fc.nat(3), fc.nat(3), (plan, years, reviews, actions) => {
      const more = { ...plan, wresYears: plan.wresYears + years, edsReviews: plan.edsReviews + reviews, actions: plan.actions + actions };
      const before = doneSteps(plan);
      expect(doneSteps(more)).toEqual(expect.arrayContaining(before));
    }),
  );
});
