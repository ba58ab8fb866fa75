import fc from 'fast-check';
import { formatUkDate, isIsoDate, parseUkDate } from '../../../src/domain/shared/uk-date';
import { checkUkDate, latestUkDate, planBeganOn } from '../../../src/domain/shared/uk-date-check';

const TODAY = '2026-12-01';
const PLAN = { today: TODAY, earliest: { date: '2022-04-01', what: 'the plan began' } };

describe('checkUkDate: a typed date, or a message that names the field', () => {
  test.each([
    ['15/09/2027', '2027-09-15'],
    ['15092027', '2027-09-15'],
    [' 1/4/2022 ', '2022-04-01'],
    ['2031-12-01', '2031-12-01'],
    ['01/12/2031', '2031-12-01'],
    ['29/02/2028', '2028-02-29'],
  ])('%p is accepted as %p', (typed, date) => {
    expect(checkUkDate(typed, 'Due date', PLAN)).toEqual({ ok: true, date });
  });

  test.each([
    ['', 'missing', 'Enter a due date.'],
    ['   ', 'missing', 'Enter a due date.'],
    ['next Tuesday', 'not-a-date', 'Due date: enter a date as dd/mm/yyyy, for example 01/12/2026.'],
    ['15/09/27', 'not-a-date', 'Due date: enter a date as dd/mm/yyyy, for example 01/12/2026.'],
    ['31/02/2027', 'impossible', 'Due date: 31/02/2027 is not a date (February 2027 has 28 days).'],
    ['29/02/2027', 'impossible', 'Due date: 29/02/2027 is not a date (February 2027 has 28 days).'],
    ['31/09/2027', 'impossible', 'Due date: 31/09/2027 is not a date (September 2027 has 30 days).'],
    ['09/15/2027', 'impossible', 'Due date: 09/15/2027 is not a date (the day comes first, dd/mm/yyyy).'],
    ['09152027', 'impossible', 'Due date: 09152027 is not a date (the day comes first, dd/mm/yyyy).'],
    ['15/13/2027', 'impossible', 'Due date: 15/13/2027 is not a date (months run from 01 to 12).'],
    ['15/00/2027', 'impossible', 'Due date: 15/00/2027 is not a date (months run from 01 to 12).'],
    ['00/09/2027', 'impossible', 'Due date: 00/09/2027 is not a date (days start at 01).'],
    ['02/12/2031', 'too-far-ahead', 'Due date: 02/12/2031 is more than 5 years ahead. Choose a date up to 01/12/2031.'],
    ['15/09/2032', 'too-far-ahead', 'Due date: 15/09/2032 is more than 5 years ahead. Choose a date up to 01/12/2031.'],
    ['31/03/2022', 'too-early', 'Due date: 31/03/2022 is before the plan began on 01/04/2022. Choose a later date.'],
  ])('%p is refused (%s): %p', (typed, problem, message) => {
    expect(checkUkDate(typed, 'Due date', PLAN)).toEqual({ ok: false, problem, message });
  });

  test('without an earliest date (a plan with no WRES year yet) only the upper limit applies', () => {
    expect(checkUkDate('01/01/2001', 'Due date', { today: TODAY })).toEqual({ ok: true, date: '2001-01-01' });
  });

  test('five years after 29 February is 28 February', () => {
    expect(latestUkDate('2028-02-29')).toBe('2033-02-28');
    expect(latestUkDate('2026-12-01')).toBe('2031-12-01');
  });

  test.each([
    [[], undefined],
    [[2024, 2022, 2023], '2022-04-01'],
    [[2015], '2015-04-01'],
  ])('the plan with WRES years %p began on %p', (years, began) => {
    expect(planBeganOn(years)).toBe(began);
  });
});

// Every real date from year 0 to 9999, built from its parts so invalid days are never generated.
const realDate = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
  .filter(isIsoDate);

const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom('/', '.', '-', ' ', ''), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }))
  .map(([day, separator, month, year]) => ({
    day,
    month,
    text: `${String(day).padStart(2, '0')}${separator}${String(month).padStart(2, '0')}${separator}${String(year).padStart(4, '0')}`,
  }));

describe('properties', () => {
  test('every real date survives formatting and reading back, with or without separators', () => {
    fc.assert(
      fc.property(realDate, (date) => {
        expect(parseUkDate(formatUkDate(date))).toBe(date);
        expect(parseUkDate(formatUkDate(date).replaceAll('/', ''))).toBe(date);
      }),
    );
  });

  test('every input that is accepted is a real date', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          dateLike.map((d) => d.text),
        ),
        (text) => {
          const parsed = parseUkDate(text);
          expect(parsed === null || isIsoDate(parsed)).toBe(true);
        },
      ),
    );
  });

  test('no input is read month first: the first number is always the day', () => {
    fc.assert(
      fc.property(dateLike, ({ day, month, text }) => {
        const parsed = parseUkDate(text);
        expect([null, `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`]).toContain(parsed?.slice(5) ?? null);
      }),
    );
  });

  test('an accepted date lies between the earliest date and five years from today; a refusal names the field', () => {
    fc.assert(
      fc.property(realDate, realDate, realDate, (date, today, earliest) => {
        const check = checkUkDate(formatUkDate(date), 'Due date', { today, earliest: { date: earliest, what: 'the plan began' } });
        const inRange = date >= earliest && date <= latestUkDate(today);
        const outcome = check.ok ? { accepted: check.date } : { refused: check.message.startsWith('Due date: ') };
        expect(outcome).toEqual(inRange ? { accepted: date } : { refused: true });
      }),
    );
  });
});
