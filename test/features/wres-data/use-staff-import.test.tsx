import { act, waitFor } from '@testing-library/react';
import { pageRunner } from '../../../src/features/wres-data/staff-runner';
import { useStaffImport } from '../../../src/features/wres-data/use-staff-import';
import { ConflictError } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderPlanHook } from '../../support/plan-hook';

const staffFile = () =>
  new File(['Ethnic Origin,Staff Group,Pay Band\r\nA,Administrative and Clerical,Band 3\r\nH,Administrative and Clerical,Band 3\r\n'], 'staff.csv', {
    type: 'text/csv',
  });

beforeEach(() => window.localStorage.clear());

/** The staff import with the staff file chosen and read. */
async function withStaffFile(storage = memoryPlanStorage()) {
  const view = await renderPlanHook(() => useStaffImport(pageRunner), storage);
  expect(view.result.current.hook.canCount).toBe(false);
  act(() => view.result.current.hook.files.choose('staff', staffFile()));
  await waitFor(() => expect(view.result.current.hook.canCount).toBe(true));
  return view;
}

test('the organisation and year start from the plan and follow what is typed', async () => {
  const { result } = await renderPlanHook(
    () => useStaffImport(pageRunner),
    memoryPlanStorage({ settings: { organisationName: 'Demo NHS Trust', odsCode: 'RXX' } }),
  );
  expect(result.current.hook.about).toEqual({ name: 'Demo NHS Trust', odsCode: 'RXX', year: '2026' });
  act(() => result.current.hook.setAbout('year', '2025'));
  expect(result.current.hook.about.year).toBe('2025');
});

test('a count gives what would be stored; a changed mapping sets the counts aside', async () => {
  const { result } = await withStaffFile();
  act(() => result.current.hook.count());
  await waitFor(() => expect(result.current.hook.run.kind).toBe('counted'));
  expect(result.current.hook.plan?.aggregate.headcount).toEqual({ white: 1, bme: 1, unknown: 0 });
  act(() => result.current.hook.files.setEthnicMapping({ A: 'bme' }));
  expect(result.current.hook.run.kind).toBe('idle');
  expect(result.current.hook.plan).toBeUndefined();
});

test('a save stores the counts and sets them aside; a refused one says why in the shared words', async () => {
  const storage = memoryPlanStorage();
  const save = jest.spyOn(storage.wres, 'saveYear');
  const { result } = await withStaffFile(storage);
  act(() => result.current.hook.setAbout('name', 'Demo NHS Trust'));
  act(() => result.current.hook.setAbout('odsCode', 'RXX'));
  act(() => result.current.hook.count());
  await waitFor(() => expect(result.current.hook.plan?.validated.ok).toBe(true));
  act(() => result.current.hook.save());
  await waitFor(() => expect(result.current.hook.saving.kind).toBe('done'));
  expect(result.current.hook.run.kind).toBe('idle');
  expect(save.mock.calls[0]?.[0].indicator1?.rows).toEqual([{ staffGroup: 'non-clinical', band: 'Band 3', white: 1, bme: 1, unknown: 0 }]);

  save.mockRejectedValueOnce(new ConflictError(undefined));
  act(() => result.current.hook.count());
  expect(result.current.hook.saving.kind).toBe('idle');
  await waitFor(() => expect(result.current.hook.run.kind).toBe('counted'));
  act(() => result.current.hook.save());
  await waitFor(() => expect(result.current.hook.saving.kind).toBe('failed'));
  expect(result.current.hook.saving).toMatchObject({
    message: 'Someone changed the stored 2026 figures while you were importing, so nothing was saved. Count the files again to see their version.',
  });
});
