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
    errors: { title: 'Keep the title to 200 characters or fewer.', dueDate: 'Enter a real date, for example 31/03/2027.' },
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
