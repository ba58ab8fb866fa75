import type { Action } from '../../domain/plan';

/** One line of the list: a saved action, or one being saved that is shown before the store confirms it. */
export interface ActionRow {
  value: Action;
  saving?: boolean;
}
