import { PageLayout } from '../../components/page-layout';
import { usePlanData } from '../../app/plan-data';
import { draftFromAction } from './action-draft';
import { ActionForm } from './action-form';
import { ConflictDialog } from './conflict-dialog';
import { ReadOnlyNotice } from './read-only-notice';
import type { EditActionState } from './use-edit-action';

/** The edit page from its state: the form (or why it cannot be edited), and the conflict dialog when someone saved first. */
export function EditActionView({ edit }: { edit: EditActionState }) {
  const { storage, today, canEdit } = usePlanData();
  const { base, conflict } = edit;
  return (
    <PageLayout title={`Edit: ${base.value.title}`}>
      {canEdit ? (
        <ActionForm
          mode="edit"
          actionId={base.value.id}
          initial={draftFromAction(base.value)}
          existing={base.value}
          today={today}
          searchPeople={storage.people.search}
          saving={edit.saving}
          failure={edit.failure}
          onSubmit={edit.save}
          onCancel={edit.cancel}
        />
      ) : (
        <ReadOnlyNotice />
      )}
      {conflict ? (
        <ConflictDialog
          open
          base={conflict.base}
          mine={conflict.mine}
          current={conflict.current.value}
          currentBy={conflict.current.modifiedBy}
          busy={edit.saving}
          onReapply={edit.reapply}
          onDiscard={edit.discard}
          onKeepEditing={edit.keepEditing}
        />
      ) : null}
    </PageLayout>
  );
}
