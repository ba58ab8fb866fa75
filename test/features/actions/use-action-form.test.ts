import { act, renderHook } from '@testing-library/react';
import type { Action } from '../../../src/domain/plan';
import { emptyDraft, type ActionDraft } from '../../../src/features/actions/action-draft';
import { useActionForm, type ActionFormOptions } from '../../../src/features/actions/use-action-form';
import { AMARA } from './build';

const ID = '00000000-0000-4000-8000-0000000000aa';
const submitEvent = () => ({ preventDefault: () => undefined });

function setup(options: Partial<ActionFormOptions> = {}) {
  const submitted: { action: Action; draft: ActionDraft }[] = [];
  const hook = renderHook(() =>
    useActionForm({ actionId: ID, initial: emptyDraft(), today: '2026-11-26', onSubmit: (action, draft) => submitted.push({ action, draft }), ...options }),
  );
  return { hook, submitted };
}

test('says nothing about the fields until Save is chosen, then puts each message on its field', () => {
  const { hook, submitted } = setup();
  expect(hook.result.current.errors).toEqual({});
  expect(hook.result.current.fieldMessage('title')).toEqual({ validationMessage: undefined, validationState: 'none' });

  act(() => hook.result.current.submit(submitEvent()));

  expect(submitted).toEqual([]);
  expect(hook.result.current.submitted).toBe(true);
  expect(hook.result.current.fieldMessage('title')).toEqual({ validationMessage: 'Enter a title.', validationState: 'error' });
  expect(hook.result.current.errors.owner).toBe('Choose an owner from the directory.');
  expect(hook.result.current.problemCount).toBe(Object.keys(hook.result.current.errors).length);
});

test('a complete draft is handed over as an action, with the plan year from its due date', () => {
  const { hook, submitted } = setup();
  act(() => {
    hook.result.current.set('title', 'Diverse interview panels');
    hook.result.current.set('owner', AMARA);
    hook.result.current.set('dueDate', '2027-03-31');
    hook.result.current.set('measureOfSuccess', 'Every panel has a BME member');
  });
  expect(hook.result.current.planYear).toBe('2026/27');

  act(() => hook.result.current.submit(submitEvent()));

  expect(hook.result.current.errors).toEqual({});
  expect(submitted).toHaveLength(1);
  expect(submitted[0]?.action).toMatchObject({ id: ID, title: 'Diverse interview panels', planYear: '2026/27', owner: AMARA });
  expect(submitted[0]?.draft.title).toBe('Diverse interview panels');
});

test("the store's field messages from a failed save stay on their fields", () => {
  const { hook } = setup({ failure: { message: 'The plan refused a value.', fieldErrors: { target: 'Too long.' } } });
  expect(hook.result.current.fieldMessage('target')).toEqual({ validationMessage: 'Too long.', validationState: 'error' });
  expect(hook.result.current.problemCount).toBe(1);
});
