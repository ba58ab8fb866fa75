import { useCallback, useEffect, useState } from 'react';
import type { Action } from '../../domain/plan';
import { usePlanData } from '../../app/plan-data';
import type { ActionDraft } from './action-draft';
import { fieldErrorsOf, saveFailureMessage } from './save-errors';
import { type FailedCreate, readUnsavedActions, withFailedCreate, withoutFailedCreate, writeUnsavedActions } from './unsaved-actions';

export interface CreateActions {
  /** Actions shown before the store has confirmed them. */
  pending: readonly Action[];
  /** Every create that failed, one per action: what was typed and why, until it is saved or discarded. */
  failedCreates: readonly FailedCreate[];
  /** Shows the action in the list at once, saves it, and on failure keeps its draft with a message naming it. */
  createAction: (action: Action, draft: ActionDraft) => void;
  /** Sends a failed action again under its own id, so a first save that did land is found, not doubled. */
  retryCreate: (actionId: string) => void;
  discardFailedCreate: (actionId: string) => void;
}

/**
 * Creating actions, optimistically. Not `useOperation`: several new actions may be saving at once,
 * each shown at once and each kept as its own draft if it fails, where an operation runs one at a
 * time. Failed drafts outlive a reload in this tab's sessionStorage. `say` gives each outcome in words.
 */
export function useCreateAction(say: (notice: string) => void): CreateActions {
  const { storage, refresh } = usePlanData();
  const [pending, setPending] = useState<readonly Action[]>([]);
  const [failedCreates, setFailedCreates] = useState<readonly FailedCreate[]>(() => readUnsavedActions());
  useEffect(() => writeUnsavedActions(failedCreates), [failedCreates]);

  const createAction = useCallback(
    (action: Action, draft: ActionDraft) => {
      // Only this action's earlier failure is replaced by the new attempt; other drafts stay.
      setFailedCreates((failed) => withoutFailedCreate(failed, action.id));
      setPending((list) => [...list.filter((item) => item.id !== action.id), action]);
      say(`Saving “${action.title}”…`);
      void (async () => {
        try {
          await storage.actions.create(action);
          await refresh();
          say(`“${action.title}” was saved.`);
        } catch (error) {
          const message = saveFailureMessage(error);
          say(`“${action.title}” was not saved: ${message} Its draft is kept under Not saved yet.`);
          setFailedCreates((failed) => withFailedCreate(failed, { action, draft, message, fieldErrors: fieldErrorsOf(error) }));
        } finally {
          setPending((list) => list.filter((item) => item.id !== action.id));
        }
      })();
    },
    [storage, refresh, say],
  );
  const retryCreate = useCallback(
    (actionId: string) => {
      const failed = failedCreates.find((entry) => entry.action.id === actionId);
      if (failed) createAction(failed.action, failed.draft);
    },
    [failedCreates, createAction],
  );
  const discardFailedCreate = useCallback((actionId: string) => setFailedCreates((failed) => withoutFailedCreate(failed, actionId)), []);
  return { pending, failedCreates, createAction, retryCreate, discardFailedCreate };
}
