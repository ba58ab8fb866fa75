import type { FieldChange, HistoryEntry } from '../../storage/ports';
import { FIELD_LABELS } from './action-diff';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

/** "26 Nov 2026, 09:00", on UK clocks. */
export function formatWhen(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : DATE_TIME.format(time);
}

/** One field change in words: "Status: On track → At risk", "Created “Panels”". */
export function describeChange(change: FieldChange): string {
  if (change.field === 'created') return `Created “${change.to}”`;
  // Storage names the field by its key; the words are the form's, so history and the form agree.
  const label = FIELD_LABELS[change.field];
  if (change.from === '') return `${label}: set to ${change.to}`;
  if (change.to === '') return `${label}: ${change.from} removed`;
  return `${label}: ${change.from} → ${change.to}`;
}

/** A short heading for an entry, said before its details. */
export function describeEntry(entry: HistoryEntry): string {
  if (entry.kind === 'update')
    return entry.update.statusAfter ? `${entry.by} posted an update and set the status to ${entry.update.statusAfter}` : `${entry.by} posted an update`;
  if (entry.changes.some((change) => change.field === 'created')) return `${entry.by} created the action`;
  return `${entry.by} changed ${entry.changes.length === 1 ? 'one field' : `${entry.changes.length} fields`}`;
}
