import { groupBy } from '../../../src/domain/shared';

test('each value goes under each of its keys, in the order given', () => {
  const groups = groupBy(
    [
      { id: 'a', tags: ['x', 'y'] },
      { id: 'b', tags: ['y'] },
      { id: 'c', tags: [] },
    ],
    (value) => value.tags,
  );
  expect([...groups].map(([key, values]) => [key, values.map((value) => value.id)])).toEqual([
    ['x', ['a']],
    ['y', ['a', 'b']],
  ]);
});
