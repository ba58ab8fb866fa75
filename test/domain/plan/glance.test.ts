import fc from 'fast-check';
import { ACTION_STATUSES, planGlance, summariseActions, type Action } from '../../../src/domain/plan';
import { calculateWres, headlineFigure, parseWresInput, WRES_INDICATOR_IDS } from '../../../src/domain/wres';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { okValue } from '../support/validated';
import { action } from './build';

// Today 21 May 2025: plan year 2025/26.
const TODAY = '2025-05-21';

describe('the action figures are the board counts', () => {
  test.each<[string, Action[], { overdue: number; atRisk: number; completedThisPlanYear: number }]>([
    ['no actions', [], { overdue: 0, atRisk: 0, completedThisPlanYear: 0 }],
    ['one overdue on track', [action({ dueDate: '2025-05-01' })], { overdue: 1, atRisk: 0, completedThisPlanYear: 0 }],
    [
      'at risk and off track both count as at risk',
      [action({ id: 'a', status: 'At risk', dueDate: '2025-09-01' }), action({ id: 'b', status: 'Off track', dueDate: '2025-04-01' })],
      { overdue: 1, atRisk: 2, completedThisPlanYear: 0 },
    ],
    [
      'completed this plan year, not last',
      [
        action({ id: 'c', status: 'Completed', completedOn: '2025-04-10', dueDate: '2025-04-30' }),
        action({ id: 'd', status: 'Completed', completedOn: '2025-03-31', dueDate: '2025-03-31' }),
      ],
      { overdue: 0, atRisk: 0, completedThisPlanYear: 1 },
    ],
  ])('%s', (_name, actions, expected) => {
    expect(planGlance(null, summariseActions(actions, TODAY))).toEqual({ wresYear: null, adverse: [], planYear: '2025/26', ...expected });
  });
});

test("the adverse indicators are those whose card verdict is adverse, for the result's year", () => {
  const example: unknown = JSON.parse(readFileSync(join(process.cwd(), 'docs', 'wres-input.example.json'), 'utf8'));
  const result = calculateWres(okValue(parseWresInput(example)));
  const glance = planGlance(result, summariseActions([], TODAY));
  expect(glance.wresYear).toBe(result.year);
  expect(glance.adverse).toEqual(WRES_INDICATOR_IDS.filter((id) => headlineFigure(result, id)?.verdict === 'adverse'));
  expect(glance.adverse.length).toBeGreaterThan(0);
});

const actions: fc.Arbitrary<Action[]> = fc
  .array(
    fc.record({
      status: fc.constantFrom(...ACTION_STATUSES),
      due: fc.integer({ min: -60, max: 60 }),
    }),
    { maxLength: 30 },
  )
  .map((list) =>
    list.map(({ status, due }, index) => {
      const dueDate = new Date(Date.UTC(2025, 4, 21 + due)).toISOString().slice(0, 10);
      return action({ id: `a${index}`, status, dueDate, ...(status === 'Completed' ? { completedOn: dueDate } : {}) });
    }),
  );

test('property: at risk counts the amber and red actions, and overdue never counts a completed one', () => {
  fc.assert(
    fc.property(actions, (list) => {
      const glance = planGlance(null, summariseActions(list, TODAY));
      expect(glance.atRisk).toBe(list.filter((item) => item.status === 'At risk' || item.status === 'Off track').length);
      expect(glance.overdue).toBe(list.filter((item) => item.status !== 'Completed' && item.dueDate < TODAY).length);
      expect(glance.completedThisPlanYear).toBeLessThanOrEqual(list.filter((item) => item.status === 'Completed').length);
    }),
  );
});
