import type { HistoryEntry } from '../ports';
import type { GraphIdentity } from './graph-site';
import { ACTION_FIELDS } from './mappers/action-mapper';

export interface GraphItemVersion {
  id: string;
  lastModifiedDateTime: string;
  lastModifiedBy?: GraphIdentity;
  fields?: Record<string, unknown>;
}

const LABELS: Readonly<Record<string, string>> = {
  Title: 'Title',
  Description: 'Description',
  Indicators: 'Linked indicators',
  EdsOutcomes: 'Linked EDS outcomes',
  OwnerName: 'Owner',
  DueDate: 'Due date',
  Status: 'Status',
  Priority: 'Priority',
  MeasureOfSuccess: 'Measure of success',
  Baseline: 'Baseline',
  Target: 'Target',
  PlanYear: 'Plan year',
  CompletedOn: 'Completed on',
};

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(value)) return value.slice(0, 10);
  return String(value);
}

/**
 * Who changed which field, and when, oldest first, from an item's versions (which Graph lists newest first).
 * The first version is the creation; each later one is compared with the one before it.
 */
export function diffVersions(versions: readonly GraphItemVersion[]): HistoryEntry[] {
  const oldestFirst = versions.toReversed();
  return oldestFirst.flatMap((version, index): HistoryEntry[] => {
    const by = version.lastModifiedBy?.user?.displayName ?? 'Someone';
    const previous = oldestFirst[index - 1];
    if (!previous) return [{ kind: 'change', at: version.lastModifiedDateTime, by, changes: [{ field: 'Created', from: '', to: show(version.fields?.Title) }] }];
    const changes = ACTION_FIELDS.filter((field) => field in LABELS)
      .map((field) => ({ field: LABELS[field] ?? field, from: show(previous.fields?.[field]), to: show(version.fields?.[field]) }))
      .filter((change) => change.from !== change.to);
    return changes.length > 0 ? [{ kind: 'change', at: version.lastModifiedDateTime, by, changes }] : [];
  });
}
