import { DEFAULT_ETHNIC_CODE_MAPPING, createStaffAggregator } from '../../../src/domain/wres';
import { staffCountNotes } from '../../../src/features/wres-data/staff-count-notes';
import type { StaffFileCounts } from '../../../src/features/wres-data/staff-job';

function counts(change: Partial<StaffFileCounts> & { unplaced?: number }): StaffFileCounts {
  const aggregator = createStaffAggregator();
  for (let i = 0; i < (change.unplaced ?? 0); i += 1) aggregator.addRow({ ethnicCode: 'A', band: 'Non-AfC', staffGroup: 'Administrative and Clerical' });
  return { kind: 'staff', fileName: 'esr.csv', aggregate: aggregator.result(), blankRows: 0, letters: { A: 10 }, ...change };
}

describe('what to check before saving', () => {
  test('nothing to say about a clean file', () => {
    expect(staffCountNotes([counts({})], DEFAULT_ETHNIC_CODE_MAPPING)).toEqual([]);
  });

  test('staff outside indicator 1, skipped rows and unknown code letters are each named with their file', () => {
    expect(staffCountNotes([counts({ unplaced: 2, blankRows: 3, letters: { A: 5, W: 1200, B: 3, Q: 1, '': 4 } })], DEFAULT_ETHNIC_CODE_MAPPING)).toEqual([
      'esr.csv: 2 staff have a pay band that is neither an Agenda for Change band nor a medical grade; they are in the headcount but not in indicator 1.',
      'esr.csv: 3 rows with every chosen column blank were skipped.',
      'esr.csv: 1,201 rows have ethnic codes starting "W", "Q", which are not ethnic category letters, so they are counted as Unknown. Check the ethnic category column holds codes, or map the letter under Ethnic categories.',
    ]);
  });

  test('a letter mapped by the person is no longer questioned; other files are not checked for bands', () => {
    expect(
      staffCountNotes([counts({ kind: 'training', fileName: 't.csv', unplaced: 1, letters: { W: 2 } })], { ...DEFAULT_ETHNIC_CODE_MAPPING, W: 'white' }),
    ).toEqual([]);
  });
});
