import { changedFields, conflictRows, reapplyChanges } from '../../../src/features/actions/action-diff';
import { TOM, makeAction } from './build';

const base = makeAction({ title: 'Panels', target: '80%', baseline: '38%', dueDate: '2027-01-15' });

test('changed fields are listed in the form order', () => {
  expect(changedFields(base, { ...base, target: '90%', title: 'Diverse panels' })).toEqual(['title', 'target']);
  expect(changedFields(base, { ...base, indicators: ['2', '9'] })).toEqual(['indicators']);
  expect(changedFields(base, { ...base })).toEqual([]);
});

test('conflict rows show their change beside mine, and mark where both changed the same field', () => {
  const theirs = { ...base, target: '90%', owner: TOM };
  const mine = { ...base, title: 'Diverse panels', target: '85%' };
  expect(conflictRows(base, mine, theirs)).toEqual([
    { field: 'title', label: 'Title', before: 'Panels', mine: 'Diverse panels', clash: false },
    { field: 'owner', label: 'Owner', before: 'Amara Okafor', theirs: 'Tom Hughes', clash: false },
    { field: 'target', label: 'Target', before: '80%', theirs: '90%', mine: '85%', clash: true },
  ]);
});

test('re-applying keeps their changes and puts mine on top', () => {
  const theirs = {
    ...base,
    target: '90%',
    owner: TOM,
    progressUpdates: [{ at: '2026-11-20T10:00:00Z', authorId: 't', authorName: 'Tom', note: 'Done a bit' }],
  };
  const mine = { ...base, title: 'Diverse panels', dueDate: '2027-02-01' };
  const merged = reapplyChanges(base, mine, theirs);
  expect(merged).toMatchObject({ title: 'Diverse panels', dueDate: '2027-02-01', target: '90%', owner: TOM });
  expect(merged.progressUpdates).toHaveLength(1);
});

test('re-applying a reopening removes the completion date; completing keeps it', () => {
  const done = { ...base, status: 'Completed' as const, completedOn: '2026-11-20' };
  expect(reapplyChanges(done, { ...done, status: 'On track', completedOn: undefined }, done)).not.toHaveProperty('completedOn');
  expect(reapplyChanges(base, { ...base, status: 'Completed', completedOn: '2026-11-26' }, base).completedOn).toBe('2026-11-26');
});
