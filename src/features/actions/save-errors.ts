import { describeStorageError, InvalidError } from '../../storage/ports';
import type { DraftErrors, DraftField } from './action-draft';
import { fieldOfPath } from './action-draft';

/**
 * Why a save failed, in the words every page uses for a storage failure. `subject` is what was
 * being changed: the plan when an action is created, the action when one is edited or updated.
 */
export function saveFailureMessage(error: unknown, subject: 'the plan' | 'this action' = 'the plan'): string {
  return describeStorageError(error, { subject });
}

/** Field messages the store sent back (SharePoint column names or domain paths), placed on form fields. */
export function fieldErrorsOf(error: unknown): DraftErrors {
  if (!(error instanceof InvalidError)) return {};
  const errors: DraftErrors = {};
  for (const [name, message] of Object.entries(error.fields)) {
    const field: DraftField | undefined = fieldOfPath(name.charAt(0).toLowerCase() + name.slice(1));
    if (field) errors[field] = message;
  }
  return errors;
}
