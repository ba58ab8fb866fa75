import { draftFromAction, emptyDraft, fieldOfPath, planYearForDraft, validateDraft } from '../../../src/features/actions/action-draft';
import { AMARA, makeAction } from './build';

const context = { id: 'new-id', today: '2026-11-26' };

test('an empty form puts a plain message on each required field', () => {
  const result = validateDraft(emptyDraft(), context);
  expect(result.ok).toBe(false);
  expect(result).toEqual({
    ok: false,
    errors: {
      title: 'Enter a title.',
      owner: 'Choose an owner from the directory.',
      dueDate: 'Enter a due date.',
      measureOfSuccess: 'Say how you will know the action has worked.',
    },
  });
});

test('a complete form becomes an action with its plan year from the due date', () => {
  const draft = {
    ...emptyDraft(),
    title: '  Panels ',
    indicators: ['2'],
    edsOutcomes: ['2B'],
    owner: AMARA,
    dueDate: '2027-04-01',
    measureOfSuccess: 'Share of panels',
  };
  const result = validateDraft(draft, context);
  expect(result).toMatchObject({ ok: true, action: { id: 'new-id', title: 'Panels', planYear: '2027/28', owner: AMARA, status: 'Not started' } });
});

test('completing sets the completed date to today, and keeps an earlier one', () => {
  const draft = { ...emptyDraft(), title: 'T', owner: AMARA, dueDate: '2027-01-01', measureOfSuccess: 'M', status: 'Completed' as const };
  expect(validateDraft(draft, context)).toMatchObject({ ok: true, action: { completedOn: '2026-11-26' } });
  const existing = makeAction({ status: 'Completed', completedOn: '2026-10-01' });
  expect(validateDraft(draftFromAction(existing), { ...context, existing })).toMatchObject({ ok: true, action: { completedOn: '2026-10-01' } });
});

test('an over-long title and a bad date say what is wrong', () => {
  const draft = { ...emptyDraft(), title: 'x'.repeat(201), owner: AMARA, dueDate: '2027-02-30', measureOfSuccess: 'M' };
  expect(validateDraft(draft, context)).toEqual({
    ok: false,
    errors: { title: 'Keep the title to 200 characters or fewer.', dueDate: 'Due date: 2027-02-30 is not a date (February 2027 has 28 days).' },
  });
});

describe('the due date is read day first and checked against the plan', () => {
  const complete = { ...emptyDraft(), title: 'T', owner: AMARA, measureOfSuccess: 'M' };
  const inPlan = { ...context, planBegan: '2022-04-01' };

  test.each([
    ['15/09/2027', '2027-09-15', '2027/28'],
    ['15092027', '2027-09-15', '2027/28'],
    ['1/4/2022', '2022-04-01', '2022/23'],
  ])('%p is saved as %p, in plan year %p', (dueDate, saved, planYear) => {
    expect(validateDraft({ ...complete, dueDate }, inPlan)).toMatchObject({ ok: true, action: { dueDate: saved, planYear } });
  });

  test.each([
    ['09152027', 'Due date: 09152027 is not a date (the day comes first, dd/mm/yyyy).'],
    ['31/02/2027', 'Due date: 31/02/2027 is not a date (February 2027 has 28 days).'],
    ['Sept 2027', 'Due date: enter a date as dd/mm/yyyy, for example 26/11/2026.'],
    ['27/11/2031', 'Due date: 27/11/2031 is more than 5 years ahead. Choose a date up to 26/11/2031.'],
    ['31/03/2022', 'Due date: 31/03/2022 is before the plan began on 01/04/2022. Choose a later date.'],
  ])('%p is refused on the due date alone: %p', (dueDate, message) => {
    expect(validateDraft({ ...complete, dueDate }, inPlan)).toEqual({ ok: false, errors: { dueDate: message } });
  });

  test('an edited action keeps its own saved date even when it is now outside the limits, but cannot be moved there', () => {
    const existing = makeAction({ dueDate: '2021-06-30', planYear: '2021/22' });
    expect(validateDraft(draftFromAction(existing), { ...inPlan, id: existing.id, existing })).toMatchObject({ ok: true, action: { dueDate: '2021-06-30' } });
    expect(validateDraft({ ...draftFromAction(existing), dueDate: '29/06/2021' }, { ...inPlan, id: existing.id, existing })).toMatchObject({ ok: false });
  });

  test('a saved action is shown on the form as dd/mm/yyyy', () => {
    expect(draftFromAction(makeAction({ dueDate: '2027-01-15' })).dueDate).toBe('15/01/2027');
    expect(planYearForDraft('15/01/2027')).toBe('2026/27');
  });
});

test('domain paths map to the form fields', () => {
  expect(fieldOfPath('owner.email')).toBe('owner');
  expect(fieldOfPath('indicators[1]')).toBe('indicators');
  expect(fieldOfPath('planYear')).toBe('dueDate');
  expect(fieldOfPath('progressUpdates[0].note')).toBeUndefined();
  expect(planYearForDraft('2027-03-31')).toBe('2026/27');
  expect(planYearForDraft('2027-03')).toBeUndefined();
});

test('an existing action round-trips through the form unchanged', () => {
  const existing = makeAction({ description: 'Why', baseline: '1', target: '2' });
  expect(validateDraft(draftFromAction(existing), { id: existing.id, today: '2026-11-26', existing })).toEqual({ ok: true, action: existing });
});
