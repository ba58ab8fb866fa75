import { compareText } from '../../../src/domain/shared';

test('names sort in British English order, as localeCompare with en-GB does', () => {
  const names = ['Émile Zola', 'alex brown', 'Alex Brown', 'Zara Ahmed', 'Ade Okoro'];
  expect(names.toSorted(compareText)).toEqual(names.toSorted((a, b) => a.localeCompare(b, 'en-GB')));
});
