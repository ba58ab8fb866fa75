/**
 * Writes a synthetic ESR-style staff extract: no real people, a seeded generator so every run
 * makes the same file. Columns: ethnic_code (NHS letters, ESR extended codes such as C2 and blanks),
 * pay_band, staff_group, clinical, in_workforce and the per-dataset flags (1/0).
 */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { seededRandom } from '../api/src/local/graph/faults';

export const HEADER = 'ethnic_code,pay_band,staff_group,clinical,in_workforce,shortlisted,appointed,disciplinary,training,board_voting,board_executive';

const CODES = ['A', 'A', 'A', 'A', 'A', 'A', 'B', 'C', 'C2', 'C3', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'LH', 'M', 'N', 'P', 'R', 'S', 'SC', 'Z', 'X', ''];
const GROUPS: readonly [string, boolean, readonly string[]][] = [
  ['Nursing and Midwifery Registered', true, ['Band 5', 'Band 6', 'Band 7', 'Band 8a', 'Band 8b']],
  ['Additional Clinical Services', true, ['Band 2', 'Band 3', 'Band 4']],
  ['Administrative and Clerical', false, ['Band 2', 'Band 3', 'Band 4', 'Band 5', 'Band 6', 'Band 7', 'Band 8a', 'Band 8c', 'Band 9', 'VSM']],
  ['Medical and Dental', true, ['Consultant', 'Specialty Doctor', 'Foundation Year 1', 'Specialty Registrar', 'Clinical Fellow']],
  ['Estates and Ancillary', false, ['Band 1', 'Band 2', 'Band 3']],
  ['Allied Health Professionals', true, ['Band 5', 'Band 6', 'Band 7', 'Band 8a']],
];

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)] as T;
const flag = (yes: boolean): string => (yes ? '1' : '0');

/** Writes `rows` records to `file` unless a file of that size already exists there. */
export async function generateEsrCsv(file: string, rows: number): Promise<{ bytes: number; reused: boolean }> {
  if (existsSync(file) && statSync(file).size > rows * 30) return { bytes: statSync(file).size, reused: true };
  mkdirSync(dirname(file), { recursive: true });
  const next = seededRandom(20240331);
  const out = createWriteStream(file);
  let batch = `${HEADER}\n`;
  for (let i = 0; i < rows; i += 1) {
    const [group, clinical, bands] = pick(GROUPS, next());
    const applicant = next() < 0.12;
    const shortlisted = applicant || next() < 0.02;
    batch += `${pick(CODES, next())},${applicant ? '' : pick(bands, next())},${applicant ? '' : group},${flag(clinical)},${flag(!applicant)},${flag(shortlisted)},${flag(shortlisted && next() < 0.25)},${flag(!applicant && next() < 0.01)},${flag(!applicant && next() < 0.45)},${flag(i % 100000 < 12)},${flag(i % 100000 < 6)}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
  return { bytes: statSync(file).size, reused: false };
}
