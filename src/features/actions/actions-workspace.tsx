import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { Action } from '../../domain/plan';
import { usePlanData } from '../plan-data';
import type { ActionDraft, DraftErrors } from './action-draft';
import { fieldErrorsOf, saveFailureMessage } from './save-errors';

export interface FailedCreate {
  draft: ActionDraft;
  message: string;
  fieldErrors: DraftErrors;
}

export interface ActionsWorkspace {
  /** Actions shown before the store has confirmed them. */
  pending: readonly Action[];
  /** The last status message for the list's live region. */
  notice: string | undefined;
  /** A create that failed: what was typed and why, for the form to show again. */
  failedCreate: FailedCreate | undefined;
  /** Shows the action in the list at once, saves it, and rolls it back with a message on failure. */
  createAction: (action: Action, draft: ActionDraft) => void;
  clearFailedCreate: () => void;
  setNotice: (notice: string | undefined) => void;
}

const WorkspaceContext = createContext<ActionsWorkspace | undefined>(undefined);

export function useActionsWorkspace(): ActionsWorkspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useActionsWorkspace must be used inside ActionsWorkspaceProvider');
  return value;
}

/** State the Actions pages share: optimistic creates, a failed create's draft, and status notices. */
export function ActionsWorkspaceProvider({ children }: { children: ReactNode }) {
  const { storage, refresh } = usePlanData();
  const [, navigate] = useLocation();
  const [pending, setPending] = useState<readonly Action[]>([]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [failedCreate, setFailedCreate] = useState<FailedCreate | undefined>(undefined);

  const createAction = useCallback(
    (action: Action, draft: ActionDraft) => {
      setFailedCreate(undefined);
      setPending((list) => [...list, action]);
      setNotice(`Saving “${action.title}”…`);
      navigate('/');
      void (async () => {
        try {
          await storage.actions.create(action);
          await refresh();
          setNotice(`“${action.title}” was saved.`);
        } catch (error) {
          setNotice(`“${action.title}” was not saved: ${saveFailureMessage(error)}`);
          setFailedCreate({ draft, message: saveFailureMessage(error), fieldErrors: fieldErrorsOf(error) });
          navigate('/new');
        } finally {
          setPending((list) => list.filter((item) => item.id !== action.id));
        }
      })();
    },
    [storage, refresh, navigate],
  );
  const clearFailedCreate = useCallback(() => setFailedCreate(undefined), []);

  const value = useMemo<ActionsWorkspace>(
    () => ({ pending, notice, failedCreate, createAction, clearFailedCreate, setNotice }),
    [pending, notice, failedCreate, createAction, clearFailedCreate],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
