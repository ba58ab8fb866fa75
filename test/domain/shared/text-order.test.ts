import { compareIsoDates, compareText, compareTitles } from '../../../src/domain/shared';

test('names sort in British English order, as localeCompare with en-GB does', () => {
  const names = ['Émile Zola', 'alex brown', 'Alex Brown', 'Zara Ahmed', 'Ade Okoro'];
  expect(names.toSorted(compareText)).toEqual(names.toSorted((a, b) => a.localeCompare(b, 'en-GB')));
});

test.each([
  ['Action 2', 'Action 10', -1],
  ['3.10', '3.1', 1],
  ['review the policy', 'Review the policy', 0],
  ['Équipe', 'Equipe', 0],
  ['Board paper', 'Appraisal', 1],
])('titles in list order: %s against %s gives %i', (a, b, sign) => {
  expect(Math.sign(compareTitles(a, b))).toBe(sign);
});

test.each([
  ['2025-03-31', '2025-04-01', -1],
  ['2026-01-01', '2025-12-31', 1],
  ['2025-06-30', '2025-06-30', 0],
  ['', '2025-06-30', -1],
])('ISO dates in order: %s against %s gives %i', (a, b, sign) => {
  expect(Math.sign(compareIsoDates(a, b))).toBe(sign);
});
