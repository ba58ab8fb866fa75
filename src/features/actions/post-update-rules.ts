import type { Action, ActionStatus, NewProgressUpdate } from '../../domain/plan';
import { checkStatusChange, parseAction } from '../../domain/plan';
import { checkWebAddress, type IsoDate, type LinkRules, removeHiddenCharacters } from '../../domain/shared';

export interface PostUpdateInput {
  note: string;
  evidenceUrl: string;
  /** Empty for no change. */
  newStatus: ActionStatus | '';
}

export type PostUpdateErrors = Partial<Record<keyof PostUpdateInput, string>>;

export type PostUpdatePlan = { ok: true; update: NewProgressUpdate; changed: Action | undefined } | { ok: false; errors: PostUpdateErrors };

/** Sentence case for a domain message shown on its own field. */
const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;

function changedAction(action: Action, newStatus: ActionStatus, today: IsoDate): Action {
  const rest: Action = { ...action };
  delete rest.completedOn;
  return newStatus === 'Completed' ? { ...rest, status: newStatus, completedOn: today } : { ...rest, status: newStatus };
}

/**
 * Checks a progress update before anything is saved: a note is always needed; a status change
 * must be allowed and, into At risk or Off track or when reopening, explained by the note
 * (`checkStatusChange`); an evidence link must be a safe web address (`checkWebAddress`). Completing
 * sets the completed-on date to today; reopening clears it. Returns the update to post under `key`
 * (the same key for every retry of this update) and, when the status changes, the action to save.
 * Who posts it and when are left to SharePoint.
 */
export function planProgressUpdate(action: Action, input: PostUpdateInput, key: string, today: IsoDate, links: LinkRules): PostUpdatePlan {
  const errors: PostUpdateErrors = {};
  const note = removeHiddenCharacters(input.note).trim();
  const evidence = input.evidenceUrl.trim();
  if (input.newStatus !== '') {
    const check = checkStatusChange(action.status, input.newStatus, note);
    if (!check.ok) {
      if (check.message.startsWith('a progress note is required'))
        errors.note = `Say why: a note is needed to change the status from ${action.status} to ${input.newStatus}.`;
      else errors.newStatus = sentence(check.message);
    }
  }
  if (note === '' && errors.note === undefined) errors.note = 'Write a short note about progress.';
  const link = evidence === '' ? undefined : checkWebAddress(evidence, links);
  if (link && !link.ok) errors.evidenceUrl = `Evidence link ${link.problem}.`;

  const changed = input.newStatus === '' ? undefined : changedAction(action, input.newStatus, today);
  if (changed) {
    const parsed = parseAction(changed);
    if (!parsed.ok) errors.newStatus ??= parsed.errors.map((error) => sentence(error.message)).join(' ');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const update: NewProgressUpdate = {
    id: key,
    note,
    ...(input.newStatus !== '' ? { statusAfter: input.newStatus } : {}),
    ...(link?.ok ? { evidenceUrl: link.href } : {}),
  };
  return { ok: true, update, changed };
}
