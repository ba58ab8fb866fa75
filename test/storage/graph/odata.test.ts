import { fieldEquals, withQuery } from '../../../src/storage/graph/odata';

test.each([
  ['a text value is quoted', 'ActionId', 'A-1', "fields/ActionId eq 'A-1'"],
  ['a quote inside text is doubled, so it stays a value', 'Title', "O'Brien' or 1 eq 1", "fields/Title eq 'O''Brien'' or 1 eq 1'"],
  ['a number is compared as a number', 'Year', 2025, 'fields/Year eq 2025'],
  ['a negative or fractional number too', 'Score', -1.5, 'fields/Score eq -1.5'],
])('%s', (_name, column, value, expected) => {
  expect(fieldEquals(column, value)).toBe(expected);
});

test('a number that is not finite is refused rather than sent', () => {
  expect(() => fieldEquals('Year', Number.NaN)).toThrow('fields/Year cannot be compared with NaN.');
});

test('the filter is URL-encoded into the path', () => {
  expect(withQuery('/items', { $filter: fieldEquals('Year', 2025), $top: 1, expand: undefined })).toBe('/items?$filter=fields%2FYear%20eq%202025&$top=1');
});
