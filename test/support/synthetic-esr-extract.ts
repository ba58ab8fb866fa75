/**
 * Synthetic ESR-style staff-in-post extracts: no real people. A seeded generator makes the same
 * file every time. Each row carries a unique made-up employee number and name, so a test can look
 * for any of them in network traffic. The expected counts are tallied here from the generator's
 * own table of codes, independently of the app's aggregator.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { seededRandom } from '../../api/src/local/graph/faults';

export const ESR_TITLE = 'Staff in Post - Synthetic Extract at 31/03/2026';
export const ESR_HEADER = 'Employee Number,Assignment Number,Full Name,Ethnic Origin,Staff Group,Pay Band,Assignment Category';

const ORIGINS: readonly [string, 'white' | 'bme' | 'unknown'][] = [
  ['A White - British', 'white'],
  ['A White - British', 'white'],
  ['A White - British', 'white'],
  ['A White - British', 'white'],
  ['B White - Irish', 'white'],
  ['C3 White - Any other white background', 'white'],
  ['D Mixed - White & Black Caribbean', 'bme'],
  ['H Asian or Asian British - Indian', 'bme'],
  ['J Asian or Asian British - Pakistani', 'bme'],
  ['LH Asian or Asian British - British Asian', 'bme'],
  ['M Black or Black British - Caribbean', 'bme'],
  ['N Black or Black British - African', 'bme'],
  ['R Other Ethnic Groups - Chinese', 'bme'],
  ['S Any Other Ethnic Group', 'bme'],
  ['Z Not Stated', 'unknown'],
  ['', 'unknown'],
];
const GROUPS: readonly [string, readonly string[]][] = [
  ['Nursing and Midwifery Registered', ['Band 5', 'Band 6', 'Band 7', 'Band 8a']],
  ['Additional Clinical Services', ['Band 2', 'Band 3', 'Band 4']],
  ['Administrative and Clerical', ['Band 2', 'Band 3', 'Band 4', 'Band 5', 'Band 8b', 'VSM']],
  ['Medical and Dental', ['Consultant', 'Specialty Doctor', 'Foundation Year 1']],
  ['Estates and Ancillary', ['Band 1', 'Band 2']],
];

export interface SyntheticExtract {
  readonly rows: number;
  readonly bytes: number;
  readonly headcount: { white: number; bme: number; unknown: number };
}

/** The employee number of row `i` (0-based): unique, and found nowhere else. */
export const employeeNumber = (i: number): string => `SYN${String(i + 1).padStart(8, '0')}`;

/** Writes an extract of `rows` people, with a title line above the header as ESR reports have. */
export async function writeSyntheticEsrExtract(file: string, rows: number): Promise<SyntheticExtract> {
  const next = seededRandom(20260331);
  const headcount = { white: 0, bme: 0, unknown: 0 };
  const out = createWriteStream(file);
  let bytes = 0;
  let batch = `${ESR_TITLE}\r\n${ESR_HEADER}\r\n`;
  for (let i = 0; i < rows; i += 1) {
    const [origin, group] = ORIGINS[Math.floor(next() * ORIGINS.length)] as (typeof ORIGINS)[number];
    const [staffGroup, bands] = GROUPS[Math.floor(next() * GROUPS.length)] as (typeof GROUPS)[number];
    const band = bands[Math.floor(next() * bands.length)] as string;
    headcount[group] += 1;
    batch += `${employeeNumber(i)},${employeeNumber(i)}-1,"Synthetic, Person ${i + 1}",${origin},${staffGroup},${band},Permanent\r\n`;
    if (batch.length > 1 << 20) {
      bytes += Buffer.byteLength(batch);
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  bytes += Buffer.byteLength(batch);
  out.end(batch);
  await once(out, 'finish');
  return { rows, bytes, headcount };
}
