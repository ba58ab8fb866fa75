import { compareActions, sortActions } from '../../../src/features/actions/action-sort';
import { AMARA, LEAH, TOM, makeAction, versioned } from './build';

const a = makeAction({ title: 'beta', owner: TOM, dueDate: '2027-02-01', status: 'At risk', priority: 'Low', indicators: ['9'], edsOutcomes: ['3.1'] });
const b = makeAction({
  title: 'Alpha',
  owner: LEAH,
  dueDate: '2026-12-01',
  status: 'Completed',
  completedOn: '2026-11-01',
  priority: 'High',
  indicators: [],
  edsOutcomes: ['2B'],
});
const c = makeAction({
  title: 'gamma',
  owner: AMARA,
  dueDate: '2027-01-01',
  status: 'Not started',
  priority: 'Medium',
  indicators: ['2', '7'],
  edsOutcomes: [],
});
const items = [a, b, c].map(versioned);
const order = (column: Parameters<typeof sortActions>[1], direction: 'ascending' | 'descending' = 'ascending') =>
  sortActions(items, column, direction).map((item) => item.value.title);

test('each column sorts the way a reader expects', () => {
  expect(order('title')).toEqual(['Alpha', 'beta', 'gamma']);
  expect(order('owner')).toEqual(['gamma', 'Alpha', 'beta']);
  expect(order('due')).toEqual(['Alpha', 'gamma', 'beta']);
  expect(order('status')).toEqual(['gamma', 'beta', 'Alpha']);
  expect(order('priority')).toEqual(['Alpha', 'gamma', 'beta']);
  expect(order('indicators')).toEqual(['gamma', 'beta', 'Alpha']);
  expect(order('eds')).toEqual(['Alpha', 'beta', 'gamma']);
});

test('descending reverses, and ties fall back to the due date then the title', () => {
  expect(order('due', 'descending')).toEqual(['beta', 'gamma', 'Alpha']);
  const sameStatus1 = makeAction({ title: 'Later', dueDate: '2027-03-01' });
  const sameStatus2 = makeAction({ title: 'Sooner', dueDate: '2027-02-01' });
  expect(compareActions('status', sameStatus1, sameStatus2)).toBeGreaterThan(0);
  expect(compareActions('indicators', makeAction({ indicators: [] }), makeAction({ indicators: ['1'] }))).toBeGreaterThan(0);
});

test('titles sort ignoring case, with numbers by value, as copies numbered (2) and (10) are read', () => {
  const numbered = ['Panel (10)', 'panel (2)', 'Panel (1)'].map((title) => versioned(makeAction({ title, dueDate: '2027-01-01' })));
  expect(sortActions(numbered, 'title', 'ascending').map((item) => item.value.title)).toEqual(['Panel (1)', 'panel (2)', 'Panel (10)']);
});
