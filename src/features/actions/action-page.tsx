import { Spinner } from '@fluentui/react-components';
import { PageLayout } from '../../components/page-layout';
import type { Action } from '../../domain/plan';
import type { Versioned } from '../../storage/ports';
import { ActionNotFound } from './action-not-found';
import { ActionPageView } from './action-page-view';
import { useActionsWorkspace } from './actions-workspace';
import { useActionPage } from './use-action-page';
import { usePlanAction } from './use-plan-action';

/** An action's own page: every value, Edit, Post update, Copy link, and its history. */
export function ActionPage({ id }: { id: string }) {
  const { found, loading } = usePlanAction(id);
  const { pending } = useActionsWorkspace();
  if (found) return <ActionView action={found} />;
  if (loading) return <Spinner label="Loading the action…" />;
  const saving = pending.find((action) => action.id === id);
  if (saving) {
    return (
      <PageLayout title={saving.title}>
        <Spinner size="small" label="Saving this action…" />
      </PageLayout>
    );
  }
  return <ActionNotFound />;
}

function ActionView({ action }: { action: Versioned<Action> }) {
  const page = useActionPage(action);
  return <ActionPageView page={page} />;
}
