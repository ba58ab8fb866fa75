import { Route, Switch } from 'wouter';
import { ActionsListPage } from './actions-list-page';
import { ActionsWorkspaceProvider } from './actions-workspace';
import { NewActionPage } from './new-action-page';

/**
 * The Actions section, mounted at /actions (nested): the list and a new action. Filters live in
 * the address, so links into the list open it filtered.
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
      </Switch>
    </ActionsWorkspaceProvider>
  );
}
