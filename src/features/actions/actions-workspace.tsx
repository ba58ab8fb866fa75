import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Action } from '../../domain/plan';
import { usePlanData } from '../../app/plan-data';
import type { ActionDraft } from './action-draft';
import { fieldErrorsOf, saveFailureMessage } from './save-errors';
import { type FailedCreate, readUnsavedActions, withFailedCreate, withoutFailedCreate, writeUnsavedActions } from './unsaved-actions';

export type { FailedCreate } from './unsaved-actions';

export interface ActionsWorkspace {
  /** Actions shown before the store has confirmed them. */
  pending: readonly Action[];
  /** The last status message for the list's live region. */
  notice: string | undefined;
  /** Every create that failed, one per action: what was typed and why, until it is saved or discarded. */
  failedCreates: readonly FailedCreate[];
  /** Shows the action in the list at once, saves it, and on failure keeps its draft with a message naming it. */
  createAction: (action: Action, draft: ActionDraft) => void;
  /** Sends a failed action again under its own id, so a first save that did land is found, not doubled. */
  retryCreate: (actionId: string) => void;
  discardFailedCreate: (actionId: string) => void;
  setNotice: (notice: string | undefined) => void;
}

const WorkspaceContext = createContext<ActionsWorkspace | undefined>(undefined);

export function useActionsWorkspace(): ActionsWorkspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useActionsWorkspace must be used inside ActionsWorkspaceProvider');
  return value;
}

/** State the Actions pages share: optimistic creates, failed creates' drafts, and status notices. */
export function ActionsWorkspaceProvider({ children }: { children: ReactNode }) {
  const { storage, refresh } = usePlanData();
  const [pending, setPending] = useState<readonly Action[]>([]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [failedCreates, setFailedCreates] = useState<readonly FailedCreate[]>(() => readUnsavedActions());
  useEffect(() => writeUnsavedActions(failedCreates), [failedCreates]);

  const createAction = useCallback(
    (action: Action, draft: ActionDraft) => {
      // Only this action's earlier failure is replaced by the new attempt; other drafts stay.
      setFailedCreates((failed) => withoutFailedCreate(failed, action.id));
      setPending((list) => [...list.filter((item) => item.id !== action.id), action]);
      setNotice(`Saving “${action.title}”…`);
      void (async () => {
        try {
          await storage.actions.create(action);
          await refresh();
          setNotice(`“${action.title}” was saved.`);
        } catch (error) {
          const message = saveFailureMessage(error);
          setNotice(`“${action.title}” was not saved: ${message} Its draft is kept under Not saved yet.`);
          setFailedCreates((failed) => withFailedCreate(failed, { action, draft, message, fieldErrors: fieldErrorsOf(error) }));
        } finally {
          setPending((list) => list.filter((item) => item.id !== action.id));
        }
      })();
    },
    [storage, refresh],
  );
  const retryCreate = useCallback(
    (actionId: string) => {
      const failed = failedCreates.find((entry) => entry.action.id === actionId);
      if (failed) createAction(failed.action, failed.draft);
    },
    [failedCreates, createAction],
  );
  const discardFailedCreate = useCallback((actionId: string) => setFailedCreates((failed) => withoutFailedCreate(failed, actionId)), []);

  const value = useMemo<ActionsWorkspace>(
    () => ({ pending, notice, failedCreates, createAction, retryCreate, discardFailedCreate, setNotice }),
    [pending, notice, failedCreates, createAction, retryCreate, discardFailedCreate],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
