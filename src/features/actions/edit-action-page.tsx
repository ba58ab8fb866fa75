import { Spinner } from '@fluentui/react-components';
import type { Action } from '../../domain/plan';
import type { Versioned } from '../../storage/ports';
import { ActionNotFound } from './action-not-found';
import { EditActionView } from './edit-action-view';
import { useEditAction } from './use-edit-action';
import { usePlanAction } from './use-plan-action';

/** Edits an action with the version it was opened at; a conflict opens the dialog instead of overwriting. */
export function EditActionPage({ id }: { id: string }) {
  const { found, loading } = usePlanAction(id);
  if (loading) return <Spinner label="Loading the action…" />;
  if (!found) return <ActionNotFound />;
  return <EditAction opened={found} />;
}

function EditAction({ opened }: { opened: Versioned<Action> }) {
  const edit = useEditAction(opened);
  return <EditActionView edit={edit} />;
}
