import { percentOf1dp } from '../shared/percent';
import { type GroupCounts, totalOf } from './ethnicity';
import type { WresOptions } from './options';

/** Counts with their percentages (1 dp; null when there is no figure to give). */
export interface Share extends GroupCounts {
  readonly total: number;
  /** White %, 1 dp; null when no one in the group has a known ethnicity. */
  readonly whitePercent: number | null;
  /** BME %, 1 dp; null when no one in the group has a known ethnicity (never 0% for that). */
  readonly bmePercent: number | null;
  /** Share of everyone whose ethnicity is unknown: always over all staff, as it is the share left out. */
  readonly unknownPercent: number | null;
  /** Unrounded BME %, kept so differences are taken before rounding; null exactly when `bmePercent` is. */
  readonly bmePercentUnrounded: number | null;
}

/**
 * Shares of a group of people. BME % = BME ÷ denominator × 100, where the denominator is
 * White + BME + Unknown ('all-staff') or White + BME ('known-ethnicity'); see
 * {@link WresOptions.percentDenominator}. White % likewise. Unknown % is Unknown ÷ all × 100
 * either way. Percentages are rounded half away from zero to 1 dp.
 *
 * Edge cases: a group in which no one has a known ethnicity (White + BME = 0) gives no White or
 * BME figure (null), whichever the denominator: 0 BME out of 12 people of unknown ethnicity is
 * not "0% BME", it is no figure. Its Unknown % is still given (100% when anyone is counted).
 * An empty group gives null for every percentage.
 */
export function shareOf(counts: GroupCounts, denominator: WresOptions['percentDenominator']): Share {
  const total = totalOf(counts);
  const known = counts.white + counts.bme;
  // No one of known ethnicity: no figure for White or BME, even over all staff.
  const base = known === 0 ? 0 : denominator === 'all-staff' ? total : known;
  return {
    white: counts.white,
    bme: counts.bme,
    unknown: counts.unknown,
    total,
    whitePercent: percentOf1dp(counts.white, base),
    bmePercent: percentOf1dp(counts.bme, base),
    unknownPercent: percentOf1dp(counts.unknown, total),
    bmePercentUnrounded: base === 0 ? null : (counts.bme / base) * 100,
  };
}
