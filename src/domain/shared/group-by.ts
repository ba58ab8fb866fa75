/**
 * The values under each of their keys, in their order; a value with two keys is in both groups.
 * Each group is appended to in place: copying a group for every value it gained made grouping a
 * plan of n actions cost n².
 */
export function groupBy<T>(values: readonly T[], keysOf: (value: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    for (const key of keysOf(value)) {
      const group = groups.get(key) ?? [];
      groups.set(key, group);
      group.push(value);
    }
  }
  return groups;
}
