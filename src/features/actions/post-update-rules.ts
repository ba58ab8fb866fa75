import type { Action, ActionStatus, ProgressUpdate } from '../../domain/plan';
import { checkStatusChange, parseAction } from '../../domain/plan';
import type { IsoDate } from '../../domain/shared';

export interface PostUpdateInput {
  note: string;
  evidenceUrl: string;
  /** Empty for no change. */
  newStatus: ActionStatus | '';
}

export interface PostUpdateAuthor {
  id: string;
  name: string;
}

export type PostUpdateErrors = Partial<Record<keyof PostUpdateInput, string>>;

export type PostUpdatePlan =
  | { ok: true; update: ProgressUpdate; changed: Action | undefined }
  | { ok: false; errors: PostUpdateErrors };

/** Sentence case for a domain message shown on its own field. */
const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;

/**
 * Checks a progress update before anything is saved: a note is always needed; a status change
 * must be allowed and, into At risk or Off track or when reopening, explained by the note
 * (`checkStatusChange`); an evidence link must be a web address. Completing sets the completed-on
 * date to today; reopening clears it. Returns the update to post and, when the status changes,
 * the action to save.
 */
export function planProgressUpdate(action: Action, input: PostUpdateInput, author: PostUpdateAuthor, at: string, today: IsoDate): PostUpdatePlan {
  const errors: PostUpdateErrors = {};
  const note = input.note.trim();
  const evidenceUrl = input.evidenceUrl.trim();
  if (input.newStatus !== '') {
    const check = checkStatusChange(action.status, input.newStatus, note);
    if (!check.ok) {
      if (check.message.startsWith('a progress note is required')) errors.note = `Say why: a note is needed to change the status from ${action.status} to ${input.newStatus}.`;
      else errors.newStatus = sentence(check.message);
    }
  }
  if (note === '' && errors.note === undefined) errors.note = 'Write a short note about progress.';
  if (evidenceUrl !== '' && !/^https?:\/\//i.test(evidenceUrl)) errors.evidenceUrl = 'Enter a web address starting https://';

  const update: ProgressUpdate = {
    at,
    authorId: author.id,
    authorName: author.name,
    note,
    ...(input.newStatus !== '' ? { statusAfter: input.newStatus } : {}),
    ...(evidenceUrl !== '' ? { evidenceUrl } : {}),
  };
  const changed =
    input.newStatus === ''
      ? undefined
      : (() => {
          const rest: Action = { ...action };
          delete rest.completedOn;
          return input.newStatus === 'Completed' ? { ...rest, status: input.newStatus, completedOn: today } : { ...rest, status: input.newStatus };
        })();
  const parsed = parseAction({ ...(changed ?? action), progressUpdates: [...action.progressUpdates, update] });
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      if (error.path.endsWith('evidenceUrl')) errors.evidenceUrl ??= 'Enter a web address starting https://';
      else if (error.path.endsWith('note')) errors.note ??= 'Write a short note about progress.';
      else if (error.path.includes('status') || error.path.includes('completedOn')) errors.newStatus ??= sentence(error.message);
    }
    if (Object.keys(errors).length === 0) errors.note = parsed.errors.map((error) => error.message).join('; ');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, update, changed };
}
