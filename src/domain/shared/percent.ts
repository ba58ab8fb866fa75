import { round1 } from './rounding';

/**
 * `part / whole × 100`, unrounded, or `null` when `whole` is 0 so that no caller can show
 * NaN or Infinity. Units: percent (0–100 when part ≤ whole).
 */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return (part / whole) * 100;
}

/** {@link percentOf} rounded half away from zero to 1 dp; `null` when `whole` is 0. */
export function percentOf1dp(part: number, whole: number): number | null {
  const value = percentOf(part, whole);
  return value === null ? null : round1(value);
}
