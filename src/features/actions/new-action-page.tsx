import { PageLayout } from '../../components/page-layout';
import { usePlanData } from '../../app/plan-data';
import { ActionForm } from './action-form';
import { ReadOnlyNotice } from './read-only-notice';
import { UnsavedActionsPanel } from './unsaved-actions-panel';
import { useNewAction } from './use-new-action';

/**
 * Records a new action: saved under a new id, shown in the list at once, and kept as a draft if the
 * save fails. With `draftId`, it reopens that failed action's draft under the same id.
 */
export function NewActionPage({ draftId }: { draftId?: string }) {
  const { storage, today, canEdit } = usePlanData();
  const page = useNewAction(draftId);
  return (
    <PageLayout title="New action" description="Record an action, link it to what it should improve, and give it an owner and a due date.">
      {canEdit ? (
        <>
          <UnsavedActionsPanel except={page.id} />
          <ActionForm
            key={page.id}
            mode="new"
            actionId={page.id}
            initial={page.initial}
            failure={page.failure}
            today={today}
            searchPeople={storage.people.search}
            saving={false}
            onSubmit={page.submit}
            onCancel={page.cancel}
          />
        </>
      ) : (
        <ReadOnlyNotice />
      )}
    </PageLayout>
  );
}
