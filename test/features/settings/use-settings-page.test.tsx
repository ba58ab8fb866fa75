import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { PlanDataProvider } from '../../../src/app/plan-data';
import { describeReport, useSettingsPage } from '../../../src/features/settings/use-settings-page';
import type { PlanStorage } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { TEST_USER } from '../../support/render-with-plan';

const settings = { organisationName: 'Demo NHS Trust', odsCode: 'RXX', edsFramework: 'eds2', suppressionThreshold: '5' };
const submitted = { preventDefault: () => undefined };

/** The settings hook over a plan in memory, once the plan has loaded. */
async function renderSettings(storage: PlanStorage) {
  const location = memoryLocation({ path: '/' });
  const wrapper = ({ children }: { children: ReactNode }) => (
    // oxlint-disable-next-line react/hooks -- wouter's documented API takes the location hook as a prop.
    <Router hook={location.hook}>
      <PlanDataProvider storage={storage} user={TEST_USER} canEdit clock={() => new Date('2026-11-26T09:00:00Z')} subscribeRetries={() => () => undefined}>
        {children}
      </PlanDataProvider>
    </Router>
  );
  const view = renderHook(() => useSettingsPage(), { wrapper });
  await waitFor(() => expect(view.result.current.form.organisationName).toBe('Demo NHS Trust'));
  return view;
}

/** The storage with each setting's key recorded as it is written. */
function recordingSaves(storage: PlanStorage): { storage: PlanStorage; saved: string[] } {
  const saved: string[] = [];
  const saveSetting = (key: string, value: string): Promise<void> => {
    saved.push(key);
    return storage.settings.saveSetting(key, value);
  };
  const settingsStore = { ...storage.settings, saveSetting };
  return { storage: { ...storage, settings: settingsStore }, saved };
}

test('a form that fails its checks marks the fields and says so where a refused save would, saving nothing', async () => {
  const { storage, saved } = recordingSaves(memoryPlanStorage({ settings }));
  const { result } = await renderSettings(storage);
  act(() => result.current.change('odsCode', 'R1'));
  await act(async () => {
    await result.current.save.run(result.current.form);
  });
  expect(result.current.errors.odsCode).toBe('Enter the ODS code: 3 to 5 letters or digits, such as RXX.');
  expect(result.current.save.status).toMatchObject({ kind: 'failed', message: 'Check the fields marked above.' });
  expect(saved).toEqual([]);
});

test('a save writes only the settings that changed, then the form follows what is stored', async () => {
  const { storage, saved } = recordingSaves(memoryPlanStorage({ settings }));
  const { result } = await renderSettings(storage);
  act(() => result.current.change('region', 'London'));
  act(() => result.current.submit(submitted));
  await waitFor(() => expect(result.current.save.status.kind).toBe('done'));
  expect(saved).toEqual(['region']);
  expect(result.current.form.region).toBe('London');
  expect(result.current.errors).toEqual({});
});

test('a refused save keeps what was typed and words the refusal for the settings', async () => {
  const { result } = await renderSettings(memoryPlanStorage({ settings, readOnly: true }));
  act(() => result.current.change('organisationName', 'Demo NHS Trust (North)'));
  await act(async () => {
    await result.current.save.run(result.current.form);
  });
  expect(result.current.save.status).toMatchObject({
    kind: 'failed',
    message: "You do not have permission to change the plan's settings. You have read-only access to this plan.",
  });
  expect(result.current.form.organisationName).toBe('Demo NHS Trust (North)');
});

test('checking the lists says what it did, in words', async () => {
  const { result } = await renderSettings(memoryPlanStorage({ settings }));
  await act(async () => {
    await result.current.check.run();
  });
  expect(result.current.check.status).toEqual({ kind: 'done', value: 'All lists and columns are in place.' });
  expect(describeReport({ createdLists: ['WRES Results'], addedColumns: ['Priority'], indexedColumns: [], schemaVersion: 1 })).toBe(
    'Done: created WRES Results; added Priority.',
  );
});
