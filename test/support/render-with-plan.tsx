import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { PlanDataProvider, usePlanData, type CurrentUser } from '../../src/app/plan-data';
import type { PlanStorage, PracticeLibrary } from '../../src/storage/ports';
import { memoryPlanStorage } from './memory-plan-storage';

export interface RenderWithPlanOptions {
  storage?: PlanStorage;
  user?: CurrentUser;
  canEdit?: boolean;
  /** The fixed "now" of the test; defaults to 26 November 2026, 09:00 UTC. */
  now?: string;
  /** The route the page starts at, e.g. `/actions/new`. */
  path?: string;
  /** The shared good-practice library the page may open. */
  library?: PracticeLibrary;
}

/** Exposes the plan's loading state to the test, which waits for it before handing over. */
function PlanLoadProbe() {
  const { status } = usePlanData();
  return (
    <span hidden data-testid="plan-load-state">
      {status}
    </span>
  );
}

export const TEST_USER: CurrentUser = { id: '8f1c2d3e-0001-4a5b-9c6d-000000000001', displayName: 'Leah Adeyemi', email: 'lead@demo-trust.example' };

/**
 * Renders a feature page the way the app does (Fluent theme, router, plan data) over in-memory
 * storage, and waits until the plan has loaded. `history` records where the page navigated.
 */
export async function renderWithPlan(
  ui: ReactElement,
  options: RenderWithPlanOptions = {},
): Promise<RenderResult & { storage: PlanStorage; history: string[]; navigate: (to: string) => void }> {
  const storage = options.storage ?? memoryPlanStorage();
  const location = memoryLocation({ path: options.path ?? '/', record: true });
  const now = new Date(options.now ?? '2026-11-26T09:00:00Z');
  const view = render(
    <FluentProvider theme={teamsLightTheme}>
      {/* oxlint-disable-next-line react/hooks -- wouter's documented API takes the location hook as a prop. */}
      <Router hook={location.hook} searchHook={location.searchHook}>
        <PlanDataProvider
          storage={storage}
          user={options.user ?? TEST_USER}
          canEdit={options.canEdit ?? true}
          clock={() => now}
          openLibrary={() => (options.library ? Promise.resolve(options.library) : Promise.reject(new Error('No library in this test.')))}
          subscribeRetries={() => () => undefined}
        >
          <PlanLoadProbe />
          {ui}
        </PlanDataProvider>
      </Router>
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.getByTestId('plan-load-state')).not.toHaveTextContent('loading'));
  return { ...view, storage, history: location.history ?? [], navigate: location.navigate };
}
