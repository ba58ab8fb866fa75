import { z } from 'zod/mini';
import { ACTION_PRIORITIES, ACTION_STATUSES, parseAction, type Action } from '../../domain/plan';
import { type ActionDraft, type DraftErrors, draftFromAction } from './action-draft';

/** A new action whose save failed: the action as it was sent, what was typed, and why it failed. */
export interface FailedCreate {
  action: Action;
  draft: ActionDraft;
  message: string;
  fieldErrors: DraftErrors;
}

const KEY = 'race-equality-plan:unsaved-actions';

/** The shape of a stored draft: what the form holds, nothing validated beyond that. */
const draftSchema = z.object({
  title: z.string(),
  description: z.string(),
  indicators: z.array(z.string()),
  edsOutcomes: z.array(z.string()),
  owner: z.optional(z.object({ id: z.string(), name: z.string(), email: z.optional(z.string()) })),
  dueDate: z.string(),
  status: z.enum(ACTION_STATUSES),
  priority: z.enum(ACTION_PRIORITIES),
  measureOfSuccess: z.string(),
  baseline: z.string(),
  target: z.string(),
});

/** The stored draft when it still has a draft's shape; otherwise the action as it was sent is the draft. */
function storedDraft(value: unknown, action: Action): ActionDraft {
  const parsed = draftSchema.safeParse(value);
  return parsed.success ? { ...parsed.data, owner: parsed.data.owner } : draftFromAction(action);
}

/**
 * Failed creates are kept per action in this tab's sessionStorage, so neither starting another
 * action nor reloading the page loses one. Only entries whose action still passes the domain's
 * rules are read back; anything else in the key is ignored rather than trusted.
 */
export function readUnsavedActions(storage: Storage | undefined = globalThis.sessionStorage): FailedCreate[] {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((entry: unknown): FailedCreate[] => {
      if (typeof entry !== 'object' || entry === null || !('action' in entry) || !('draft' in entry)) return [];
      const parsed = parseAction(entry.action);
      if (!parsed.ok) return [];
      const message = 'message' in entry && typeof entry.message === 'string' ? entry.message : 'It was not saved.';
      return [{ action: parsed.value, draft: storedDraft(entry.draft, parsed.value), message, fieldErrors: {} }];
    });
  } catch {
    return [];
  }
}

export function writeUnsavedActions(failed: readonly FailedCreate[], storage: Storage | undefined = globalThis.sessionStorage): void {
  try {
    if (failed.length === 0) storage?.removeItem(KEY);
    else storage?.setItem(KEY, JSON.stringify(failed.map(({ action, draft, message }) => ({ action, draft, message }))));
  } catch {
    // A full or disabled sessionStorage leaves the drafts in memory only, for as long as the tab is open.
  }
}

/** Adds or replaces the entry for one action, keeping every other action's draft. */
export function withFailedCreate(failed: readonly FailedCreate[], entry: FailedCreate): FailedCreate[] {
  return [...failed.filter((other) => other.action.id !== entry.action.id), entry];
}

export function withoutFailedCreate(failed: readonly FailedCreate[], actionId: string): FailedCreate[] {
  return failed.filter((other) => other.action.id !== actionId);
}
