import type { HistoryEntry, HistoryField } from '../ports';
import type { GraphItemVersion } from './graph-shapes';
import { readDateOnly } from './mappers/field-values';

/**
 * The action's columns whose changes history reports, in the form's order, with the field each
 * holds. The owner is compared by name, the part a person sees; its id and email follow it.
 */
const HISTORY_COLUMNS: readonly (readonly [column: string, field: Exclude<HistoryField, 'created'>, kind?: 'date'])[] = [
  ['Title', 'title'],
  ['Description', 'description'],
  ['Indicators', 'indicators'],
  ['EdsOutcomes', 'edsOutcomes'],
  ['OwnerName', 'owner'],
  ['DueDate', 'dueDate', 'date'],
  ['Status', 'status'],
  ['Priority', 'priority'],
  ['MeasureOfSuccess', 'measureOfSuccess'],
  ['Baseline', 'baseline'],
  ['Target', 'target'],
  ['PlanYear', 'planYear'],
  ['CompletedOn', 'completedOn', 'date'],
];

/** A version's value as history shows it; a date-only column as its calendar date, in whatever zone the site keeps. */
function show(value: unknown, kind?: 'date'): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (kind === 'date') return readDateOnly(value) ?? String(value);
  return String(value);
}

/**
 * Who changed which field, and when, oldest first, from an item's versions (which Graph lists newest first).
 * The first version is the creation; each later one is compared with the one before it. Fields are
 * named by their keys; the feature words them.
 */
export function diffVersions(versions: readonly GraphItemVersion[]): HistoryEntry[] {
  const oldestFirst = versions.toReversed();
  return oldestFirst.flatMap((version, index): HistoryEntry[] => {
    const by = version.lastModifiedBy?.user?.displayName ?? 'Someone';
    const previous = oldestFirst[index - 1];
    if (!previous)
      return [{ kind: 'change', at: version.lastModifiedDateTime, by, changes: [{ field: 'created', from: '', to: show(version.fields?.Title) }] }];
    const changes = HISTORY_COLUMNS.map(([column, field, kind]) => ({
      field,
      from: show(previous.fields?.[column], kind),
      to: show(version.fields?.[column], kind),
    })).filter((change) => change.from !== change.to);
    return changes.length > 0 ? [{ kind: 'change', at: version.lastModifiedDateTime, by, changes }] : [];
  });
}
