/**
 * Checking a date someone typed, kept apart from `uk-date.ts` so that pages which only show dates
 * (the dashboard, whose first download is on a budget) do not carry the wording of its messages.
 */
import { type DateParts, type IsoDate, datePartsOf, daysInMonth, formatUkDate, isoFromParts, pad } from './uk-date';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The first day of the plan: 1 April of its first WRES year. A WRES year's counts are taken at
 * 31 March, so the plan that answers them starts with the plan year that begins the next day
 * (WRES 2022 → 2022-04-01). `undefined` for a plan with no WRES year yet.
 */
export function planBeganOn(wresYears: readonly number[]): IsoDate | undefined {
  if (wresYears.length === 0) return undefined;
  return `${pad(Math.min(...wresYears), 4)}-04-01`;
}

/** How far ahead a typed date may be: anything later is almost certainly a slip of the keyboard. */
const MAX_YEARS_AHEAD = 5;

/** The same calendar day `years` years after `date`; 29 February becomes 28 February in a common year. */
function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  return `${pad(target, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysInMonth(target, month)), 2)}`;
}

/** What a typed date is checked against. */
export interface DateRules {
  /** Today in the UK, passed in so the check is reproducible. */
  today: IsoDate;
  /**
   * The earliest sensible date and what it is, e.g. `{ date: '2022-04-01', what: 'the plan began' }`.
   * Without one (a new plan with no WRES year yet) there is no lower limit to check against, so
   * that rule is skipped.
   */
  earliest?: { date: IsoDate; what: string };
}

/** Why a typed date was refused; `message` names the field and says what to type instead. */
export type DateProblem = 'missing' | 'not-a-date' | 'impossible' | 'too-far-ahead' | 'too-early';

export type DateCheck = { ok: true; date: IsoDate } | { ok: false; problem: DateProblem; message: string };

/** Why numbers shaped like a date are not one: 31/02/2027 → "February 2027 has 28 days". */
function impossibleBecause({ year, month, day }: DateParts): string {
  if (month > 12 && day <= 12) return 'the day comes first, dd/mm/yyyy';
  if (month < 1 || month > 12) return 'months run from 01 to 12';
  if (day < 1) return 'days start at 01';
  return `${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
}

/**
 * Checks a date as typed into the field called `field` and returns its ISO form, or a message
 * that names the field: empty, not shaped like a date, not a real date (31/02/2027), more than
 * five years after today, or before `rules.earliest`. Digits are always read day first.
 */
export function checkUkDate(text: string, field: string, rules: DateRules): DateCheck {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'missing', message: `Enter a ${field.toLowerCase()}.` };
  const parts = datePartsOf(typed);
  if (parts === null) {
    return { ok: false, problem: 'not-a-date', message: `${field}: enter a date as dd/mm/yyyy, for example ${formatUkDate(rules.today)}.` };
  }
  const date = isoFromParts(parts.year, parts.month, parts.day);
  if (date === null) return { ok: false, problem: 'impossible', message: `${field}: ${typed} is not a date (${impossibleBecause(parts)}).` };
  const latest = addYears(rules.today, MAX_YEARS_AHEAD);
  if (date > latest) {
    const message = `${field}: ${formatUkDate(date)} is more than ${MAX_YEARS_AHEAD} years ahead. Choose a date up to ${formatUkDate(latest)}.`;
    return { ok: false, problem: 'too-far-ahead', message };
  }
  const earliest = rules.earliest;
  if (earliest && date < earliest.date) {
    const message = `${field}: ${formatUkDate(date)} is before ${earliest.what} on ${formatUkDate(earliest.date)}. Choose a later date.`;
    return { ok: false, problem: 'too-early', message };
  }
  return { ok: true, date };
}

/** The latest date `checkUkDate` accepts on `today`: the same day five years on. */
export function latestUkDate(today: IsoDate): IsoDate {
  return addYears(today, MAX_YEARS_AHEAD);
}
