import { ConflictError, ForbiddenError, InvalidError, NotFoundError, OfflineError, ThrottledError } from '../../storage/ports';
import type { DraftErrors, DraftField } from './action-draft';
import { fieldOfPath } from './action-draft';

/** Why a save failed, in words a person can act on. */
export function saveFailureMessage(error: unknown): string {
  if (error instanceof ForbiddenError) return 'You do not have permission to change the plan. Ask the plan’s owner for edit access.';
  if (error instanceof OfflineError) return 'The plan could not be reached. Check your connection and save again.';
  if (error instanceof ThrottledError) return 'Microsoft 365 is busy and did not accept the save. Wait a moment and save again.';
  if (error instanceof ConflictError) return 'Someone else changed this action since you opened it.';
  if (error instanceof NotFoundError) return 'This action no longer exists; someone may have deleted it.';
  if (error instanceof InvalidError) return `The plan refused a value: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
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
