import type { Action, ActionStatus } from '../../domain/plan';
import { type ACTION_PRIORITIES, type NewActionLinks, parseAction } from '../../domain/plan';
import { type DateCheck, type IsoDate, checkUkDate, formatUkDate, isIsoDate, parseUkDate, planYearOf } from '../../domain/shared';

export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

export interface OwnerChoice {
  id: string;
  name: string;
  email?: string;
}

/** What the form holds while someone types: plain strings and lists, nothing validated yet. */
export interface ActionDraft {
  title: string;
  description: string;
  indicators: string[];
  edsOutcomes: string[];
  owner: OwnerChoice | undefined;
  /** As typed, day first (dd/mm/yyyy); a saved action's date is shown that way. */
  dueDate: string;
  status: ActionStatus;
  priority: ActionPriority;
  measureOfSuccess: string;
  baseline: string;
  target: string;
}

export type DraftField = keyof ActionDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

/** A new action's draft: nothing filled in, linked to `links` when it is started from what it should fix. */
export function emptyDraft(links: NewActionLinks = { indicators: [], edsOutcomes: [] }): ActionDraft {
  return {
    title: '',
    description: '',
    indicators: [...links.indicators],
    edsOutcomes: [...links.edsOutcomes],
    owner: undefined,
    dueDate: '',
    status: 'Not started',
    priority: 'Medium',
    measureOfSuccess: '',
    baseline: '',
    target: '',
  };
}

export function draftFromAction(action: Action): ActionDraft {
  return {
    title: action.title,
    description: action.description,
    indicators: [...action.indicators],
    edsOutcomes: [...action.edsOutcomes],
    owner: { ...action.owner },
    dueDate: isIsoDate(action.dueDate) ? formatUkDate(action.dueDate) : action.dueDate,
    status: action.status,
    priority: action.priority,
    measureOfSuccess: action.measureOfSuccess,
    baseline: action.baseline,
    target: action.target,
  };
}

/** The plan year a typed due date falls in, or nothing while the date is incomplete. */
export function planYearForDraft(dueDate: string): string | undefined {
  const date = parseUkDate(dueDate);
  return date ? planYearOf(date) : undefined;
}

/** The form field a domain error path belongs to: `owner.email` → owner, `indicators[1]` → indicators. */
export function fieldOfPath(path: string): DraftField | undefined {
  const head = /^[A-Za-z]+/.exec(path)?.[0];
  if (head === 'planYear') return 'dueDate';
  if (head === 'completedOn') return 'status';
  const fields: readonly DraftField[] = [
    'title',
    'description',
    'indicators',
    'edsOutcomes',
    'owner',
    'dueDate',
    'status',
    'priority',
    'measureOfSuccess',
    'baseline',
    'target',
  ];
  return fields.find((field) => field === head);
}

/** Plain words for the rules people meet most, on the field itself; anything else keeps the domain's sentence. */
function plainMessage(field: DraftField, domainMessage: string, draft: ActionDraft): string {
  switch (field) {
    case 'title':
      return draft.title.trim() === '' ? 'Enter a title.' : 'Keep the title to 200 characters or fewer.';
    case 'owner':
      return draft.owner ? `The owner's details are not valid: ${domainMessage}` : 'Choose an owner from the directory.';
    case 'measureOfSuccess':
      return 'Say how you will know the action has worked.';
    default:
      return domainMessage;
  }
}

export type DraftResult = { ok: true; action: Action } | { ok: false; errors: DraftErrors };

export interface DraftContext {
  id: string;
  today: IsoDate;
  /** The first day of the plan, when it has a WRES year: earlier due dates are refused. */
  planBegan?: IsoDate;
  /** The saved action being edited, whose progress updates and completion date are kept. */
  existing?: Action;
}

/**
 * Reads the typed due date day first, and refuses one that is not a real date, more than five
 * years ahead or before the plan began. A saved action's own date, left as it was, is kept even if
 * it is now outside those limits: the check is for what is typed.
 */
function checkDueDate(text: string, { today, planBegan, existing }: DraftContext): DateCheck {
  const unchanged = existing !== undefined && parseUkDate(text) === existing.dueDate;
  if (unchanged) return { ok: true, date: existing.dueDate };
  return checkUkDate(text, 'Due date', { today, ...(planBegan ? { earliest: { date: planBegan, what: 'the plan began' } } : {}) });
}

/**
 * Validates the form with the domain's own rules (`parseAction`) and puts each problem on the
 * field it belongs to. The plan year comes from the due date; a Completed action is completed
 * today unless it already was.
 */
export function validateDraft(draft: ActionDraft, context: DraftContext): DraftResult {
  const { id, today, existing } = context;
  const due = checkDueDate(draft.dueDate, context);
  const completedOn = draft.status === 'Completed' ? ((existing?.status === 'Completed' ? existing.completedOn : undefined) ?? today) : undefined;
  const candidate = {
    id,
    title: draft.title,
    description: draft.description.trim(),
    indicators: draft.indicators,
    edsOutcomes: draft.edsOutcomes,
    owner: draft.owner ? { id: draft.owner.id, name: draft.owner.name, ...(draft.owner.email ? { email: draft.owner.email } : {}) } : undefined,
    dueDate: due.ok ? due.date : '',
    status: draft.status,
    priority: draft.priority,
    measureOfSuccess: draft.measureOfSuccess,
    baseline: draft.baseline.trim(),
    target: draft.target.trim(),
    planYear: due.ok ? planYearOf(due.date) : (existing?.planYear ?? ''),
    ...(completedOn ? { completedOn } : {}),
    progressUpdates: existing?.progressUpdates ?? [],
  };
  const parsed = parseAction(candidate);
  if (parsed.ok && due.ok) return { ok: true, action: parsed.value };
  // The date's own message says what was typed and why it was refused, so it comes before the domain's.
  const errors: DraftErrors = due.ok ? {} : { dueDate: due.message };
  if (parsed.ok) return { ok: false, errors };
  for (const error of parsed.errors) {
    const field = fieldOfPath(error.path);
    if (field && errors[field] === undefined) errors[field] = plainMessage(field, error.message, draft);
  }
  return { ok: false, errors };
}
