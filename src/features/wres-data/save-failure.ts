import { ForbiddenError, InvalidError, NotFoundError, OfflineError, StorageFailure, ThrottledError } from '../../storage/ports';

/** Why a save failed, in words a user can act on. What they typed is kept either way. */
export function whySaveFailed(error: unknown): string {
  if (error instanceof ForbiddenError) return `You do not have permission to change the plan's figures. ${error.message}`;
  if (error instanceof InvalidError) {
    const fields = Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`);
    return `SharePoint refused the figures. ${[error.message, ...fields].join(' ')}`;
  }
  if (error instanceof ThrottledError) {
    const wait = error.retryAfterSeconds === undefined ? '' : ` in ${error.retryAfterSeconds} seconds`;
    return `Microsoft 365 is busy and the figures were not saved. Try again${wait}.`;
  }
  if (error instanceof OfflineError) return `The figures did not reach Microsoft 365. Check the connection and try again. ${error.message}`;
  if (error instanceof NotFoundError) return `The plan's lists could not be found. ${error.message}`;
  if (error instanceof StorageFailure) return `The figures were not saved${error.status === undefined ? '' : ` (error ${error.status})`}. ${error.message}`;
  return `The figures were not saved. ${error instanceof Error ? error.message : String(error)}`;
}
