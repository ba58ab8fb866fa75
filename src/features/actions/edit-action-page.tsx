import { Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import type { Action } from '../../domain/plan';
import { parseAction } from '../../domain/plan';
import { ConflictError, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { reapplyChanges } from './action-diff';
import { draftFromAction } from './action-draft';
import { ActionForm, type ActionFormFailure } from './action-form';
import { ActionNotFound } from './action-not-found';
import { useActionsWorkspace } from './actions-workspace';
import { ConflictDialog } from './conflict-dialog';
import { ReadOnlyNotice } from './read-only-notice';
import { fieldErrorsOf, saveFailureMessage } from './save-errors';
import { usePlanAction } from './use-plan-action';

interface Conflict {
  base: Action;
  mine: Action;
  current: Versioned<Action>;
}

function isVersionedAction(value: unknown): value is Versioned<Action> {
  return typeof value === 'object' && value !== null && 'eTag' in value && 'value' in value;
}

/** Edits an action with the version it was opened at; a conflict opens the dialog instead of overwriting. */
export function EditActionPage({ id }: { id: string }) {
  const { found, loading } = usePlanAction(id);
  if (loading) return <Spinner label="Loading the action…" />;
  if (!found) return <ActionNotFound />;
  return <EditAction opened={found} />;
}

function EditAction({ opened }: { opened: Versioned<Action> }) {
  const { storage, today, canEdit, refresh } = usePlanData();
  const { setNotice } = useActionsWorkspace();
  const [, navigate] = useLocation();
  // The version the person started from: its eTag guards the save, and it is the "before" of any conflict.
  const [base] = useState(opened);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ActionFormFailure | undefined>(undefined);
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);
  const id = base.value.id;

  const finish = async (message: string) => {
    await refresh();
    setNotice(message);
    navigate(`/${id}`);
  };

  const save = async (action: Action, eTag: string, startedFrom: Action) => {
    setSaving(true);
    setFailure(undefined);
    try {
      await storage.actions.update(action, eTag);
      setConflict(undefined);
      await finish(`Your changes to “${action.title}” were saved.`);
    } catch (error) {
      if (error instanceof ConflictError && isVersionedAction(error.current)) {
        setConflict({ base: startedFrom, mine: action, current: error.current });
      } else {
        setConflict(undefined);
        setFailure({ message: saveFailureMessage(error), fieldErrors: fieldErrorsOf(error) });
      }
    } finally {
      setSaving(false);
    }
  };

  const reapply = () => {
    if (!conflict) return;
    const merged = parseAction(reapplyChanges(conflict.base, conflict.mine, conflict.current.value));
    if (!merged.ok) {
      setConflict(undefined);
      setFailure({ message: `Your changes could not be combined with theirs: ${merged.errors.map((e) => e.message).join('; ')}`, fieldErrors: {} });
      return;
    }
    // A further conflict compares against the version just re-applied on.
    void save(merged.value, conflict.current.eTag, conflict.current.value);
  };

  return (
    <PageLayout title={`Edit: ${base.value.title}`}>
      {canEdit ? (
        <ActionForm
          mode="edit"
          actionId={id}
          initial={draftFromAction(base.value)}
          existing={base.value}
          today={today}
          searchPeople={storage.people.search}
          saving={saving}
          failure={failure}
          onSubmit={(action) => void save(action, base.eTag, base.value)}
          onCancel={() => navigate(`/${id}`)}
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
          busy={saving}
          onReapply={reapply}
          onDiscard={() => {
            setConflict(undefined);
            void finish('Your changes were discarded. This is the version saved by the other person.');
          }}
          onKeepEditing={() => {
            setConflict(undefined);
            setFailure({ message: 'Someone else changed this action since you opened it. Save again to compare and re-apply your changes.', fieldErrors: {} });
          }}
        />
      ) : null}
    </PageLayout>
  );
}
