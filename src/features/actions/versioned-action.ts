import type { Action } from '../../domain/plan';
import type { Versioned } from '../../storage/ports';

/** Whether a conflict carried the saved version of an action, so both can be shown or merged. */
export function isVersionedAction(value: unknown): value is Versioned<Action> {
  return typeof value === 'object' && value !== null && 'eTag' in value && 'value' in value;
}
