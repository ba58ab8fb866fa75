import { useMemo } from 'react';
import { groupMyActions } from '../../features/actions/my-actions-rules';
import { usePlanData } from '../plan-data';

/**
 * How many of the signed-in person's actions are overdue today, by the same rule My actions groups
 * them by; undefined until the plan has loaded, so the navigation never shows a count it has not read.
 */
export function useMyOverdueCount(): number | undefined {
  const { snapshot, user, today } = usePlanData();
  return useMemo(() => {
    if (!snapshot) return undefined;
    const groups = groupMyActions(snapshot.actions, { id: user.id, email: user.email }, today);
    return groups.find((group) => group.state === 'overdue')?.items.length ?? 0;
  }, [snapshot, user.id, user.email, today]);
}
