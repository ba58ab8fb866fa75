import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { PlanDataProvider, usePlanData } from '../../src/app/plan-data';
import type { PlanStorage } from '../../src/storage/ports';
import { TEST_USER } from './render-with-plan';

/** A plan in memory around what it wraps, as the app's pages run: the same user, clock and no library. */
export function planWrapper(storage: PlanStorage, canEdit = true) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <PlanDataProvider
        storage={storage}
        user={TEST_USER}
        canEdit={canEdit}
        clock={() => new Date('2026-11-26T09:00:00Z')}
        openLibrary={() => Promise.reject(new Error('No library in this test.'))}
        subscribeRetries={() => () => undefined}
      >
        {children}
      </PlanDataProvider>
    );
  };
}

/**
 * Renders a hook over a plan in memory, as the app's pages run it, and waits until the
 * plan has loaded. `loaded` is read beside the hook, so the wait does not depend on the hook itself.
 */
export async function renderPlanHook<T>(hook: () => T, storage: PlanStorage, canEdit = true) {
  const location = memoryLocation({ path: '/' });
  const wrapper = ({ children }: { children: ReactNode }) => (
    // oxlint-disable-next-line react/hooks -- wouter's documented API takes the location hook as a prop.
    <Router hook={location.hook}>
      <PlanDataProvider
        storage={storage}
        user={TEST_USER}
        canEdit={canEdit}
        clock={() => new Date('2026-11-26T09:00:00Z')}
        subscribeRetries={() => () => undefined}
      >
        {children}
      </PlanDataProvider>
    </Router>
  );
  const view = renderHook(() => ({ hook: hook(), loaded: usePlanData().snapshot !== undefined }), { wrapper });
  await waitFor(() => expect(view.result.current.loaded).toBe(true));
  return view;
}
