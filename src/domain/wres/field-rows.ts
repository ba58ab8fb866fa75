import { at } from '../shared/checked-access';
import type { FieldError, Validated } from '../shared/validation';

/** One row of the two-column `field,value` form, e.g. `indicator2.shortlisted.white,389`. */
export interface FieldRow {
  readonly field: string;
  readonly value: string;
  /** 1-based line in the source file, quoted in messages when given. */
  readonly line?: number;
}

/** Leaf fields whose values stay text even when they look like numbers (an ODS code may be digits). */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['name', 'odsCode', 'staffGroup', 'band']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SEGMENT = /^([A-Za-z_][A-Za-z0-9_]*|\d+)((\[\d+\])*)$/;
const FORBIDDEN: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

type Key = string | number;

function parsePath(field: string): Key[] | null {
  const keys: Key[] = [];
  for (const part of field.split('.')) {
    const match = SEGMENT.exec(part);
    if (match === null) return null;
    // Both groups always take part in a match (the second perhaps empty).
    const name = at(match, 1);
    if (FORBIDDEN.has(name)) return null;
    keys.push(name);
    for (const index of at(match, 2).match(/\d+/g) ?? []) keys.push(Number(index));
  }
  // "rows.0.band" is accepted as well as "rows[0].band": a bare number segment is an index.
  return keys.map((key) => (typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : key));
}

function convert(leaf: Key, value: string): string | number {
  if (typeof leaf === 'string' && TEXT_FIELDS.has(leaf)) return value;
  return NUMBER.test(value) ? Number(value) : value;
}

type Node = Tree | string | number;
type Tree = { [key: string]: Node } | Node[];

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null;
}

function where(row: FieldRow): string {
  return row.line === undefined ? '' : ` (line ${row.line})`;
}

/**
 * Builds the nested input object from flat `field,value` rows, so the CSV form and the JSON form
 * share one validator. Paths use dots, with list indexes as `rows[0]` or `rows.0`. Values are
 * trimmed; blank values are skipped (an optional field left empty). Values of `name`, `odsCode`,
 * `staffGroup` and `band` stay text; every other value that looks like a number becomes one, and
 * anything else is kept as text for the validator to reject by name. Errors: a malformed path,
 * a field given twice, or a field that is both a value and a group (e.g. `indicator2` and
 * `indicator2.shortlisted.white`). A list index left out (rows[0] and rows[2] but no rows[1])
 * leaves a gap that the validator then reports as a required row.
 */
export function fieldRowsToObject(rows: readonly FieldRow[]): Validated<Record<string, unknown>> {
  const root: { [key: string]: Node } = {};
  const errors: FieldError[] = [];
  const seen = new Map<string, FieldRow>();
  for (const row of rows) {
    const field = row.field.trim();
    const value = row.value.trim();
    if (field === '' && value === '') continue;
    const keys = parsePath(field);
    if (keys === null || typeof keys[0] !== 'string') {
      errors.push({ path: field, message: `${JSON.stringify(field)}${where(row)} is not a field path such as indicator2.shortlisted.white` });
      continue;
    }
    const previous = seen.get(field);
    if (previous !== undefined) {
      errors.push({ path: field, message: `${field}${where(row)} is given more than once${where(previous)}` });
      continue;
    }
    seen.set(field, row);
    if (value === '') continue;
    const clash = place(root, keys, convert(at(keys, keys.length - 1), value));
    if (clash !== null) {
      errors.push({ path: field, message: `${field}${where(row)} clashes with another field: ${clash} is both a value and a group of fields` });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: root };
}

// A list is only ever reached by an index and an object by a name (see place), so these read and
// write a list by number and an object by text.
function read(node: Tree, key: Key): Node | undefined {
  return Array.isArray(node) ? node[Number(key)] : node[String(key)];
}

function write(node: Tree, key: Key, value: Node): void {
  if (Array.isArray(node)) node[Number(key)] = value;
  else node[String(key)] = value;
}

/**
 * Writes `value` at `keys` inside `root`; returns the clashing path prefix, or null. A list is
 * made for a key followed by an index, an object otherwise, and an existing one is only entered
 * when it is of that kind: so a list is only ever reached by an index, and an object by a name.
 */
function place(root: Tree, keys: readonly Key[], value: string | number): string | null {
  let node: Tree = root;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    const nextIsIndex = typeof keys[i + 1] === 'number';
    const existing = read(node, key);
    if (existing === undefined) {
      const created: Tree = nextIsIndex ? [] : {};
      write(node, key, created);
      node = created;
    } else if (isTree(existing) && Array.isArray(existing) === nextIsIndex) {
      node = existing;
    } else {
      return keys.slice(0, i + 1).join('.');
    }
  }
  const last = at(keys, keys.length - 1);
  if (read(node, last) !== undefined) return keys.join('.');
  write(node, last, value);
  return null;
}
