/** A JSON-like value a test can reshape freely without `any`. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Key = string | number;

function container(root: Json, path: readonly Key[]): Json[] | { [key: string]: Json } {
  let node: Json = root;
  for (const key of path) {
    const next: Json | undefined =
      Array.isArray(node) && typeof key === 'number' ? node[key] : isObject(node) && typeof key === 'string' ? node[key] : undefined;
    if (next === undefined) throw new Error(`no ${String(key)} at ${path.join('.')}`);
    node = next;
  }
  if (Array.isArray(node) || isObject(node)) return node;
  throw new Error(`${path.join('.')} is not an object or a list`);
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function split(path: readonly Key[]): [readonly Key[], Key] {
  const last = path.at(-1);
  if (last === undefined) throw new Error('empty path');
  return [path.slice(0, -1), last];
}

/** A deep copy of `value` with the field at `path` set to `to` (the path's parents must exist). */
export function withField(value: unknown, path: readonly Key[], to: Json): Json {
  const copy = structuredClone(value) as Json;
  const [parents, last] = split(path);
  const parent = container(copy, parents);
  if (Array.isArray(parent)) parent[Number(last)] = to;
  else parent[String(last)] = to;
  return copy;
}

/** A deep copy of `value` without the field at `path`. */
export function withoutField(value: unknown, path: readonly Key[]): Json {
  const copy = structuredClone(value) as Json;
  const [parents, last] = split(path);
  const parent = container(copy, parents);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[String(last)];
  return copy;
}

/** A deep copy of `value` with `item` appended to the list at `path`. */
export function withItem(value: unknown, path: readonly Key[], item: Json): Json {
  const copy = structuredClone(value) as Json;
  const list = container(copy, path);
  if (!Array.isArray(list)) throw new Error(`${path.join('.')} is not a list`);
  list.push(item);
  return copy;
}
