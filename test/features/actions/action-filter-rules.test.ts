import {
  endOfMonth,
  filterActions,
  filtersToSearch,
  hasFilters,
  matchesState,
  ownersOf,
  parseFilters,
  planYearsOf,
} from '../../../src/features/actions/action-filter-rules';
import { AMARA, LEAH, makeAction, versioned } from './build';

const today = '2026-11-26';

test('filters are read from the address under the agreed names, and junk is left out', () => {
  expect(parseFilters('?indicator=2&eds=3.1&state=overdue&status=At%20risk&owner=u1&year=2026%2F27&q=panel')).toEqual({
    indicator: '2',
    eds: '3.1',
    state: 'overdue',
    status: 'At risk',
    owner: 'u1',
    year: '2026/27',
    q: 'panel',
  });
  expect(parseFilters('indicator=12&state=soon&status=Lost&q=%20%20')).toEqual({});
});

test('filters are written back in a fixed order and round-trip', () => {
  const search = filtersToSearch({ q: 'a b', indicator: '2', state: 'at-risk' });
  expect(search).toBe('indicator=2&state=at-risk&q=a+b');
  expect(parseFilters(search)).toEqual({ indicator: '2', state: 'at-risk', q: 'a b' });
  expect(hasFilters({})).toBe(false);
  expect(hasFilters({ year: '2026/27' })).toBe(true);
});

test('the end of the month knows December and February', () => {
  expect(endOfMonth('2026-11-26')).toBe('2026-11-30');
  expect(endOfMonth('2026-12-01')).toBe('2026-12-31');
  expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
});

test('due states: overdue, this month, later, and at risk; completed actions are none of them', () => {
  const overdue = makeAction({ dueDate: '2026-11-25' });
  const dueToday = makeAction({ dueDate: '2026-11-26' });
  const endOfThisMonth = makeAction({ dueDate: '2026-11-30' });
  const nextMonth = makeAction({ dueDate: '2026-12-01', status: 'Off track' });
  const completedLate = makeAction({ dueDate: '2026-10-01', status: 'Completed', completedOn: '2026-10-02' });
  expect([overdue, dueToday, endOfThisMonth, nextMonth, completedLate].map((a) => matchesState(a, 'overdue', today))).toEqual([
    true,
    false,
    false,
    false,
    false,
  ]);
  expect([overdue, dueToday, endOfThisMonth, nextMonth, completedLate].map((a) => matchesState(a, 'this-month', today))).toEqual([
    false,
    true,
    true,
    false,
    false,
  ]);
  expect([overdue, dueToday, endOfThisMonth, nextMonth, completedLate].map((a) => matchesState(a, 'later', today))).toEqual([false, false, false, true, false]);
  expect([overdue, makeAction({ status: 'At risk' }), nextMonth, completedLate].map((a) => matchesState(a, 'at-risk', today))).toEqual([
    false,
    true,
    true,
    false,
  ]);
});

test('filters combine: every one must match', () => {
  const a = makeAction({ title: 'Diverse interview panels', indicators: ['2'], edsOutcomes: ['3.1'], status: 'At risk', owner: AMARA });
  const b = makeAction({ title: 'Reverse mentoring', indicators: ['9', '2'], edsOutcomes: ['4.1'], status: 'On track', owner: LEAH });
  const c = makeAction({
    title: 'Training funds',
    indicators: ['4'],
    edsOutcomes: ['3.1'],
    status: 'At risk',
    owner: AMARA,
    dueDate: '2027-06-01',
    planYear: '2027/28',
  });
  const items = [a, b, c].map(versioned);
  const titles = (filters: Parameters<typeof filterActions>[1]) => filterActions(items, filters, today).map((item) => item.value.title);
  expect(titles({ indicator: '2' })).toEqual(['Diverse interview panels', 'Reverse mentoring']);
  expect(titles({ indicator: '2', state: 'at-risk' })).toEqual(['Diverse interview panels']);
  expect(titles({ eds: '3.1', owner: AMARA.id })).toEqual(['Diverse interview panels', 'Training funds']);
  expect(titles({ eds: '3.1', year: '2027/28' })).toEqual(['Training funds']);
  expect(titles({ status: 'On track' })).toEqual(['Reverse mentoring']);
  expect(titles({ q: 'PANELS diverse' })).toEqual(['Diverse interview panels']);
  expect(titles({ q: 'leah' })).toEqual(['Reverse mentoring']);
  expect(titles({ q: 'nothing like this' })).toEqual([]);
});

test('owners and plan years for the filter pickers', () => {
  const actions = [makeAction({ owner: LEAH }), makeAction({ owner: AMARA, dueDate: '2027-05-01', planYear: '2027/28' }), makeAction({ owner: AMARA })];
  expect(ownersOf(actions)).toEqual([
    { id: AMARA.id, name: AMARA.name },
    { id: LEAH.id, name: LEAH.name },
  ]);
  expect(planYearsOf(actions)).toEqual(['2027/28', '2026/27']);
});

test('search reads an edited action by its new words, not those it had when first searched', () => {
  const before = makeAction({ title: 'Diverse interview panels' });
  expect(filterActions([versioned(before)], { q: 'panels' }, today)).toHaveLength(1);
  // An edit makes a new action object, as the store's read and the form's save both do.
  const after = { ...before, title: 'Reverse mentoring' };
  expect(filterActions([versioned(after)], { q: 'panels' }, today)).toEqual([]);
  expect(filterActions([versioned(after)], { q: 'mentoring' }, today)).toHaveLength(1);
  // The action as it was is still found by what it said.
  expect(filterActions([versioned(before)], { q: 'panels' }, today)).toHaveLength(1);
});

test('with no filters every action is shown, in the order given', () => {
  const items = ['b', 'a', 'c'].map((title) => versioned(makeAction({ title })));
  expect(filterActions(items, {}, today)).toEqual(items);
  expect(filterActions(items, { q: '   ' }, today)).toEqual(items);
});
