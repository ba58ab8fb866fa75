import { act, waitFor } from '@testing-library/react';
import { useImportWres } from '../../../src/features/wres-data/use-import-wres';
import { yearToCsvText } from '../../../src/lib/files/wres-year-file';
import { ConflictError } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { exampleYear } from '../reports/downloads';
import { renderPlanHook } from '../../support/plan-hook';

const full = exampleYear();
const { indicator5, indicator6, indicator7, indicator8, ...withoutSurvey } = full;
const surveyOnly = () =>
  new File(
    [yearToCsvText({ ...full, indicator1: undefined, indicator2: undefined, indicator3: undefined, indicator4: undefined, indicator9: undefined })],
    'survey.csv',
  );

test('a survey file over a stored year keeps the indicators it leaves out, unless the person says otherwise', async () => {
  const storage = memoryPlanStorage({ wresYears: [withoutSurvey] });
  const { result } = await renderPlanHook(() => useImportWres(), storage);
  act(() => result.current.hook.choose(surveyOnly()));
  await waitFor(() => expect(result.current.hook.stage.kind).toBe('preview'));
  expect(result.current.hook.leftOut).toEqual(['1', '2', '3', '4', '9']);
  expect(result.current.hook.toSave).toEqual(full);
  act(() => result.current.hook.setKeepOthers(false));
  expect(result.current.hook.toSave?.indicator1).toBeUndefined();
  expect([indicator5, indicator6, indicator7, indicator8]).not.toContain(undefined);
});

test('a save stores the year at the version it was read at, then the preview closes and the stored year is said', async () => {
  const storage = memoryPlanStorage({ wresYears: [withoutSurvey] });
  const eTag = storage.snapshotNow().wresYears[0]?.eTag;
  const save = jest.spyOn(storage.wres, 'saveYear');
  const { result } = await renderPlanHook(() => useImportWres(), storage);
  act(() => result.current.hook.choose(surveyOnly()));
  await waitFor(() => expect(result.current.hook.stage.kind).toBe('preview'));
  act(() => result.current.hook.save());
  await waitFor(() => expect(result.current.hook.saving).toEqual({ kind: 'done', value: full }));
  expect(save).toHaveBeenCalledWith(full, eTag);
  expect(result.current.hook.stage.kind).toBe('idle');
});

test('a conflict names the year and stores nothing; choosing a file again clears the words', async () => {
  const storage = memoryPlanStorage();
  jest.spyOn(storage.wres, 'saveYear').mockRejectedValue(new ConflictError(undefined));
  const { result } = await renderPlanHook(() => useImportWres(), storage);
  act(() => result.current.hook.choose(new File([yearToCsvText(full)], 'y.csv')));
  await waitFor(() => expect(result.current.hook.stage.kind).toBe('preview'));
  act(() => result.current.hook.save());
  await waitFor(() => expect(result.current.hook.saving.kind).toBe('failed'));
  expect(result.current.hook.saving).toMatchObject({
    message: expect.stringMatching(/^Someone changed the stored 2024 figures while you were importing, so nothing was saved\./),
  });
  expect(storage.snapshotNow().wresYears).toEqual([]);
  act(() => result.current.hook.choose(new File([yearToCsvText(full)], 'y.csv')));
  expect(result.current.hook.saving.kind).toBe('idle');
  await waitFor(() => expect(result.current.hook.stage.kind).toBe('preview'));
});

test('a file that cannot be read at all is named with why', async () => {
  const { result } = await renderPlanHook(() => useImportWres(), memoryPlanStorage());
  const broken = new File(['x'], 'broken.csv');
  Object.defineProperty(broken, 'arrayBuffer', { value: () => Promise.reject(new Error('The disk went away.')) });
  act(() => result.current.hook.choose(broken));
  await waitFor(() => expect(result.current.hook.stage).toEqual({ kind: 'unreadable', message: 'broken.csv could not be read: The disk went away.' }));
});
