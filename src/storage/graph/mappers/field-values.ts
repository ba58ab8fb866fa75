import { isIsoDate } from '../../../domain/shared';

const DAY_MS = 86_400_000;

/**
 * The dates read so far (null for text that is no date). A long plan has tens of thousands of
 * actions and few distinct due dates, so each instant is worked out once, not once per action.
 * Bounded, so a tab left open for months never holds more than this many.
 */
const datesRead = new Map<string, string | null>();
const MAX_REMEMBERED_DATES = 10_000;

/**
 * A SharePoint date-only value as a calendar date. Graph returns a date-only column as an instant:
 * midnight on the site's clock, in UTC. A UK site in summer sends 1 July as `2025-06-30T23:00:00Z`,
 * a site at UTC+10 as `2025-06-30T14:00:00Z`, one at UTC−8 as `2025-07-01T08:00:00Z`. Whatever the
 * site's time zone, that instant lies within 12 hours of the date's UTC midnight, so rounding to the
 * nearest UTC midnight gives the date back (a half day rounds up, so UTC+12 reads right). Zones past
 * +12 (UTC+13, +14) would need the site's regional settings, which Graph v1.0 does not expose on a site.
 */
export function readDateOnly(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let date = datesRead.get(value);
  if (date === undefined) {
    date = dateOf(value);
    if (datesRead.size >= MAX_REMEMBERED_DATES) datesRead.clear();
    datesRead.set(value, date);
  }
  return date ?? undefined;
}

function dateOf(value: string): string | null {
  if (isIsoDate(value)) return value;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return null;
  return new Date(Math.floor((instant + DAY_MS / 2) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

export function readText(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

export function readOptionalText(value: unknown): string | undefined {
  const text = readText(value);
  return text === '' ? undefined : text;
}

export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A multi-choice column: Graph returns a string array. */
export function readChoices(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** Graph writes a multi-choice column only with its collection type annotated. */
export function writeChoices(name: string, values: readonly string[]): Record<string, unknown> {
  return { [`${name}@odata.type`]: 'Collection(Edm.String)', [name]: [...values] };
}

export function readJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || value === '') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

/** SharePoint's single-line text limit; the Title column is always single-line. */
export function titleText(text: string): string {
  return text.length <= 255 ? text : `${text.slice(0, 254)}…`;
}
