import type { Action } from '../../domain/plan';
import type { Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';

/** The saved action with this id, from the plan already loaded; undefined while loading or when there is none. */
export function usePlanAction(id: string): { found: Versioned<Action> | undefined; loading: boolean } {
  const { snapshot, status } = usePlanData();
  return { found: snapshot?.actions.find((item) => item.value.id === id), loading: status === 'loading' };
}
