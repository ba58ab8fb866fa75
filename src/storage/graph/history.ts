import type { HistoryEntry, HistoryField } from '../ports';
import type { GraphItemVersion } from './graph-shapes';

/**
 * The action's columns whose changes history reports, in the form's order, with the field each
 * holds. The owner is compared by name, the part a person sees; its id and email follow it.
 */
const HISTORY_COLUMNS: readonly (readonly [column: string, field: Exclude<HistoryField, 'created'>])[] = [
  ['Title', 'title'],
  ['Description', 'description'],
  ['Indicators', 'indicators'],
  ['EdsOutcomes', 'edsOutcomes'],
  ['OwnerName', 'owner'],
  ['DueDate', 'dueDate'],
  ['Status', 'status'],
  ['Priority', 'priority'],
  ['MeasureOfSuccess', 'measureOfSuccess'],
  ['Baseline', 'baseline'],
  ['Target', 'target'],
  ['PlanYear', 'planYear'],
  ['CompletedOn', 'completedOn'],
];

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(value)) return value.slice(0, 10);
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
    const changes = HISTORY_COLUMNS.map(([column, field]) => ({ field, from: show(previous.fields?.[column]), to: show(version.fields?.[column]) })).filter(
      (change) => change.from !== change.to,
    );
    return changes.length > 0 ? [{ kind: 'change', at: version.lastModifiedDateTime, by, changes }] : [];
  });
}
