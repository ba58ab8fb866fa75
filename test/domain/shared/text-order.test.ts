import { compareCodes, compareNatural, compareText } from '../../../src/domain/shared';

test('names sort in British English order, as localeCompare with en-GB does', () => {
  const names = ['Émile Zola', 'alex brown', 'Alex Brown', 'Zara Ahmed', 'Ade Okoro'];
  expect(names.toSorted(compareText)).toEqual(names.toSorted((a, b) => a.localeCompare(b, 'en-GB')));
});

test('natural order ignores case and puts numbers by value', () => {
  expect(['10', '2', '3.10', '3.1', 'b', 'A'].toSorted(compareNatural)).toEqual(['2', '3.1', '3.10', '10', 'A', 'b']);
  expect(compareNatural('Title', 'title')).toBe(0);
});

test('codes such as ISO dates sort as written', () => {
  expect(['2025-10-01', '2025-02-28', '2024-12-31'].toSorted(compareCodes)).toEqual(['2024-12-31', '2025-02-28', '2025-10-01']);
  expect(compareCodes('a', 'a')).toBe(0);
});
