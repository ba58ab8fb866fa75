import { compareCodes, compareText } from '../../../src/domain/shared';

test('names sort in British English order, as localeCompare with en-GB does', () => {
  const names = ['Émile Zola', 'alex brown', 'Alex Brown', 'Zara Ahmed', 'Ade Okoro'];
  expect(names.toSorted(compareText)).toEqual(names.toSorted((a, b) => a.localeCompare(b, 'en-GB')));
});

test('codes such as ISO dates sort as written', () => {
  expect(['2025-10-01', '2025-02-28', '2024-12-31'].toSorted(compareCodes)).toEqual(['2024-12-31', '2025-02-28', '2025-10-01']);
  expect(compareCodes('a', 'a')).toBe(0);
});
