import { type Action, DEFAULT_DUE_SOON_DAYS, dueState, summariseActions, ukToday } from '../../../src/domain/plan';
import { action } from './build';

describe('due dates on UK calendar days', () => {
  test.each([
    ['2025-03-31', 'On track', '2025-03-30', 'due-soon'],
    ['2025-03-31', 'On track', '2025-03-31', 'due-soon'],
    ['2025-03-30', 'On track', '2025-04-01', 'overdue'],
    ['2025-04-14', 'At risk', '2025-03-31', 'due-soon'],
    ['2025-04-15', 'At risk', '2025-03-31', 'later'],
    ['2025-01-01', 'Completed', '2025-03-31', 'completed'],
  ] as const)('due %s, %s, today %s → %s', (dueDate, status, today, state) => {
    expect(dueState({ dueDate, status }, today)).toBe(state);
  });

  test('the due-soon window is configurable', () => {
    expect(DEFAULT_DUE_SOON_DAYS).toBe(14);
    expect(dueState({ dueDate: '2025-04-08', status: 'On track' }, '2025-04-01', 7)).toBe('due-soon');
    expect(dueState({ dueDate: '2025-04-09', status: 'On track' }, '2025-04-01', 7)).toBe('later');
  });

  test('today comes from the injected clock in London time', () => {
    // 23:30 UTC on 31 March 2025 is 00:30 BST on 1 April: the action due 31 March is now overdue.
    const today = ukToday(() => new Date('2025-03-31T23:30:00Z'));
    expect(today).toBe('2025-04-01');
    expect(dueState({ dueDate: '2025-03-31', status: 'On track' }, today)).toBe('overdue');
  });
});

describe('summaries', () => {
  const actions = [
    action({ id: 'a', indicators: ['2', '9'], edsOutcomes: ['3A'], dueDate: '2025-05-01' }),
    action({ id: 'b', indicators: ['2'], edsOutcomes: ['2B', '3.4'], status: 'Off track', dueDate: '2025-05-20', owner: { id: 'u2', name: 'Alex Brown' } }),
    action({ id: 'c', indicators: [], edsOutcomes: [], status: 'Completed', completedOn: '2025-04-10', dueDate: '2025-04-30' }),
    action({ id: 'd', indicators: ['3'], status: 'Completed', completedOn: '2025-03-31', dueDate: '2025-03-31' }),
    action({ id: 'e', indicators: ['3'], status: 'Not started', dueDate: '2025-06-30', owner: { id: 'u2', name: 'Alex Brown' } }),
  ];
  // Today 21 May 2025: plan year 2025/26 (1 April 2025 – 31 March 2026).
  const summary = summariseActions(actions, '2025-05-21');

  test('board counts: by status, overdue, due soon, completed this plan year', () => {
    // a overdue (1 May); b overdue (20 May); e due 30 June: later. c completed 10 April 2025 (this year);
    // d completed 31 March 2025 (last plan year).
    expect(summary.planYear).toBe('2025/26');
    expect(summary.board).toEqual({
      total: 5,
      byStatus: { 'Not started': 1, 'On track': 1, 'At risk': 0, 'Off track': 1, Completed: 2 },
      overdue: 2,
      dueSoon: 0,
      completedThisPlanYear: 1,
    });
  });

  test('per indicator, with empty indicators shown', () => {
    expect(summary.byIndicator['2']).toMatchObject({ total: 2, overdue: 2 });
    expect(summary.byIndicator['3']).toMatchObject({ total: 2, completedThisPlanYear: 0 });
    expect(summary.byIndicator['5']).toMatchObject({ total: 0 });
    expect(Object.keys(summary.byIndicator)).toHaveLength(9);
  });

  test('per EDS outcome and per owner', () => {
    expect(Object.keys(summary.byEdsOutcome)).toEqual(['2B', '3.4', '3A']);
    // a, d and e (d and e keep the default link to 3A).
    expect(summary.byEdsOutcome['3A']?.total).toBe(3);
    expect(summary.byOwner.map((o) => [o.ownerName, o.counts.total])).toEqual([
      ['Alex Brown', 2],
      ['Priya Shah', 3],
    ]);
  });

  test('due soon counts within the window', () => {
    // 20 April: a (1 May, 11 days) is due soon; b (20 May) is later; e (30 June) is later.
    expect(summariseActions(actions, '2025-04-20').board).toMatchObject({ overdue: 0, dueSoon: 1 });
  });
});

/** The shortest of three timings of summarising `actions`. */
function fastest(actions: readonly Action[]): number {
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    summariseActions(actions, '2025-05-21');
    times.push(performance.now() - started);
  }
  return Math.min(...times);
}

describe('summaries of a long plan', () => {
  // Every copy has the same owner, indicator and outcome, so each group holds the whole plan: the
  // case where copying a group for each action it gained made the work grow with the square.
  const one = action({ indicators: ['2'], edsOutcomes: ['3A'], dueDate: '2025-05-01' });
  const plan = (size: number): Action[] => Array.from({ length: size }, (_, index) => ({ ...one, id: `action-${index}` }));

  test('counts every action once in each of its groups', () => {
    const summary = summariseActions(plan(20_000), '2025-05-21');
    expect(summary.board.total).toBe(20_000);
    expect(summary.byIndicator['2']?.total).toBe(20_000);
    expect(summary.byEdsOutcome['3A']?.overdue).toBe(20_000);
    expect(summary.byOwner).toEqual([{ ownerId: 'u1', ownerName: 'Priya Shah', counts: summary.board }]);
  });

  test('eight times the actions cost about eight times the work, not sixty-four', () => {
    const small = plan(2_000);
    const large = plan(16_000);
    fastest(small); // warm the code before timing it
    // Linear work gives a ratio near 8 and square work near 64; 24 leaves room for a busy machine.
    expect(fastest(large) / Math.max(fastest(small), 0.5)).toBeLessThan(24);
  });
});
