import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Action } from '../../domain/plan';
import type { IsoDate } from '../../domain/shared';
import type { PlanStorage, Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { useActionsWorkspace } from './actions-workspace';
import { formatWhen } from './history-format';
import type { PostedResult } from './use-post-update';

export interface ActionPageState {
  action: Versioned<Action>;
  canEdit: boolean;
  today: IsoDate;
  /** Who last changed the action and when, in words, when known. */
  lastChanged: string | undefined;
  /** The last thing said about this action, and whether it went well. */
  notice: string | undefined;
  intent: PostedResult['intent'];
  posting: boolean;
  /** The history to read, and a version that changes whenever the action or its updates do. */
  history: PlanStorage['actions']['history'];
  historyVersion: string;
  say: (message: string, intent: PostedResult['intent']) => void;
  openPost: () => void;
  closePost: () => void;
  edit: () => void;
  /** Starts a good-practice case study from this (completed) action. */
  share: () => void;
}

/** An action's page state: what it says, who changed it last, and the Post update dialog's visibility. */
export function useActionPage(action: Versioned<Action>): ActionPageState {
  const { canEdit, today, storage } = usePlanData();
  const { notice, setNotice } = useActionsWorkspace();
  const [, navigate] = useLocation();
  const [posting, setPosting] = useState(false);
  const [intent, setIntent] = useState<PostedResult['intent']>('success');
  const { value } = action;
  return {
    action,
    canEdit,
    today,
    lastChanged: action.modifiedAt ? `${formatWhen(action.modifiedAt)}${action.modifiedBy ? ` by ${action.modifiedBy}` : ''}` : undefined,
    notice,
    intent,
    posting,
    history: storage.actions.history,
    historyVersion: `${action.eTag}:${value.progressUpdates.length}`,
    say: (message, tone) => {
      setIntent(tone);
      setNotice(message);
    },
    openPost: () => setPosting(true),
    closePost: () => setPosting(false),
    edit: () => navigate(`/${value.id}/edit`),
    share: () => navigate(`~/practice/new?from=${encodeURIComponent(value.id)}`),
  };
}
