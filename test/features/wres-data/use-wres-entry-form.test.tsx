import { act, waitFor } from '@testing-library/react';
import { useWresEntryForm } from '../../../src/features/wres-data/use-wres-entry-form';
import { valuesOf } from '../../../src/features/wres-data/wres-form-values';
import { ConflictError } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { twoYears } from '../dashboard/fixtures';
import { renderPlanHook } from '../../support/plan-hook';

const submitted = { preventDefault: () => undefined };

function y2024() {
  const year = twoYears()[1];
  if (year === undefined) throw new Error('no 2024');
  return year;
}

async function renderForm(onSaved: (year: number) => void = () => undefined) {
  const storage = memoryPlanStorage({ wresYears: twoYears() });
  const stored = storage.snapshotNow().wresYears.find((entry) => entry.value.year === 2024);
  const view = await renderPlanHook(() => useWresEntryForm({ initial: valuesOf(y2024()), eTag: stored?.eTag, onSaved }), storage);
  return { ...view, storage, stale: stored?.eTag };
}

test("a field's message shows once it is touched, and every one once Save is tried, with nothing saved", async () => {
  const { result, storage } = await renderForm();
  const save = jest.spyOn(storage.wres, 'saveYear');
  // Fewer shortlisted than appointed: the message is on the appointed count, which nobody touched.
  act(() => result.current.hook.change('indicator2.shortlisted.bme', '10'));
  expect(Object.keys(result.current.hook.check.byField)).toEqual(['indicator2.appointed.bme']);
  expect(result.current.hook.shown).toEqual({});
  expect(result.current.hook.problems).toEqual([]);
  act(() => result.current.hook.submit(submitted));
  expect(result.current.hook.shown).toEqual(result.current.hook.check.byField);
  expect(result.current.hook.problems).toEqual(['Indicator 2, appointed, BME (196) is more than Indicator 2, shortlisted, BME (10)']);
  expect(result.current.hook.status.kind).toBe('idle');
  expect(save).not.toHaveBeenCalled();
});

test('a save stores the year, says so, and a later change clears the word', async () => {
  const onSaved = jest.fn();
  const { result, storage } = await renderForm(onSaved);
  act(() => result.current.hook.change('indicator2.appointed.bme', '284'));
  act(() => result.current.hook.submit(submitted));
  await waitFor(() => expect(result.current.hook.status.kind).toBe('done'));
  expect(onSaved).toHaveBeenCalledWith(2024);
  expect(storage.snapshotNow().wresYears.find((entry) => entry.value.year === 2024)?.value.indicator2?.appointed.bme).toBe(284);
  act(() => result.current.hook.change('indicator2.appointed.bme', '285'));
  expect(result.current.hook.status.kind).toBe('idle');
});

test('a conflict gives their version and what differs; loading theirs takes their figures and eTag', async () => {
  const { result, storage, stale } = await renderForm();
  const year = y2024();
  if (year.indicator2 === undefined) throw new Error('no indicator 2');
  const theirs = { ...year, indicator2: { ...year.indicator2, appointed: { ...year.indicator2.appointed, bme: 200 } } };
  await act(async () => {
    await storage.wres.saveYear(theirs, stale);
  });
  act(() => result.current.hook.change('indicator2.appointed.bme', '284'));
  act(() => result.current.hook.submit(submitted));
  await waitFor(() => expect(result.current.hook.conflict).toBeDefined());
  const conflict = result.current.hook.conflict;
  expect(result.current.hook.status).toMatchObject({ kind: 'failed', error: expect.any(ConflictError) });
  expect(conflict?.changed).toContainEqual({ name: 'Indicator 2, appointed, BME', theirs: '200', mine: '284' });
  if (conflict?.theirs === undefined) throw new Error('expected their version');
  const version = conflict.theirs;
  act(() => result.current.hook.loadTheirs(version));
  expect(result.current.hook.values['indicator2.appointed.bme']).toBe('200');
  expect(result.current.hook.conflict).toBeUndefined();
  act(() => result.current.hook.change('indicator2.appointed.bme', '290'));
  act(() => result.current.hook.submit(submitted));
  await waitFor(() => expect(result.current.hook.status.kind).toBe('done'));
});
