import { at, entry, present } from '../../../src/domain/shared/checked-access';

describe('at: a checked read by position', () => {
  test('gives the entry at an index in range', () => {
    expect(at([10, 20, 30], 0)).toBe(10);
    expect(at([10, 20, 30], 2)).toBe(30);
    expect(at([[1], [2]], 1)).toEqual([2]);
  });

  test.each([-1, 3, 1.5, Number.NaN])('throws a RangeError naming an index out of range (%p)', (index) => {
    expect(() => at([10, 20, 30], index)).toThrow(new RangeError(`index ${index} is outside a list of 3`));
  });
});

describe('entry: a checked read by key', () => {
  test('gives the value of a key that is there, falsy values included', () => {
    const map = new Map<string, number | boolean>([
      ['a', 1],
      ['zero', 0],
      ['no', false],
    ]);
    expect(entry(map, 'a')).toBe(1);
    expect(entry(map, 'zero')).toBe(0);
    expect(entry(map, 'no')).toBe(false);
  });

  test('throws a RangeError naming a missing key', () => {
    expect(() => entry(new Map([['a', 1]]), 'b')).toThrow(new RangeError('no entry for b'));
  });
});

describe('present: a value known to be there', () => {
  test('gives the value, falsy values included', () => {
    expect(present(0, 'a count')).toBe(0);
    expect(present('', 'a name')).toBe('');
    expect(present({ value: 1 }, 'a result')).toEqual({ value: 1 });
  });

  test.each([undefined, null])('throws a RangeError naming what is missing (%p)', (value) => {
    expect(() => present(value, "indicator 2's result")).toThrow(new RangeError("indicator 2's result is missing"));
  });
});
