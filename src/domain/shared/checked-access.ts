/**
 * The entry of `list` at `index`, for algorithms that work by position (a flow network's
 * capacity matrix, the columns of a block of counts) where the index is in range by construction.
 * With `noUncheckedIndexedAccess` a plain read is typed `T | undefined`; this read keeps the type
 * `T` honestly: an index outside 0 … length − 1 throws a RangeError naming it, instead of letting
 * `undefined` pass for a value. Lists of possibly-undefined values are not for this: an
 * `undefined` entry throws too.
 */
export function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`index ${index} is outside a list of ${list.length}`);
  return value;
}

/**
 * The value of `map` at `key`, for keys the caller put there itself (the rows of a table, by
 * key). A missing key throws a RangeError naming it, instead of letting `undefined` pass for a
 * value. Maps of possibly-undefined values are not for this: an `undefined` value throws too.
 */
export function entry<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new RangeError(`no entry for ${String(key)}`);
  return value;
}

/**
 * `value`, known to be there by the caller's own construction (an indicator's result when the
 * input gives that indicator, the range of a plan year the caller worked out itself). An
 * `undefined` or `null` throws a RangeError naming `what`, instead of passing on as a value.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new RangeError(`${what} is missing`);
  return value;
}
