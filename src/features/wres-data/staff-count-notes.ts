import { type EthnicCodeMapping, ethnicGroupOf } from '../../domain/wres';
import type { StaffFileCounts } from './staff-job';

const number = (n: number) => n.toLocaleString('en-GB');
const rowsOf = (n: number) => `${number(n)} ${n === 1 ? 'row' : 'rows'}`;

/**
 * What the person should check before saving: rows left out of indicator 1, blank rows skipped,
 * and ethnic codes whose letter the mapping does not know (counted as Unknown, which would be
 * wrong if the column held descriptions such as "White British" rather than codes).
 */
export function staffCountNotes(counts: readonly StaffFileCounts[], mapping: EthnicCodeMapping): string[] {
  const notes: string[] = [];
  for (const file of counts) {
    if (file.kind === 'staff' && file.aggregate.unplacedBand > 0) {
      notes.push(
        `${file.fileName}: ${number(file.aggregate.unplacedBand)} ${file.aggregate.unplacedBand === 1 ? 'person has' : 'staff have'} a pay band that is neither an Agenda for Change band nor a medical grade; they are in the headcount but not in indicator 1.`,
      );
    }
    if (file.blankRows > 0)
      notes.push(`${file.fileName}: ${rowsOf(file.blankRows)} with every chosen column blank ${file.blankRows === 1 ? 'was' : 'were'} skipped.`);
    const strange = Object.entries(file.letters).filter(([letter]) => letter !== '' && !(letter in mapping) && ethnicGroupOf(letter, mapping) === 'unknown');
    if (strange.length > 0) {
      const rows = strange.reduce((sum, [, n]) => sum + n, 0);
      const letters = strange.map(([letter]) => `"${letter}"`).join(', ');
      notes.push(
        `${file.fileName}: ${rowsOf(rows)} ${rows === 1 ? 'has an ethnic code' : 'have ethnic codes'} starting ${letters}, which ${strange.length === 1 ? 'is not an ethnic category letter' : 'are not ethnic category letters'}, so they are counted as Unknown. Check the ethnic category column holds codes, or map the letter under Ethnic categories.`,
      );
    }
  }
  return notes;
}
