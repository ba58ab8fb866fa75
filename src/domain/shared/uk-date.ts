/**
 * Calendar dates as people in the UK read them. Due dates are calendar days, not instants, so
 * they travel as ISO `YYYY-MM-DD` strings and never as `Date` objects, which would carry a
 * time zone. All arithmetic goes through `Date.UTC`, so the host's own time zone never leaks in.
 */

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day first, then month, then a four-digit year, with one kind of separator: 15/09/2027, 15.9.2027, 15-09-2027, 15 09 2027.
const UK_DATE = /^(\d{1,2})([/.\- ])(\d{1,2})\2(\d{4})$/;
// Eight digits with no separator read as ddmmyyyy, never mmddyyyy: 15092027 is 15 September 2027.
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
const MS_PER_DAY = 86_400_000;

/** `value` written with at least `width` digits. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`. Worked out directly rather than with Date.UTC, which reads years 0 to 99 as 1900 to 1999. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The ISO date of these numbers, or `null` when they are not a real date. */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A typed date split into its numbers, day first, before checking that they make a real date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The numbers of a date written ISO `YYYY-MM-DD`, day-first with a separator, or as eight digits ddmmyyyy; `null` for any other shape. */
export function datePartsOf(text: string): DateParts | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const uk = UK_DATE.exec(text);
  if (uk) return { year: Number(uk[4]), month: Number(uk[3]), day: Number(uk[1]) };
  const digits = DIGITS_ONLY.exec(text);
  if (digits) return { year: Number(digits[3]), month: Number(digits[2]), day: Number(digits[1]) };
  return null;
}

/**
 * True when `text` is a real calendar date written `YYYY-MM-DD` (so 2023-02-29 is false and
 * 2024-02-29 is true).
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

/**
 * Reads a date as UK users type it, day first: `DD/MM/YYYY` (one or two digits for the day and
 * month; `/`, `.`, `-` or a space between them), eight digits `DDMMYYYY`, or ISO `YYYY-MM-DD`,
 * and returns the ISO form; `null` when it is none of these or not a real date. `03/04/2025` is
 * 3 April, never 4 March, and `04152025` is refused rather than read as 15 April.
 */
export function parseUkDate(text: string): IsoDate | null {
  const parts = datePartsOf(text.trim());
  return parts && isoFromParts(parts.year, parts.month, parts.day);
}

/** Writes an ISO date the UK way, `DD/MM/YYYY`. The input must already be a valid ISO date. */
export function formatUkDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Days since 1970 of the dates read so far. A plan has many actions and few distinct due dates, and
 * a long plan's summaries compare every action with today, so each date is read once. Bounded, so
 * a process that runs for months never holds more than this many.
 */
const utcDays = new Map<IsoDate, number>();
const MAX_REMEMBERED_DAYS = 10_000;

function utcDay(date: IsoDate): number {
  let days = utcDays.get(date);
  if (days === undefined) {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    days = Date.UTC(year, month - 1, day) / MS_PER_DAY;
    if (utcDays.size >= MAX_REMEMBERED_DAYS) utcDays.clear();
    utcDays.set(date, days);
  }
  return days;
}

/**
 * Whole calendar days from `from` to `to` (positive when `to` is later). Both must be valid
 * ISO dates. Daylight-saving changes cannot skew the count: both are read as UTC midnights.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return utcDay(to) - utcDay(from);
}

/** The ISO date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((utcDay(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC instant (ms) of 01:00 UTC on the last Sunday of `month` (1-12) in `year`. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month - 1, sunday, 1);
}

/**
 * The calendar date in the UK (Europe/London) at `instant`.
 *
 * Rule, implemented directly so the domain needs no time-zone database: UK clocks are GMT
 * (UTC+0) except during British Summer Time, UTC+1 from 01:00 UTC on the last Sunday in March
 * to 01:00 UTC on the last Sunday in October (Summer Time Order 2002, in force since 2002 and
 * unchanged since). Dates before 2002 may be an hour out at the change-over; this app has none.
 * So 2025-03-30T00:59Z is 30 March GMT, and 2025-06-30T23:30Z is already 1 July in London.
 */
export function londonDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  const year = instant.getUTCFullYear();
  const inSummerTime = ms >= lastSundayAt0100Utc(year, 3) && ms < lastSundayAt0100Utc(year, 10);
  const local = new Date(ms + (inSummerTime ? 3_600_000 : 0));
  return local.toISOString().slice(0, 10);
}

/**
 * The NHS plan (financial) year containing `date`, written `2024/25`: 1 April to 31 March.
 * So 2025-03-31 is in 2024/25 and 2025-04-01 is in 2025/26.
 */
export function planYearOf(date: IsoDate): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const start = month >= 4 ? year : year - 1;
  return `${start}/${pad((start + 1) % 100, 2)}`;
}

/**
 * First and last ISO dates of a plan year written `YYYY/YY` (e.g. `2024/25` → 2024-04-01 to
 * 2025-03-31), or `null` when the text is not that form or the two years are not consecutive.
 */
export function planYearRange(planYear: string): { start: IsoDate; end: IsoDate } | null {
  const match = /^(\d{4})\/(\d{2})$/.exec(planYear);
  if (match === null) return null;
  const start = Number(match[1]);
  if ((start + 1) % 100 !== Number(match[2])) return null;
  return { start: `${match[1]}-04-01`, end: `${pad(start + 1, 4)}-03-31` };
}
