import { useCallback } from 'react';
import type { Action } from '../../domain/plan';
import { type Operation, useOperation } from '../../components/use-operation';
import { usePlanData } from '../../app/plan-data';
import { saveFailureMessage } from './save-errors';

/** Why an edited action was not saved, naming the action as what was being changed. */
export const describeSaveFailure = (error: unknown): string => saveFailureMessage(error, 'this action');

/**
 * Saves an edited action over the version with `eTag`, then shows the plan as the save read it
 * back, so the saved version is what is shown next. A newer saved version fails it with a ConflictError that carries it.
 */
export function useSaveAction(): Operation<[Action, string], void> {
  const { storage, refresh } = usePlanData();
  const save = useCallback(
    async (action: Action, eTag: string) => {
      await storage.actions.update(action, eTag);
      // The save read the plan back with it, so this refresh usually costs no request.
      await refresh({ afterSave: true });
    },
    [storage, refresh],
  );
  return useOperation(save, describeSaveFailure);
}
