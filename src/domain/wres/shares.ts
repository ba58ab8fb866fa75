import { percentOf1dp } from '../shared/percent';
import { type GroupCounts, totalOf } from './ethnicity';
import type { WresOptions } from './options';

/** Counts with their percentages (1 dp; null when there is no one to divide by). */
export interface Share extends GroupCounts {
  readonly total: number;
  readonly whitePercent: number | null;
  readonly bmePercent: number | null;
  /** Share of everyone whose ethnicity is unknown: always over all staff, as it is the share left out. */
  readonly unknownPercent: number | null;
  /** Unrounded BME %, kept so differences are taken before rounding. */
  readonly bmePercentUnrounded: number | null;
}

/**
 * Shares of a group of people. BME % = BME ÷ denominator × 100, where the denominator is
 * White + BME + Unknown ('all-staff') or White + BME ('known-ethnicity'); see
 * {@link WresOptions.percentDenominator}. Unknown % is Unknown ÷ all × 100 either way.
 * Every percentage is null when its denominator is 0.
 */
export function shareOf(counts: GroupCounts, denominator: WresOptions['percentDenominator']): Share {
  const total = totalOf(counts);
  const base = denominator === 'all-staff' ? total : counts.white + counts.bme;
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
