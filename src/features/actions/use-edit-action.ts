import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Action } from '../../domain/plan';
import { parseAction } from '../../domain/plan';
import { ConflictError, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { reapplyChanges } from './action-diff';
import type { ActionFormFailure } from './use-action-form';
import { useActionsWorkspace } from './actions-workspace';
import { fieldErrorsOf } from './save-errors';
import { describeSaveFailure, useSaveAction } from './use-save-action';
import { isVersionedAction } from './versioned-action';

/** Someone else saved first: where this person started, what they tried to save, and what is saved now. */
export interface EditConflict {
  base: Action;
  mine: Action;
  current: Versioned<Action>;
}

export interface EditActionState {
  /** The version the person started from: its eTag guards the save, and it is the "before" of any conflict. */
  base: Versioned<Action>;
  saving: boolean;
  failure: ActionFormFailure | undefined;
  conflict: EditConflict | undefined;
  save: (action: Action) => void;
  cancel: () => void;
  reapply: () => void;
  discard: () => void;
  keepEditing: () => void;
}

/**
 * The edit page's state: saves guarded by the version it was opened at, and on a conflict the
 * choice to re-apply this person's changes on the other version, discard them, or keep editing.
 */
export function useEditAction(opened: Versioned<Action>): EditActionState {
  const { refresh } = usePlanData();
  const { setNotice } = useActionsWorkspace();
  const [, navigate] = useLocation();
  const saveAction = useSaveAction();
  const [base] = useState(opened);
  const [failure, setFailure] = useState<ActionFormFailure | undefined>(undefined);
  const [conflict, setConflict] = useState<EditConflict | undefined>(undefined);
  const id = base.value.id;

  const finish = (message: string) => {
    setNotice(message);
    navigate(`/${id}`);
  };

  const save = async (action: Action, eTag: string, startedFrom: Action) => {
    setFailure(undefined);
    const result = await saveAction.run(action, eTag);
    // A second save while the first runs is refused by the operation itself: nothing to report.
    if (!result.ok && result.ignored) return;
    if (result.ok) {
      setConflict(undefined);
      finish(`Your changes to “${action.title}” were saved.`);
    } else if (result.error instanceof ConflictError && isVersionedAction(result.error.current)) {
      setConflict({ base: startedFrom, mine: action, current: result.error.current });
    } else {
      setConflict(undefined);
      setFailure({ message: describeSaveFailure(result.error), fieldErrors: fieldErrorsOf(result.error) });
    }
  };

  const reapply = () => {
    if (!conflict) return;
    const merged = parseAction(reapplyChanges(conflict.base, conflict.mine, conflict.current.value));
    if (!merged.ok) {
      setConflict(undefined);
      setFailure({ message: `Your changes could not be combined with theirs: ${merged.errors.map((e) => e.message).join('; ')}`, fieldErrors: {} });
      return;
    }
    // A further conflict compares against the version just re-applied on.
    void save(merged.value, conflict.current.eTag, conflict.current.value);
  };

  return {
    base,
    saving: saveAction.busy,
    failure,
    conflict,
    save: (action) => void save(action, base.eTag, base.value),
    cancel: () => navigate(`/${id}`),
    reapply,
    discard: () => {
      setConflict(undefined);
      void refresh().then(() => finish('Your changes were discarded. This is the version saved by the other person.'));
    },
    keepEditing: () => {
      setConflict(undefined);
      setFailure({ message: 'Someone else changed this action since you opened it. Save again to compare and re-apply your changes.', fieldErrors: {} });
    },
  };
}
