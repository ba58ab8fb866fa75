import { useCallback } from 'react';
import type { Action, NewProgressUpdate } from '../../domain/plan';
import { type Operation, useOperation } from '../../components/use-operation';
import { ConflictError, type PlanStorage, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { reapplyChanges } from './action-diff';
import { saveFailureMessage } from './save-errors';
import { isVersionedAction } from './versioned-action';

export interface PostedResult {
  message: string;
  intent: 'success' | 'warning';
}

/** A checked progress update: the note to post and, when the status changes, the action to save. */
export interface PlannedUpdate {
  update: NewProgressUpdate;
  changed: Action | undefined;
}

/**
 * Saves the status change that goes with a posted note. If someone else saved the action meanwhile
 * but left its status alone, the change is re-applied on their version; if they changed the status
 * too, it is left for the person to decide, and they are told.
 */
async function saveStatusChange(storage: PlanStorage, opened: Versioned<Action>, changed: Action): Promise<PostedResult> {
  const done: PostedResult = { message: `Update posted. The status is now ${changed.status}.`, intent: 'success' };
  try {
    await storage.actions.update(changed, opened.eTag);
    return done;
  } catch (error) {
    if (!(error instanceof ConflictError) || !isVersionedAction(error.current)) throw error;
    const current = error.current;
    if (current.value.status !== opened.value.status) {
      return {
        message: `Your update was posted, but ${current.modifiedBy ?? 'someone else'} changed the status to ${current.value.status} meanwhile, so your status change was not saved. Post again to change it.`,
        intent: 'warning',
      };
    }
    await storage.actions.update(reapplyChanges(opened.value, changed, current.value), current.eTag);
    return done;
  }
}

/** Only a note that did not reach the plan is a failure; a status change that did not follow is a warning. */
const describePostFailure = (error: unknown): string =>
  `Your update was not posted: ${saveFailureMessage(error, 'this action')} What you wrote is kept: choose Post update to try again. If the first try did reach the plan, it is found, not posted twice.`;

/**
 * Posts a progress update on `action`, then saves its status change, then reloads the plan. Fails
 * only when the note was not posted; once it is, the result says whether the status changed too.
 */
export function usePostUpdate(action: Versioned<Action>): Operation<[PlannedUpdate], PostedResult> {
  const { storage, refresh } = usePlanData();
  const post = useCallback(
    async ({ update, changed }: PlannedUpdate): Promise<PostedResult> => {
      await storage.actions.postUpdate(action.value.id, update);
      let result: PostedResult = { message: 'Update posted.', intent: 'success' };
      if (changed) {
        try {
          result = await saveStatusChange(storage, action, changed);
        } catch (error) {
          result = { message: `Your update was posted, but the status could not be changed: ${saveFailureMessage(error, 'this action')}`, intent: 'warning' };
        }
      }
      await refresh();
      return result;
    },
    [storage, refresh, action],
  );
  return useOperation(post, describePostFailure);
}
