import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { PlanDataProvider } from '../../../src/app/plan-data';
import { ruleWordsOf, smallCountsWords, useReportsHome, type ReportFile } from '../../../src/features/reports/use-reports-home';
import type { PlanStorage } from '../../../src/storage/ports';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { TEST_USER } from '../../support/render-with-plan';
import { exampleYear } from './downloads';

/** The reports hook over a plan in memory (not waiting for it to load). */
function renderReports(storage: PlanStorage) {
  const location = memoryLocation({ path: '/' });
  const wrapper = ({ children }: { children: ReactNode }) => (
    // oxlint-disable-next-line react/hooks -- wouter's documented API takes the location hook as a prop.
    <Router hook={location.hook}>
      <PlanDataProvider storage={storage} user={TEST_USER} canEdit clock={() => new Date('2026-11-26T09:00:00Z')} subscribeRetries={() => () => undefined}>
        {children}
      </PlanDataProvider>
    </Router>
  );
  return renderHook(() => useReportsHome(), { wrapper });
}

test('the suppression rule is said in words', () => {
  expect([1, 2, 5].map(smallCountsWords)).toEqual(['No counts', 'Counts of 1', 'Counts from 1 to 4']);
  expect(ruleWordsOf({ method: 'threshold', threshold: 10 })).toBe('Counts from 1 to 9 (below the threshold of 10 in Settings) show as *.');
  expect(ruleWordsOf({ method: 'nhs-digital-2018', threshold: 5 })).toMatch(/^By NHS Digital's 2018 rule/);
});

test('the files are of the newest year until another is chosen', async () => {
  const { result } = renderReports(memoryPlanStorage({ wresYears: [exampleYear({ year: 2023 }), exampleYear()], settings: { odsCode: 'RXX' } }));
  await waitFor(() => expect(result.current.year).toBe(2024));
  expect(result.current.boardLink).toBe('/board/2024');
  expect(result.current.publicationFiles.map((file) => [file.fileName, file.make !== undefined])).toEqual([
    ['publication-wres-RXX-2024.csv', true],
    ['publication-action-plan-RXX.csv', true],
    ['publication-pack-RXX-2024.xlsx', true],
  ]);
  act(() => result.current.chooseYear(2023));
  expect(result.current.boardFile.fileName).toBe('board-report-RXX-2023.xlsx');
  expect(result.current.wresFiles[0]).toMatchObject({ label: 'WRES 2023 data (XLSX)', fileName: 'wres-RXX-2023.xlsx' });
});

test('with no WRES year, the files that need one cannot be made', async () => {
  let loaded = false;
  const storage = memoryPlanStorage();
  const load = storage.load.bind(storage);
  const { result } = renderReports({ ...storage, load: () => load().finally(() => (loaded = true)) });
  await waitFor(() => expect(loaded).toBe(true));
  expect(result.current.year).toBeUndefined();
  expect(result.current.publicationFiles[0]?.make).toBeUndefined();
  expect(result.current.wresFiles[0]).toMatchObject({ label: 'WRES year data (XLSX)', make: undefined });
  expect(result.current.actionsFile.make).toBeDefined();
});

test('one file is made at a time, and a file that could not be made says why and which', async () => {
  const { result } = renderReports(memoryPlanStorage());
  const finish: { fail?: (error: Error) => void } = {};
  const failing: ReportFile = { label: 'Broken (CSV)', fileName: 'broken.csv', make: () => new Promise<void>((_resolve, reject) => (finish.fail = reject)) };
  const other: ReportFile = { label: 'Other (CSV)', fileName: 'other.csv', make: () => undefined };
  act(() => result.current.downloadFile(failing));
  expect(result.current.download.busy).toBe(true);
  act(() => result.current.downloadFile(other));
  expect(result.current.asked).toBe(failing);
  await act(async () => finish.fail?.(new Error('The workbook library could not be loaded.')));
  await waitFor(() => expect(result.current.download.status).toMatchObject({ kind: 'failed', message: 'The workbook library could not be loaded.' }));
  expect(result.current.asked?.fileName).toBe('broken.csv');
  act(() => result.current.downloadFile(other));
  await waitFor(() => expect(result.current.download.status).toEqual({ kind: 'done', value: 'other.csv' }));
});
