import { useState } from 'react';
import { useLocation } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { usePlanData } from '../../app/plan-data';
import { emptyDraft } from './action-draft';
import { ActionForm } from './action-form';
import { useActionsWorkspace } from './actions-workspace';
import { ReadOnlyNotice } from './read-only-notice';
import { UnsavedActionsPanel } from './unsaved-actions-panel';

/**
 * Records a new action: saved under a new id, shown in the list at once, and kept as a draft if the
 * save fails. With `draftId`, it reopens that failed action's draft under the same id, so a first
 * save that did land is found rather than doubled.
 */
export function NewActionPage({ draftId }: { draftId?: string }) {
  const { storage, today, canEdit } = usePlanData();
  const { createAction, failedCreates } = useActionsWorkspace();
  const [, navigate] = useLocation();
  const [freshId] = useState(() => crypto.randomUUID());
  const failed = draftId === undefined ? undefined : failedCreates.find((entry) => entry.action.id === draftId);
  const id = failed?.action.id ?? freshId;
  return (
    <PageLayout title="New action" description="Record an action, link it to what it should improve, and give it an owner and a due date.">
      {canEdit ? (
        <>
          <UnsavedActionsPanel except={id} />
          <ActionForm
            key={id}
            mode="new"
            actionId={id}
            initial={failed?.draft ?? emptyDraft()}
            failure={failed ? { message: failed.message, fieldErrors: failed.fieldErrors } : undefined}
            today={today}
            searchPeople={storage.people.search}
            saving={false}
            onSubmit={(action, draft) => {
              createAction(action, draft);
              navigate('/');
            }}
            onCancel={() => navigate('/')}
          />
        </>
      ) : (
        <ReadOnlyNotice />
      )}
    </PageLayout>
  );
}
