/**
 * Calendar dates as people in the UK read them. Due dates are calendar days, not instants, so
 * they travel as ISO `YYYY-MM-DD` strings and never as `Date` objects, which would carry a
 * time zone. All arithmetic goes through `Date.UTC`, so the host's own time zone never leaks in.
 */

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MS_PER_DAY = 86_400_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
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
 * Reads a date as UK users type it, `DD/MM/YYYY` (day first, one or two digits), or as ISO
 * `YYYY-MM-DD`, and returns the ISO form; `null` when it is neither or not a real date.
 * `03/04/2025` is 3 April, never 4 March.
 */
export function parseUkDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = UK_DATE.exec(trimmed);
  if (match === null) return null;
  return isoFromParts(Number(match[3]), Number(match[2]), Number(match[1]));
}

/** Writes an ISO date the UK way, `DD/MM/YYYY`. The input must already be a valid ISO date. */
export function formatUkDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

function utcDay(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
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
