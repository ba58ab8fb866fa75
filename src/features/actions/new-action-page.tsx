import { useState } from 'react';
import { useLocation } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { usePlanData } from '../plan-data';
import { emptyDraft } from './action-draft';
import { ActionForm } from './action-form';
import { useActionsWorkspace } from './actions-workspace';
import { ReadOnlyNotice } from './read-only-notice';

/** Records a new action: saved under a new id, shown in the list at once, rolled back if the save fails. */
export function NewActionPage() {
  const { storage, today, canEdit } = usePlanData();
  const { createAction, failedCreate } = useActionsWorkspace();
  const [, navigate] = useLocation();
  const [id] = useState(() => crypto.randomUUID());
  return (
    <PageLayout title="New action" description="Record an action, link it to what it should improve, and give it an owner and a due date.">
      {canEdit ? (
        <ActionForm
          mode="new"
          actionId={id}
          initial={failedCreate?.draft ?? emptyDraft()}
          failure={failedCreate ? { message: failedCreate.message, fieldErrors: failedCreate.fieldErrors } : undefined}
          today={today}
          searchPeople={storage.people.search}
          saving={false}
          onSubmit={createAction}
          onCancel={() => navigate('/')}
        />
      ) : (
        <ReadOnlyNotice />
      )}
    </PageLayout>
  );
}
