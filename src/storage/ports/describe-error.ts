import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  OfflineError,
  SetupNeededError,
  StorageFailure,
  ThrottledError,
  UnreachableError,
} from './errors';

/** What a failed operation was working on, so the words can name it. */
export interface FailureSubject {
  /** What the person was changing, after "change": "the plan" (the default), "the plan's figures", "this action". */
  readonly subject?: string;
  /** Where it is kept, for "could not be reached" and "refused a value": "the plan" (the default), "the good-practice hub". */
  readonly place?: string;
}

/** The message of anything thrown: an Error's message, or the value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Why a storage operation failed, in words a person can act on: the one wording every page uses, so
 * the same failure reads the same everywhere. Pages put what did not happen in front of it
 * ("The figures were not saved: …"); what the person typed is kept either way.
 */
export function describeStorageError(error: unknown, { subject = 'the plan', place = 'the plan' }: FailureSubject = {}): string {
  if (error instanceof ForbiddenError) return `You do not have permission to change ${subject}. ${error.message}`;
  if (error instanceof UnreachableError) {
    // Nobody answered: say where, and what a person can check before calling for help.
    return `Cannot reach ${place}'s SharePoint site. Check your connection or VPN, then try again; if it goes on, ask your SharePoint administrator whether the site is available.`;
  }
  if (error instanceof OfflineError) return `${capitalised(place)} could not be reached. Check your connection and try again.`;
  if (error instanceof ThrottledError) {
    const wait = error.retryAfterSeconds === undefined ? ' in a moment' : ` in ${error.retryAfterSeconds} seconds`;
    return `Microsoft 365 is busy. Try again${wait}.`;
  }
  if (error instanceof ConflictError) return `Someone else changed ${subject} since you opened it.`;
  if (error instanceof NotFoundError) return `${capitalised(subject)} could not be found; someone may have deleted it.`;
  if (error instanceof InvalidError) {
    const fields = Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`);
    return `${capitalised(place)} refused a value: ${[error.message, ...fields].join(' ')}`;
  }
  if (error instanceof SetupNeededError) return error.message;
  if (error instanceof StorageFailure) return `${error.message}${error.status === undefined ? '' : ` (error ${error.status})`}`;
  return messageOf(error);
}
