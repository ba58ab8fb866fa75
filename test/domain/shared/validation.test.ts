import { z } from 'zod';
import { describeValue, formatPath, zodIssuesToFieldErrors } from '../../../src/domain/shared/validation';

function errorsOf(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return zodIssuesToFieldErrors(result.error.issues).map((error) => error.message);
}

describe('field errors', () => {
  test.each([
    [['indicator1', 'rows', 2, 'band'], 'indicator1.rows[2].band'],
    [[], '(input)'],
    [[0, 'a'], '[0].a'],
  ])('formatPath(%j) is %p', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  test.each([
    [undefined, 'nothing'],
    [null, 'null'],
    ['x', '"x"'],
    [[1], 'a list'],
    [{}, 'an object'],
    [3, '3'],
  ])('describeValue(%p) is %p', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  test('every message names the path and the rule', () => {
    const schema = z.strictObject({
      count: z.number().int().min(0),
      big: z.number().max(10),
      strictlyPositive: z.number().gt(0),
      below: z.number().lt(5),
      flag: z.boolean(),
      kind: z.enum(['a', 'b']),
      one: z.literal(1),
      code: z.string().regex(/^A/, { error: 'must start with A' }),
      text: z.string().min(2).max(3),
      list: z.array(z.number()).min(1).max(1),
      missing: z.string(),
      custom: z.number().refine((n) => n !== 7, { error: 'custom.rule: seven is not allowed' }),
      other: z.number().refine((n) => n !== 8, { error: 'eight is not allowed' }),
      rule: z.number().refine((n) => n !== 9, { error: 'must not be nine' }),
      unknownType: z.date(),
    });
    expect(
      errorsOf(schema, {
        count: -1.5,
        big: 11,
        strictlyPositive: 0,
        below: 5,
        flag: 'yes',
        kind: 'c',
        one: 2,
        code: 'B',
        text: 'x',
        list: [],
        custom: 7,
        other: 8,
        rule: 9,
        unknownType: 'x',
        extra: true,
      }),
    ).toEqual([
      'count must be a whole number (got -1.5)',
      'big must be at most 10 (got 11)',
      'strictlyPositive must be more than 0 (got 0)',
      'below must be less than 5 (got 5)',
      'flag must be true or false (got "yes")',
      'kind must be one of "a", "b" (got "c")',
      'one must be 1 (got 2)',
      'code must start with A (got "B")',
      'text must be at least 2 character(s) long',
      'list must have at least 1 item(s)',
      'missing is required',
      'custom.rule: seven is not allowed',
      'other: eight is not allowed',
      'rule must not be nine (got 9)',
      'unknownType must be date (got "x")',
      'extra is not a recognised field',
    ]);
    expect(errorsOf(z.strictObject({ a: z.strictObject({}) }), { a: { b: 1 } })).toEqual(['a.b is not a recognised field']);
    expect(errorsOf(z.string().max(1), 'xy')).toEqual(['(input) must be at most 1 character(s) long']);
    expect(errorsOf(z.array(z.number()).max(0), [1])).toEqual(['(input) must have at most 0 item(s)']);
  });
});
