import { Route } from 'wouter';
import { ActionsPage } from '../../../src/features/actions/actions-page';
import { MyActionsPage } from '../../../src/features/actions/my-actions-page';
import type { Action } from '../../../src/domain/plan';
import type { CurrentUser } from '../../../src/app/plan-data';
import type { PlanStorage } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';
import { PEOPLE } from './build';

export interface RenderActionsOptions {
  actions?: Action[];
  storage?: PlanStorage;
  path?: string;
  canEdit?: boolean;
  user?: CurrentUser;
}

/** The Actions section mounted as the app mounts it: nested under /actions, with My actions beside it. */
export function renderActions(options: RenderActionsOptions = {}) {
  const storage = options.storage ?? memoryPlanStorage({ actions: options.actions ?? [], people: PEOPLE });
  return renderWithPlan(
    <>
      <Route path="/actions" nest>
        <ActionsPage />
      </Route>
      <Route path="/my-actions">
        <MyActionsPage />
      </Route>
    </>,
    { storage, path: options.path ?? '/actions', canEdit: options.canEdit, user: options.user },
  );
}
