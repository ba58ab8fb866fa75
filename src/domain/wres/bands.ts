/** How indicator 1 splits the workforce (wres.md §4, indicator 1). */
export const STAFF_GROUPS = ['non-clinical', 'clinical', 'medical-dental'] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

/** Agenda for Change bands and VSM, in pay order. */
export const AFC_BANDS = [
  'Band 1',
  'Band 2',
  'Band 3',
  'Band 4',
  'Band 5',
  'Band 6',
  'Band 7',
  'Band 8a',
  'Band 8b',
  'Band 8c',
  'Band 8d',
  'Band 9',
  'VSM',
] as const;
export type AfcBand = (typeof AFC_BANDS)[number];

/** Medical and dental grades as the WRES template groups them (the list is [U] in wres.md). */
export const MEDICAL_GRADES = ['Consultant', 'Non-consultant career grade', 'Trainee grade', 'Other'] as const;
export type MedicalGrade = (typeof MEDICAL_GRADES)[number];

/** Bands counted as senior for indicator 1's summary: 8a and above, and VSM. */
export const SENIOR_BANDS: readonly AfcBand[] = ['Band 8a', 'Band 8b', 'Band 8c', 'Band 8d', 'Band 9', 'VSM'];

/** The bands or grades allowed for a staff group: AfC bands for non-clinical and clinical, grades for medical-dental. */
export function bandsFor(group: StaffGroup): readonly string[] {
  return group === 'medical-dental' ? MEDICAL_GRADES : AFC_BANDS;
}

/** Pay-order position of a band or grade within its staff group, for sorting; -1 if not allowed. */
export function bandOrder(group: StaffGroup, band: string): number {
  return bandsFor(group).indexOf(band);
}
