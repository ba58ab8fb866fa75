import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { type Action, newActionLinksFrom } from '../../domain/plan';
import { type ActionDraft, emptyDraft } from './action-draft';
import { useActionsWorkspace } from './actions-workspace';
import type { ActionFormFailure } from './use-action-form';

export interface NewActionState {
  /** The id the action is saved under: a new one, or the failed action's own when its draft is reopened. */
  id: string;
  initial: ActionDraft;
  /** Why the reopened draft was not saved, with its field messages. */
  failure: ActionFormFailure | undefined;
  /** Saves in the background (shown in the list at once) and goes back to the list. */
  submit: (action: Action, draft: ActionDraft) => void;
  cancel: () => void;
}

/**
 * The new-action page's state. With `draftId` it reopens that failed action's draft under the same
 * id, so a first save that did land is found rather than doubled. Otherwise the draft starts linked
 * to the indicator or EDS outcome its address names (`?indicator=2`, `?eds=3.4`: "Create action"
 * on what it should fix); an unknown one is left out.
 */
export function useNewAction(draftId: string | undefined): NewActionState {
  const { createAction, failedCreates } = useActionsWorkspace();
  const [, navigate] = useLocation();
  const search = useSearch();
  const [freshId] = useState(() => crypto.randomUUID());
  // Read once: the draft's links start from the address, then belong to the form.
  const [fresh] = useState(() => emptyDraft(newActionLinksFrom(search)));
  const failed = draftId === undefined ? undefined : failedCreates.find((entry) => entry.action.id === draftId);
  return {
    id: failed?.action.id ?? freshId,
    initial: failed?.draft ?? fresh,
    failure: failed ? { message: failed.message, fieldErrors: failed.fieldErrors } : undefined,
    submit: (action, draft) => {
      createAction(action, draft);
      navigate('/');
    },
    cancel: () => navigate('/'),
  };
}
