import fc from 'fast-check';
import { ACTION_STATUSES, progressByIndicator, type Action } from '../../../src/domain/plan';
import { WRES_INDICATOR_IDS } from '../../../src/domain/wres';
import { action } from './build';

const TODAY = '2025-05-21';
const EDS2022 = ['1A', '1B', '2A', '3A', '3B'];

const titlesUnder = (actions: Action[], indicator: string): string[] =>
  progressByIndicator({ actions, today: TODAY, edsOutcomes: EDS2022 })
    .wres.find((group) => group.indicator === indicator)!
    .actions.map((row) => row.title);

test('all nine indicators are listed, in order, even with no actions', () => {
  const progress = progressByIndicator({ actions: [], today: TODAY, edsOutcomes: EDS2022 });
  expect(progress.wres.map((group) => group.indicator)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  expect(progress.wres.every((group) => group.actions.length === 0)).toBe(true);
  expect(progress.eds).toEqual([]);
});

test('a row carries owner, due date, status, RAG, due state and the latest update by time', () => {
  const row = progressByIndicator({
    actions: [
      action({
        id: 'a',
        title: 'Fair shortlisting',
        indicators: ['2'],
        edsOutcomes: ['2A'],
        status: 'At risk',
        dueDate: '2025-05-01',
        progressUpdates: [
          { at: '2025-04-10T09:00:00Z', authorId: 'u1', authorName: 'Priya Shah', note: 'Newer' },
          { at: '2025-03-01T09:00:00Z', authorId: 'u1', authorName: 'Priya Shah', note: 'Older' },
          // 23:30 UTC on 30 June is 1 July in London (BST).
          { at: '2024-06-30T23:30:00Z', authorId: 'u1', authorName: 'Priya Shah', note: 'Oldest' },
        ],
      }),
    ],
    today: TODAY,
    edsOutcomes: EDS2022,
  });
  const expected = {
    id: 'a',
    title: 'Fair shortlisting',
    ownerName: 'Priya Shah',
    dueDate: '2025-05-01',
    status: 'At risk',
    rag: 'amber',
    due: 'overdue',
    latestUpdate: { note: 'Newer', on: '2025-04-10' },
  };
  expect(row.wres[1]!.actions).toEqual([expected]);
  expect(row.eds).toEqual([{ outcome: '2A', actions: [expected] }]);
});

test('the latest update date is the UK date of its instant', () => {
  const row = progressByIndicator({
    actions: [action({ progressUpdates: [{ at: '2024-06-30T23:30:00Z', authorId: 'u1', authorName: 'Priya Shah', note: 'Late' }] })],
    today: TODAY,
    edsOutcomes: [],
  }).wres[8]!.actions[0]!;
  expect(row.latestUpdate).toEqual({ note: 'Late', on: '2024-07-01' });
});

test.each<[string, Action[], string[]]>([
  [
    'overdue first, then by due date',
    [
      action({ id: 'later', title: 'Later', dueDate: '2025-12-01' }),
      action({ id: 'soon', title: 'Soon', dueDate: '2025-05-25' }),
      action({ id: 'late', title: 'Late', dueDate: '2025-05-20' }),
      action({ id: 'very-late', title: 'Very late', dueDate: '2025-01-10' }),
    ],
    ['Very late', 'Late', 'Soon', 'Later'],
  ],
  [
    'a completed action past its date is not overdue',
    [
      action({ id: 'done', title: 'Done', status: 'Completed', completedOn: '2025-01-01', dueDate: '2025-01-01' }),
      action({ id: 'open', title: 'Open', dueDate: '2025-04-01' }),
    ],
    ['Open', 'Done'],
  ],
  ['same due date: by title', [action({ id: 'b', title: 'B' }), action({ id: 'a', title: 'A' })], ['A', 'B']],
])('%s', (_name, actions, expected) => {
  expect(titlesUnder(actions, '9')).toEqual(expected);
});

test('only the framework outcomes with actions are listed, in framework order', () => {
  const progress = progressByIndicator({
    actions: [action({ id: 'x', edsOutcomes: ['3B', '1A'] }), action({ id: 'y', edsOutcomes: ['3.4'] })],
    today: TODAY,
    edsOutcomes: EDS2022,
  });
  expect(progress.eds.map((group) => group.outcome)).toEqual(['1A', '3B']);
});

const actionsArb: fc.Arbitrary<Action[]> = fc
  .array(
    fc.record({
      indicators: fc.subarray([...WRES_INDICATOR_IDS]),
      eds: fc.subarray(EDS2022),
      status: fc.constantFrom(...ACTION_STATUSES),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
    }),
    { maxLength: 20 },
  )
  .map((rows) =>
    rows.map((row, index) =>
      action({
        id: `id-${index}`,
        title: `Action ${index}`,
        indicators: row.indicators,
        edsOutcomes: row.eds,
        status: row.status,
        dueDate: `2025-${String(row.month).padStart(2, '0')}-${String(row.day).padStart(2, '0')}`,
        ...(row.status === 'Completed' ? { completedOn: '2025-01-01' } : {}),
      }),
    ),
  );

test('property: every linked action appears exactly once under each of its indicators and outcomes, and nowhere else', () => {
  fc.assert(
    fc.property(actionsArb, (actions) => {
      const progress = progressByIndicator({ actions, today: TODAY, edsOutcomes: EDS2022 });
      for (const group of progress.wres) {
        const expected = actions.filter((a) => a.indicators.includes(group.indicator)).map((a) => a.id);
        expect(group.actions.map((row) => row.id).toSorted()).toEqual(expected.toSorted());
      }
      for (const outcome of EDS2022) {
        const ids = progress.eds.find((group) => group.outcome === outcome)?.actions.map((row) => row.id) ?? [];
        expect(ids.toSorted()).toEqual(
          actions
            .filter((a) => a.edsOutcomes.includes(outcome))
            .map((a) => a.id)
            .toSorted(),
        );
      }
    }),
  );
});

test('property: overdue always comes before not overdue, and due dates ascend within each part', () => {
  fc.assert(
    fc.property(actionsArb, (actions) => {
      for (const group of progressByIndicator({ actions, today: TODAY, edsOutcomes: EDS2022 }).wres) {
        const overdue = group.actions.map((row) => row.due === 'overdue');
        expect(overdue).toEqual(overdue.toSorted((a, b) => Number(b) - Number(a)));
        const outOfOrder = group.actions.filter((row, index) => {
          const next = group.actions[index + 1];
          return next !== undefined && (row.due === 'overdue') === (next.due === 'overdue') && row.dueDate > next.dueDate;
        });
        expect(outOfOrder).toEqual([]);
      }
    }),
  );
});
