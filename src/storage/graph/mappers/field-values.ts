import { isIsoDate, londonDate } from '../../../domain/shared';

/**
 * A SharePoint date-only value as a UK calendar date. Graph returns date-only columns as instants
 * (midnight on the site's clock, in UTC), so 31 March in a UK site can arrive as
 * `2025-03-30T23:00:00Z` in summer time; reading the London date of the instant undoes that.
 */
export function readDateOnly(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (isIsoDate(value)) return value;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : londonDate(instant);
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
