import { createStaffAggregator } from '../../../src/domain/wres';
import { aggregatesByFile, planStaffImport } from '../../../src/features/wres-data/staff-import-plan';
import type { StaffFileCounts } from '../../../src/features/wres-data/staff-job';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { exampleYear } from '../reports/downloads';

function counted(kind: StaffFileCounts['kind'], rows: { ethnicCode: string; staffGroup?: string; band?: string }[]): StaffFileCounts {
  const aggregator = createStaffAggregator();
  for (const row of rows) aggregator.addRow({ inWorkforce: kind === 'staff', ...row });
  return { kind, fileName: `${kind}.csv`, aggregate: aggregator.result(), blankRows: 0, letters: {} };
}

const staff = () =>
  counted('staff', [
    { ethnicCode: 'A', staffGroup: 'Administrative and Clerical', band: 'Band 4' },
    { ethnicCode: 'H', staffGroup: 'Administrative and Clerical', band: 'Band 4' },
  ]);

test('every count needs the staff-in-post file; the others sit beside it by kind', () => {
  expect(aggregatesByFile([counted('training', [{ ethnicCode: 'A' }])])).toBeUndefined();
  const byKind = aggregatesByFile([counted('training', [{ ethnicCode: 'A' }]), staff()]);
  expect(Object.keys(byKind ?? {}).toSorted()).toEqual(['staff', 'training']);
  expect(byKind?.training?.accessedTraining).toBeDefined();
});

test('counts for a stored year replace only the indicators the files give, and say which are kept', () => {
  const stored = memoryPlanStorage({ wresYears: [exampleYear()] }).snapshotNow().wresYears;
  const plan = planStaffImport([staff()], { name: ' Demo NHS Trust ', odsCode: ' RXX ', year: '2024' }, stored);
  expect(plan?.stored).toBe(stored[0]);
  expect(plan?.kept).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
  expect(plan?.imported.organisation).toEqual({ name: 'Demo NHS Trust', odsCode: 'RXX' });
  if (plan?.validated.ok !== true) throw new Error('expected valid counts');
  expect(plan.validated.value.indicator5).toEqual(exampleYear().indicator5);
  expect(plan.validated.value.indicator1?.rows).toEqual([{ staffGroup: 'non-clinical', band: 'Band 4', white: 1, bme: 1, unknown: 0 }]);
});

test('another year stores the counts alone', () => {
  const stored = memoryPlanStorage({ wresYears: [exampleYear()] }).snapshotNow().wresYears;
  const plan = planStaffImport([staff()], { name: 'Demo NHS Trust', odsCode: 'RXX', year: '2025' }, stored);
  expect(plan?.stored).toBeUndefined();
  expect(plan?.kept).toEqual([]);
  expect(plan?.validated.ok && plan.validated.value.indicator5).toBeUndefined();
});
