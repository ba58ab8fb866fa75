import type { z } from 'zod/mini';
import { type StaffGroup, bandsFor } from './bands';
import type { GroupCounts } from './ethnicity';

const GROUP_KEYS = ['white', 'bme', 'unknown'] as const;

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/**
 * Adds an issue for every ethnic group whose events exceed its population, e.g.
 * `indicator2.appointed.bme (45) is more than indicator2.shortlisted.bme (40)`.
 */
export function checkEventsWithinPopulation(
  ctx: z.core.$RefinementCtx,
  indicator: string,
  within: readonly string[],
  names: { readonly events: string; readonly population: string },
  events: GroupCounts,
  population: GroupCounts,
): void {
  const prefix = [indicator, ...within].join('.');
  for (const key of GROUP_KEYS) {
    // A count that already broke its own rule (negative, fractional) has been reported; comparing it adds noise.
    if (!isCount(events[key]) || !isCount(population[key])) continue;
    if (events[key] > population[key]) {
      ctx.addIssue({
        code: 'custom',
        path: [...within, names.events, key],
        input: events[key],
        message: `${prefix}.${names.events}.${key} (${events[key]}) is more than ${prefix}.${names.population}.${key} (${population[key]})`,
      });
    }
  }
}

interface RowKey {
  readonly staffGroup: StaffGroup;
  readonly band: string;
}

/** Every band must belong to its staff group, and no (staff group, band) pair may appear twice. */
export function checkIndicator1Rows(rows: readonly RowKey[], ctx: z.core.$RefinementCtx): void {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const allowed = bandsFor(row.staffGroup);
    if (!allowed.includes(row.band)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows', index, 'band'],
        input: row.band,
        message: `indicator1.rows[${index}].band (${JSON.stringify(row.band)}) is not a band of ${row.staffGroup} staff: use one of ${allowed.join(', ')}`,
      });
      return;
    }
    const key = `${row.staffGroup}|${row.band}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: ['rows', index],
      message: `indicator1.rows[${index}] repeats ${row.staffGroup} ${row.band}, already given in indicator1.rows[${first}]`,
    });
  });
}
