import fc from 'fast-check';
import { figuresTime } from '../../../src/app/plan-data/figures-time';

test.each([
  ['the same day, in winter (GMT)', '2026-11-26T09:05:00Z', '2026-11-26T17:00:00Z', '09:05'],
  ['the same day, in summer (BST: an hour ahead of UTC)', '2026-07-01T08:05:00Z', '2026-07-01T08:30:00Z', '09:05'],
  ['24-hour, never "pm"', '2026-11-26T21:07:00Z', '2026-11-26T21:30:00Z', '21:07'],
  ['just after midnight in London, which is the previous day in UTC during summer', '2026-06-30T23:30:00Z', '2026-07-01T09:00:00Z', '00:30'],
  ['yesterday', '2026-11-25T16:30:00Z', '2026-11-26T08:10:00Z', '16:30 on 25 November 2026'],
  ['a minute before midnight, read a minute after', '2026-11-25T23:59:00Z', '2026-11-26T00:01:00Z', '23:59 on 25 November 2026'],
  ['last year', '2025-12-31T12:00:00Z', '2026-01-02T12:00:00Z', '12:00 on 31 December 2025'],
])('%s', (_case, readAt, now, words) => {
  expect(figuresTime(new Date(readAt), new Date(now))).toBe(words);
});

const londonDay = (at: Date): string => at.toLocaleDateString('en-GB', { timeZone: 'Europe/London' });

test('any read time reads as HH:MM, with the date exactly when the UK day has changed since', () => {
  const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
  fc.assert(
    fc.property(instant, fc.integer({ min: 0, max: 3 * 24 * 60 }), (readAt, minutesLater) => {
      const now = new Date(readAt.getTime() + minutesLater * 60_000);
      const words = figuresTime(readAt, now);
      expect(words).toMatch(/^([01]\d|2[0-3]):[0-5]\d( on \d{1,2} [A-Z][a-z]+ \d{4})?$/);
      expect(words.includes(' on ')).toBe(londonDay(readAt) !== londonDay(now));
    }),
  );
});
