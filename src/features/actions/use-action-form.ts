import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Action } from '../../domain/plan';
import type { IsoDate } from '../../domain/shared';
import { type ActionDraft, type DraftErrors, type DraftField, planYearForDraft, validateDraft } from './action-draft';

export interface ActionFormFailure {
  message: string;
  fieldErrors: DraftErrors;
}

export interface ActionFormOptions {
  actionId: string;
  initial: ActionDraft;
  today: IsoDate;
  /** The first day of the plan (1 April of its first WRES year), if it has one: earlier due dates are refused. */
  planBegan?: IsoDate;
  /** The saved action being edited. */
  existing?: Action;
  /** Why the last save failed; its field messages stay on their fields until the form is checked again. */
  failure?: ActionFormFailure;
  onSubmit: (action: Action, draft: ActionDraft) => void;
}

/** What a field shows of its message: the words, and the error state that marks it invalid. */
export interface FieldMessage {
  validationMessage: string | undefined;
  validationState: 'error' | 'none';
}

export interface ActionFormState {
  draft: ActionDraft;
  /** Every field's message: the store's from the last save, then the domain's once Save was chosen. */
  errors: DraftErrors;
  /** True once Save has been chosen, so messages appear only after a first try. */
  submitted: boolean;
  /** How many fields have a message, for the summary above the form. */
  problemCount: number;
  /** The plan year the due date falls in, or nothing while the date is incomplete. */
  planYear: string | undefined;
  /** Today, and the first day of the plan, which bound the due date's calendar. */
  today: IsoDate;
  planBegan: IsoDate | undefined;
  formRef: RefObject<HTMLFormElement | null>;
  set: <K extends DraftField>(field: K, value: ActionDraft[K]) => void;
  fieldMessage: (field: DraftField) => FieldMessage;
  /** The form's submit handler: checks the draft instead of letting the browser submit it. */
  submit: (event: { preventDefault(): void }) => void;
}

/**
 * The action form's state: the draft as typed, checked by the domain's rules once Save is chosen,
 * each message on its own field, and focus moved to the first field with a message after a refused
 * save. A valid draft is handed to `onSubmit` as an action.
 */
export function useActionForm({ actionId, initial, today, planBegan, existing, failure, onSubmit }: ActionFormOptions): ActionFormState {
  const [draft, setDraft] = useState<ActionDraft>(initial);
  const [submitted, setSubmitted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const check = (next: ActionDraft) => validateDraft(next, { id: actionId, today, planBegan, existing });
  const checked = submitted ? check(draft) : undefined;
  const errors: DraftErrors = { ...failure?.fieldErrors, ...(checked && !checked.ok ? checked.errors : {}) };

  // After a refused save, focus moves to the first field with a message, once it has rendered.
  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    setSubmitted(true);
    const result = check(draft);
    if (!result.ok) {
      setFocusRequest((count) => count + 1);
      return;
    }
    onSubmit(result.action, draft);
  };

  return {
    draft,
    errors,
    submitted,
    problemCount: Object.keys(errors).length,
    planYear: planYearForDraft(draft.dueDate),
    today,
    planBegan,
    formRef,
    set: (field, value) => setDraft((current) => ({ ...current, [field]: value })),
    fieldMessage: (field) => ({ validationMessage: errors[field], validationState: errors[field] ? 'error' : 'none' }),
    submit,
  };
}
