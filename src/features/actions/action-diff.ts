import type { Action } from '../../domain/plan';
import { formatUkDate } from '../../domain/shared';

/** The fields a person edits, in the form's order, with the names the form gives them. */
const EDITABLE_FIELDS = [
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
  'planYear',
  'completedOn',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<EditableField, string>> = {
  title: 'Title',
  description: 'Description',
  indicators: 'Linked indicators',
  edsOutcomes: 'Linked EDS outcomes',
  owner: 'Owner',
  dueDate: 'Due date',
  status: 'Status',
  priority: 'Priority',
  measureOfSuccess: 'Measure of success',
  baseline: 'Baseline',
  target: 'Target',
  planYear: 'Plan year',
  completedOn: 'Completed on',
};

/** A field's value as a person reads it: dates the UK way, lists joined, owners by name. */
function showField(action: Action, field: EditableField): string {
  switch (field) {
    case 'indicators':
    case 'edsOutcomes':
      return action[field].join(', ');
    case 'owner':
      return action.owner.name;
    case 'dueDate':
      return formatUkDate(action.dueDate);
    case 'completedOn':
      return action.completedOn ? formatUkDate(action.completedOn) : '';
    default:
      return action[field];
  }
}

function sameField(a: Action, b: Action, field: EditableField): boolean {
  switch (field) {
    case 'indicators':
    case 'edsOutcomes':
      return a[field].length === b[field].length && a[field].every((item, index) => b[field][index] === item);
    case 'owner':
      return a.owner.id === b.owner.id && a.owner.name === b.owner.name && (a.owner.email ?? '') === (b.owner.email ?? '');
    default:
      return (a[field] ?? '') === (b[field] ?? '');
  }
}

/** The fields that differ between two versions of an action. */
export function changedFields(from: Action, to: Action): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => !sameField(from, to, field));
}

export interface ConflictRow {
  field: EditableField;
  label: string;
  /** The value both people started from. */
  before: string;
  /** The other person's saved value, when they changed this field. */
  theirs?: string;
  /** This person's value, when they changed this field. */
  mine?: string;
  /** Both changed it, to different values: re-applying puts this person's value over theirs. */
  clash: boolean;
}

/**
 * Field by field, what the other person changed (`base` → `current`) beside what this person
 * changed (`base` → `mine`). Only fields that either of them changed are listed.
 */
export function conflictRows(base: Action, mine: Action, current: Action): ConflictRow[] {
  const theirs = new Set(changedFields(base, current));
  const ours = new Set(changedFields(base, mine));
  return EDITABLE_FIELDS.filter((field) => theirs.has(field) || ours.has(field)).map((field) => ({
    field,
    label: FIELD_LABELS[field],
    before: showField(base, field),
    ...(theirs.has(field) ? { theirs: showField(current, field) } : {}),
    ...(ours.has(field) ? { mine: showField(mine, field) } : {}),
    clash: theirs.has(field) && ours.has(field) && !sameField(mine, current, field),
  }));
}

/** One field of `source` written onto `target`; generic so the field's value keeps its own type. */
function copyField<K extends EditableField>(target: Action, source: Action, field: K): void {
  target[field] = source[field];
}

/**
 * This person's changes (`base` → `mine`) applied on top of the current saved version: every field
 * they changed takes their value; every other field keeps the current one, so the other person's
 * changes survive. Progress updates always come from the current version.
 */
export function reapplyChanges(base: Action, mine: Action, current: Action): Action {
  const merged: Action = { ...current };
  for (const field of changedFields(base, mine)) copyField(merged, mine, field);
  if (merged.status !== 'Completed') delete merged.completedOn;
  else if (merged.completedOn === undefined) merged.completedOn = mine.completedOn ?? current.completedOn;
  return { ...merged, progressUpdates: current.progressUpdates };
}
