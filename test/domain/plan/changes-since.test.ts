import fc from 'fast-check';
import { ACTION_STATUSES, changesSince, lastBoardDate, type ActionWithCreation } from '../../../src/domain/plan';
import { action } from './build';

const SINCE = '2025-02-01';
const TODAY = '2025-05-21';

const update = (at: string, statusAfter?: (typeof ACTION_STATUSES)[number]) => ({
  at,
  authorId: 'u1',
  authorName: 'Priya Shah',
  note: 'Update',
  ...(statusAfter === undefined ? {} : { statusAfter }),
});

test('status changes come from updates that recorded a status, inside the window, newest first', () => {
  const changes = changesSince(
    [
      action({
        id: 'a',
        title: 'Mentoring',
        status: 'Off track',
        progressUpdates: [
          update('2025-01-31T12:00:00Z', 'At risk'), // before the window
          update('2025-03-01T09:00:00Z', 'At risk'),
          update('2025-03-05T09:00:00Z'), // a note with no status change
          update('2025-04-30T23:30:00Z', 'Off track'), // 1 May in London
          update('2025-05-22T09:00:00Z', 'On track'), // after today
        ],
      }),
    ],
    SINCE,
    TODAY,
  );
  expect(changes.statusChanges).toEqual([
    { actionId: 'a', title: 'Mentoring', on: '2025-05-01', to: 'Off track' },
    { actionId: 'a', title: 'Mentoring', on: '2025-03-01', to: 'At risk' },
  ]);
});

test.each<[string, Partial<ActionWithCreation>, boolean]>([
  ['completed on the since day', { status: 'Completed', completedOn: SINCE }, true],
  ['completed today', { status: 'Completed', completedOn: TODAY }, true],
  ['completed the day before since', { status: 'Completed', completedOn: '2025-01-31' }, false],
])('completion: %s', (_name, change, listed) => {
  const changes = changesSince([action({ id: 'c', title: 'Done', ...change })], SINCE, TODAY);
  expect(changes.completions).toEqual(listed ? [{ actionId: 'c', title: 'Done', on: change.completedOn }] : []);
});

test.each<[string, Partial<ActionWithCreation>, boolean]>([
  ['due on the since day, still open', { dueDate: SINCE }, true],
  ['due yesterday', { dueDate: '2025-05-20' }, true],
  ['due today is not yet overdue', { dueDate: TODAY }, false],
  ['already overdue at the last board', { dueDate: '2025-01-31' }, false],
  ['due in the window but completed', { dueDate: '2025-03-01', status: 'Completed', completedOn: '2025-03-10' }, false],
])('newly overdue: %s', (_name, change, listed) => {
  const changes = changesSince([action({ id: 'o', title: 'Late', ...change })], SINCE, TODAY);
  expect(changes.newlyOverdue).toEqual(listed ? [{ actionId: 'o', title: 'Late', on: change.dueDate }] : []);
});

test.each<[string, string | undefined, string | null]>([
  ['created in the window', '2025-03-03T10:00:00Z', '2025-03-03'],
  ['created late on 31 January (GMT) is before the window', '2025-01-31T23:30:00Z', null],
  ['created after today', '2025-05-22T08:00:00Z', null],
  ['no creation time known', undefined, null],
])('new action: %s', (_name, createdAt, on) => {
  const item: ActionWithCreation = { ...action({ id: 'n', title: 'New', dueDate: '2026-01-01' }), ...(createdAt === undefined ? {} : { createdAt }) };
  expect(changesSince([item], SINCE, TODAY).newActions).toEqual(on === null ? [] : [{ actionId: 'n', title: 'New', on }]);
});

test('lists are newest first, then by title, then by id', () => {
  const changes = changesSince(
    [
      action({ id: 'b', title: 'B', status: 'Completed', completedOn: '2025-03-01', dueDate: '2025-03-01' }),
      action({ id: 'a', title: 'A', status: 'Completed', completedOn: '2025-03-01', dueDate: '2025-03-01' }),
      action({ id: 'c', title: 'C', status: 'Completed', completedOn: '2025-04-01', dueDate: '2025-04-01' }),
      action({ id: 'a2', title: 'A', status: 'Completed', completedOn: '2025-03-01', dueDate: '2025-03-01' }),
    ],
    SINCE,
    TODAY,
  );
  expect(changes.completions.map((change) => change.actionId)).toEqual(['c', 'a', 'a2', 'b']);
});

test('property: every listed change is dated within the window, and an earlier since never lists fewer', () => {
  const day = fc.integer({ min: 0, max: 300 }).map((offset) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
  const actions = fc.array(
    fc.record({ due: day, done: fc.option(day, { nil: undefined }), created: day, changed: day, to: fc.constantFrom(...ACTION_STATUSES) }),
    { maxLength: 15 },
  );
  fc.assert(
    fc.property(actions, day, day, (rows, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const list: ActionWithCreation[] = rows.map((row, index) => ({
        ...action({
          id: `id-${index}`,
          title: `Action ${index}`,
          dueDate: row.due,
          ...(row.done === undefined ? {} : { status: 'Completed', completedOn: row.done }),
          progressUpdates: [update(`${row.changed}T12:00:00Z`, row.to)],
        }),
        createdAt: `${row.created}T12:00:00Z`,
      }));
      const wide = changesSince(list, early, TODAY);
      const narrow = changesSince(list, late, TODAY);
      for (const key of ['statusChanges', 'completions', 'newlyOverdue', 'newActions'] as const) {
        for (const change of wide[key]) expect(change.on >= early && change.on <= TODAY).toBe(true);
        expect(wide[key].length).toBeGreaterThanOrEqual(narrow[key].length);
      }
    }),
  );
});

test.each<[string, string | undefined, string, string]>([
  ['a remembered date is used', '2026-09-24', '2026-12-01', '2026-09-24'],
  ['a remembered date of today is used', '2026-12-01', '2026-12-01', '2026-12-01'],
  ['nothing remembered: three calendar months back', undefined, '2026-12-01', '2026-09-01'],
  ['a date after today is not a last board: three months back', '2027-01-10', '2026-12-01', '2026-09-01'],
  ['a UK-written date is not the stored form: three months back', '24/09/2026', '2026-12-01', '2026-09-01'],
  ['31 May goes back to the end of February (leap year)', undefined, '2028-05-31', '2028-02-29'],
  ['31 May goes back to the end of February', undefined, '2027-05-31', '2027-02-28'],
  ['into the year before', undefined, '2027-01-15', '2026-10-15'],
])('the last board date: %s', (_, remembered, today, expected) => {
  expect(lastBoardDate(remembered, today)).toBe(expected);
});
