import { addDays, daysBetween, formatUkDate, isIsoDate, londonDate, parseUkDate, planYearOf, planYearRange } from '../../../src/domain/shared/uk-date';

describe('UK calendar dates', () => {
  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['25-01-01', false],
    ['2025-1-1', false],
  ])('isIsoDate(%p) is %p', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  test.each([
    ['03/04/2025', '2025-04-03'],
    ['3/4/2025', '2025-04-03'],
    [' 31/03/2025 ', '2025-03-31'],
    ['2025-03-31', '2025-03-31'],
    ['31/04/2025', null],
    ['04/31/2025', null],
    ['15092027', '2027-09-15'],
    ['09152027', null],
    ['15.9.2027', '2027-09-15'],
    ['15-09-2027', '2027-09-15'],
    ['15 09 2027', '2027-09-15'],
    ['15/09-2027', null],
    ['15/09/27', null],
    ['1509202', null],
    ['0000-02-29', '0000-02-29'],
    ['1900-02-29', null],
    ['next Tuesday', null],
  ])('parseUkDate(%p) is %p (day first)', (text, expected) => {
    expect(parseUkDate(text)).toBe(expected);
  });

  test('formatUkDate writes day/month/year', () => {
    expect(formatUkDate('2025-04-03')).toBe('03/04/2025');
  });

  test.each([
    ['2025-03-29', '2025-03-31', 2],
    ['2025-03-31', '2025-03-29', -2],
    // Crosses the BST change on 30 March 2025: still two calendar days.
    ['2025-03-29', '2025-03-31', 2],
    ['2024-02-28', '2024-03-01', 2],
  ])('daysBetween(%p, %p) is %p', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  test('daysBetween stays right over more dates than it keeps read at once (over 27 years, day by day)', () => {
    let date = '2000-01-01';
    for (let day = 1; day <= 10_050; day += 1) {
      const next = addDays(date, 1);
      expect(daysBetween(date, next)).toBe(1);
      date = next;
    }
    expect(date).toBe('2027-07-08');
    expect(daysBetween('2000-01-01', date)).toBe(10_050);
  });

  test('addDays moves across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  // BST 2025: 01:00 UTC 30 March to 01:00 UTC 26 October. BST 2024: 31 March to 27 October.
  test.each([
    ['2025-01-15T23:30:00Z', '2025-01-15'],
    ['2025-03-30T00:59:59Z', '2025-03-30'],
    ['2025-03-29T23:30:00Z', '2025-03-29'],
    ['2025-03-30T23:30:00Z', '2025-03-31'],
    ['2025-06-30T23:00:00Z', '2025-07-01'],
    ['2025-06-30T22:59:59Z', '2025-06-30'],
    ['2025-10-25T23:30:00Z', '2025-10-26'],
    ['2025-10-26T00:59:59Z', '2025-10-26'],
    ['2025-10-26T23:30:00Z', '2025-10-26'],
    ['2024-03-31T00:30:00Z', '2024-03-31'],
    ['2024-10-27T00:30:00Z', '2024-10-27'],
    ['2024-12-31T23:59:59Z', '2024-12-31'],
  ])('londonDate(%p) is %p', (instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });

  test.each([
    ['2025-03-31', '2024/25'],
    ['2025-04-01', '2025/26'],
    ['1999-12-31', '1999/00'],
  ])('planYearOf(%p) is %p', (date, expected) => {
    expect(planYearOf(date)).toBe(expected);
  });

  test.each([
    ['2024/25', { start: '2024-04-01', end: '2025-03-31' }],
    ['1999/00', { start: '1999-04-01', end: '2000-03-31' }],
    ['2024/26', null],
    ['2024-25', null],
  ])('planYearRange(%p)', (planYear, expected) => {
    expect(planYearRange(planYear)).toEqual(expected);
  });
});
