import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { type CreateActions, useCreateAction } from './use-create-action';

export type { FailedCreate } from './unsaved-actions';

export interface ActionsWorkspace extends CreateActions {
  /** The last status message for the list's live region. */
  notice: string | undefined;
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
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const { pending, failedCreates, createAction, retryCreate, discardFailedCreate } = useCreateAction(setNotice);
  const value = useMemo<ActionsWorkspace>(
    () => ({ pending, notice, failedCreates, createAction, retryCreate, discardFailedCreate, setNotice }),
    [pending, notice, failedCreates, createAction, retryCreate, discardFailedCreate],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
