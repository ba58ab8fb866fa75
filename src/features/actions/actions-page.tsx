import { Route, Switch } from 'wouter';
import { ActionsListPage } from './actions-list-page';
import { ActionsWorkspaceProvider } from './actions-workspace';

/**
 * The Actions section, mounted at /actions (nested). Filters live in the address, so links into
 * the list open it filtered.
 */
export function ActionsPage() {
  return (
    <ActionsWorkspaceProvider>
      <Switch>
        <Route path="/">
          <ActionsListPage />
        </Route>
      </Switch>
    </ActionsWorkspaceProvider>
  );
}
