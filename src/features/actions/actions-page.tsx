import { Route, Switch } from 'wouter';
import { ActionPage } from './action-page';
import { ActionsListPage } from './actions-list-page';
import { ActionsWorkspaceProvider } from './actions-workspace';
import { EditActionPage } from './edit-action-page';
import { NewActionPage } from './new-action-page';

/**
 * The Actions section, mounted at /actions (nested): the list, a new action, an action's own page
 * and its edit form. Filters live in the address, so links into the list open it filtered.
 */
export function ActionsPage() {
  return (
    <ActionsWorkspaceProvider>
      <Switch>
        <Route path="/">
          <ActionsListPage />
        </Route>
        <Route path="/new">
          <NewActionPage />
        </Route>
        <Route path="/unsaved/:id">{(params) => <NewActionPage draftId={params.id} />}</Route>
        <Route path="/:id/edit">{(params) => <EditActionPage id={params.id} />}</Route>
        <Route path="/:id">{(params) => <ActionPage id={params.id} />}</Route>
      </Switch>
    </ActionsWorkspaceProvider>
  );
}
