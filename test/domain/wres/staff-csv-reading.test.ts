/**
 * The benchmark's CSV reader (bench/aggregate-with-papaparse.ts) takes papaparse's fast path only
 * for chunks without quotes. Real ESR extracts quote fields, so check that quoted fields, quoted
 * line breaks and multi-byte characters split across reads all reach the aggregator intact.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateWithPapaparse } from '../../../bench/aggregate-with-papaparse';
import { type StaffRecord, createStaffAggregator } from '../../../src/domain/wres';

const dir = mkdtempSync(join(tmpdir(), 'wres-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text, 'utf8');
  return file;
}

// Columns in another order than the generator writes them, found by name.
const HEADER = 'staff_group,ethnic_code,pay_band,clinical,in_workforce,shortlisted,appointed,disciplinary,training,board_voting,board_executive';
const TEXT = [
  HEADER,
  '"Nursing, Midwifery ""Registered""",A,Band 5,1,1,0,0,0,1,0,0',
  '"Administrative\nand Clerical",M,"Band 8a",0,1,0,0,1,0,1,1',
  'Médical and Dental,É,Consultant,1,1,0,0,0,0,0,0',
  'Additional Clinical Services,C2,Band 3,1,1,0,0,0,1,0,0',
  ',H,,0,0,1,1,0,0,0,0',
  '',
].join('\n');

const EXPECTED: StaffRecord[] = [
  { staffGroup: 'Nursing, Midwifery "Registered"', ethnicCode: 'A', band: 'Band 5', clinical: true, inWorkforce: true, accessedTraining: true },
  {
    staffGroup: 'Administrative\nand Clerical',
    ethnicCode: 'M',
    band: 'Band 8a',
    clinical: false,
    inWorkforce: true,
    enteredDisciplinary: true,
    boardVoting: true,
    boardExecutive: true,
  },
  { staffGroup: 'Médical and Dental', ethnicCode: 'É', band: 'Consultant', clinical: true, inWorkforce: true },
  { staffGroup: 'Additional Clinical Services', ethnicCode: 'C2', band: 'Band 3', clinical: true, inWorkforce: true, accessedTraining: true },
  { staffGroup: '', ethnicCode: 'H', band: '', clinical: false, inWorkforce: false, shortlisted: true, appointed: true },
];

function direct(records: readonly StaffRecord[]) {
  const aggregator = createStaffAggregator();
  aggregator.add(records);
  return aggregator.result();
}

describe('reading an ESR-style CSV into the aggregator', () => {
  test.each([1, 2, 3, 7, 64, 65536])('quoted fields and multi-byte text survive %p-byte reads', async (chunkBytes) => {
    const result = await aggregateWithPapaparse(fileWith(`quoted-${chunkBytes}.csv`, TEXT), chunkBytes);
    expect(result).toEqual(direct(EXPECTED));
    expect(result.records).toBe(5);
  });

  test('a missing column is named', async () => {
    await expect(aggregateWithPapaparse(fileWith('missing.csv', 'ethnic_code,pay_band\nA,Band 5\n'))).rejects.toThrow('the extract has no staff_group column');
  });

  test('a row with the wrong number of fields is refused', async () => {
    await expect(aggregateWithPapaparse(fileWith('short.csv', `${HEADER}\nA,Band 5\n`))).rejects.toThrow('row 1 has 2 fields, not 11');
  });
});
