import { at, present } from '../shared/checked-access';
import { type AfcBand, type MedicalGrade, type StaffGroup, AFC_BANDS, MEDICAL_GRADES } from './bands';

/** Where a staff record sits in indicator 1, or null when its band cannot be read. */
export interface BandPlacement {
  readonly staffGroup: StaffGroup;
  readonly band: string;
}

const AFC_IN_TEXT = /\bband\s*(8\s*[a-d]|[1-9])\b/i;
const BARE_AFC = /^\s*(8\s*[a-d]|[1-9])\s*$/i;
const VSM = /^\s*(vsm|very senior manager)/i;

/** Reads an AfC band from ESR text ("Band 5", "band 8A", "Review Body Band 6", "8b", "VSM"); null if none. */
export function readAfcBand(text: string): AfcBand | null {
  if (VSM.test(text)) return 'VSM';
  const match = AFC_IN_TEXT.exec(text) ?? BARE_AFC.exec(text);
  if (match === null) return null;
  const code = at(match, 1).replace(/\s+/g, '').toLowerCase();
  // The pattern admits only 1–9 and 8a–8d, each of which is an AfC band.
  return present(
    AFC_BANDS.find((band) => band === `Band ${code}`),
    `AfC band ${code}`,
  );
}

/**
 * Reads a medical and dental grade: an exact WRES grade name (any case), else by ESR grade
 * words: "consultant" → Consultant; specialty doctor, associate specialist, staff grade →
 * Non-consultant career grade; foundation, registrar, core or specialty training, trainee →
 * Trainee grade; anything else → Other (the template's own catch-all).
 */
export function readMedicalGrade(text: string): MedicalGrade {
  const exact = MEDICAL_GRADES.find((grade) => grade.toLowerCase() === text.trim().toLowerCase());
  if (exact !== undefined) return exact;
  if (/consultant/i.test(text)) return 'Consultant';
  if (/specialty doctor|associate specialist|staff grade|specialist grade/i.test(text)) return 'Non-consultant career grade';
  if (/foundation|registrar|training|trainee/i.test(text)) return 'Trainee grade';
  return 'Other';
}

/** ESR staff groups counted as medical and dental. */
function isMedicalDentalGroup(staffGroup: string): boolean {
  return /medical|dental/i.test(staffGroup);
}

/**
 * Default placement of an ESR record: medical and dental staff by grade; everyone else by AfC
 * band, clinical or non-clinical by the record's clinical flag. Null when an AfC band cannot be
 * read (such records still count in headcounts, and are reported as excluded from indicator 1).
 */
export function placeRecord(staffGroup: string, band: string, clinical: boolean): BandPlacement | null {
  if (isMedicalDentalGroup(staffGroup)) return { staffGroup: 'medical-dental', band: readMedicalGrade(band) };
  const afc = readAfcBand(band);
  return afc === null ? null : { staffGroup: clinical ? 'clinical' : 'non-clinical', band: afc };
}
