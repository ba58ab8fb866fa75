/** The three groups every WRES count is split into (wres.md §3). */
export type EthnicGroup = 'white' | 'bme' | 'unknown';

/** Each group's name as NHS England's WRES template writes it. */
export const ETHNIC_GROUP_LABELS: Readonly<Record<EthnicGroup, string>> = { white: 'White', bme: 'BME', unknown: 'Unknown' };

/** Counts of people by ethnic group. `unknown` is reported but never enters a ratio. */
export interface GroupCounts {
  readonly white: number;
  readonly bme: number;
  readonly unknown: number;
}

/** A mapping from the first letter of an NHS ethnic category code to its WRES group. */
export type EthnicCodeMapping = Readonly<Record<string, EthnicGroup>>;

/**
 * The NHS Data Dictionary ethnic category letters (wres.md §3): A–C White; D–H, J–N, P, R, S
 * BME; Z (not stated) and X (not known) Unknown. I, O and Q are not used by the dictionary and
 * fall to Unknown rather than being guessed.
 */
export const DEFAULT_ETHNIC_CODE_MAPPING: EthnicCodeMapping = Object.freeze({
  A: 'white',
  B: 'white',
  C: 'white',
  D: 'bme',
  E: 'bme',
  F: 'bme',
  G: 'bme',
  H: 'bme',
  J: 'bme',
  K: 'bme',
  L: 'bme',
  M: 'bme',
  N: 'bme',
  P: 'bme',
  R: 'bme',
  S: 'bme',
  X: 'unknown',
  Z: 'unknown',
});

/**
 * The WRES group of an NHS ethnic category code. ESR's extended local codes ("C2", "C3", "LH")
 * are read by their first letter, case-insensitively, after trimming. Blank, null, undefined and
 * any letter missing from `mapping` give `unknown`, so a code can never be silently counted as
 * White or BME.
 */
export function ethnicGroupOf(code: string | null | undefined, mapping: EthnicCodeMapping = DEFAULT_ETHNIC_CODE_MAPPING): EthnicGroup {
  if (code === null || code === undefined) return 'unknown';
  const letter = code.trim().charAt(0).toUpperCase();
  return mapping[letter] ?? 'unknown';
}

/** White + BME + Unknown. */
export function totalOf(counts: GroupCounts): number {
  return counts.white + counts.bme + counts.unknown;
}

/** Adds two sets of group counts. */
export function addCounts(a: GroupCounts, b: GroupCounts): GroupCounts {
  return { white: a.white + b.white, bme: a.bme + b.bme, unknown: a.unknown + b.unknown };
}

/** Zero in every group. */
export const NO_PEOPLE: GroupCounts = Object.freeze({ white: 0, bme: 0, unknown: 0 });
