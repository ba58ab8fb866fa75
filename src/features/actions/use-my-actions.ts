import { useState } from 'react';
import type { Action } from '../../domain/plan';
import type { Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { groupMyActions, type MyGroup } from './my-actions-rules';
import type { PostedResult } from './use-post-update';

export interface MyActionsState {
  displayName: string;
  loading: boolean;
  canEdit: boolean;
  /** The signed-in person's actions by due state, overdue first; and how many there are in all. */
  groups: MyGroup<Versioned<Action>>[];
  total: number;
  /** The action whose Post update dialog is open, if any. */
  postingOn: Versioned<Action> | undefined;
  /** How the last update went, for the live region. */
  result: PostedResult | undefined;
  startPosting: (item: Versioned<Action>) => void;
  stopPosting: () => void;
  posted: (result: PostedResult) => void;
}

/** My actions' state: the signed-in person's actions, grouped, and the one being updated. */
export function useMyActions(): MyActionsState {
  const { snapshot, status, user, today, canEdit } = usePlanData();
  const [posting, setPosting] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<PostedResult | undefined>(undefined);
  const groups = groupMyActions(snapshot?.actions ?? [], { id: user.id, email: user.email }, today);
  return {
    displayName: user.displayName,
    loading: status === 'loading',
    canEdit,
    groups,
    total: groups.reduce((sum, group) => sum + group.items.length, 0),
    postingOn: snapshot?.actions.find((item) => item.value.id === posting),
    result,
    startPosting: (item) => {
      setResult(undefined);
      setPosting(item.value.id);
    },
    stopPosting: () => setPosting(undefined),
    posted: setResult,
  };
}
