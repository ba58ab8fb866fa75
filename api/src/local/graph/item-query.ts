import type { FastifyRequest } from 'fastify';
import { type ColumnDefinition, isMultiChoice } from './column-definitions';
import { normaliseDateTime } from './column-validation';
import { invalidRequest } from './graph-errors';
import type { StoredItem } from './items';
import { type FilterNode, type Literal, type OrderKey, compareValues, evaluateFilter, filterPaths, parseFilter, parseOrderBy } from './odata-filter';
import { queryParam } from './odata-query';

export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

/** A property of an item a query can name: a column under `fields/`, or one SharePoint keeps. */
interface QueryProperty {
  indexed: boolean;
  /** The index a lookup on it can go through: the item id, or an indexed column's expression index. */
  index?: { kind: 'id' } | { kind: 'column'; name: string };
  read(item: StoredItem): unknown;
  dateTime: boolean;
  numeric: boolean;
}

function property(path: string, columns: readonly ColumnDefinition[]): QueryProperty {
  const byId: QueryProperty = { indexed: true, index: { kind: 'id' }, read: (item) => item.row.id, dateTime: false, numeric: true };
  const created: QueryProperty = { indexed: false, read: (item) => item.row.created, dateTime: true, numeric: false };
  const modified: QueryProperty = { indexed: false, read: (item) => item.row.modified, dateTime: true, numeric: false };
  if (path === 'id') return byId;
  if (path === 'createdDateTime') return created;
  if (path === 'lastModifiedDateTime') return modified;
  const match = /^fields\/(.+)$/.exec(path);
  if (!match?.[1]) throw invalidRequest(`The property '${path}' cannot be used in a list item query; use 'fields/<column name>'.`);
  const name = match[1];
  if (name === 'id' || name === 'ID') return byId;
  if (name === 'Created') return created;
  if (name === 'Modified') return modified;
  const column = columns.find((candidate) => candidate.name === name);
  if (!column) throw invalidRequest(`Column '${name}' does not exist. It may have been deleted by another user.`);
  return {
    indexed: column.indexed,
    // A multi-choice value is compared as its choices joined, which its stored JSON array is not.
    ...(column.indexed && !isMultiChoice(column) ? { index: { kind: 'column' as const, name } } : {}),
    read: (item) => item.fields[name],
    dateTime: column.dateTime !== undefined,
    numeric: column.number !== undefined,
  };
}

function notIndexedMessage(path: string): string {
  const name = path.replace(/^fields\//, '');
  return `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`;
}

/**
 * A narrowing the store can do in SQL before the filter is evaluated: the items whose indexed
 * column (compared as its index is) or id equals the value. Every item the filter matches is among
 * them; the filter still decides.
 */
export type Prefilter = { kind: 'id'; value: number } | { kind: 'column'; name: string; value: string | number };

export interface ItemQuery {
  prefilter?: Prefilter;
  matches(item: StoredItem): boolean;
  compare(a: StoredItem, b: StoredItem): number;
  ordered: boolean;
}

/** Reads `$filter` and `$orderby`, refusing non-indexed fields unless the Prefer header allows them. */
export function itemQuery(request: FastifyRequest, columns: readonly ColumnDefinition[]): ItemQuery {
  const filterText = queryParam(request, 'filter');
  const orderText = queryParam(request, 'orderby');
  const filter: FilterNode | undefined = filterText === undefined ? undefined : parseFilter(filterText);
  const order: OrderKey[] = orderText === undefined || orderText.trim() === '' ? [] : parseOrderBy(orderText);
  const prefer = String(request.headers.prefer ?? '').toLowerCase();
  const honourNonIndexed = prefer.includes(HONOR_NON_INDEXED.toLowerCase());
  const properties = new Map<string, QueryProperty>();
  for (const path of [...(filter ? filterPaths(filter) : []), ...order.map((key) => key.path)]) {
    const found = property(path, columns);
    if (!found.indexed && !honourNonIndexed) throw invalidRequest(notIndexedMessage(path));
    properties.set(path, found);
  }
  const read = (path: string, item: StoredItem): unknown => properties.get(path)?.read(item);
  const normalise = (path: string, literal: Literal): Literal => {
    const found = properties.get(path);
    if (found?.dateTime && typeof literal === 'string') return normaliseDateTime(literal, 'dateTime') ?? literal;
    if (found?.numeric && typeof literal === 'string' && literal.trim() !== '' && Number.isFinite(Number(literal))) return Number(literal);
    return literal;
  };
  const prefilter = filter ? indexedEquality(filter, properties, normalise) : undefined;
  return {
    ...(prefilter ? { prefilter } : {}),
    matches: (item) => (filter ? evaluateFilter(filter, { value: (path) => read(path, item), normalise }) : true),
    compare: (a, b) => {
      for (const key of order) {
        const result = compareValues(read(key.path, a), read(key.path, b));
        if (result !== 0) return key.descending ? -result : result;
      }
      return a.row.id - b.row.id;
    },
    ordered: order.length > 0,
  };
}

/** The `and`-joined comparisons at the top of a filter: each must hold for an item to match. */
function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/**
 * The first `<indexed path> eq <value>` that every match must satisfy, in the form SQL compares.
 * Values SQL would compare differently from the filter are left to the filter: empty and null
 * (the filter treats a missing value as equal), and text whose case SQLite's NOCASE cannot fold (non-ASCII).
 */
function indexedEquality(
  filter: FilterNode,
  properties: Map<string, QueryProperty>,
  normalise: (path: string, literal: Literal) => Literal,
): Prefilter | undefined {
  for (const node of conjuncts(filter)) {
    if (node.kind !== 'compare' || node.operator !== 'eq') continue;
    const [path, literal] =
      node.left.kind === 'path' && node.right.kind === 'literal'
        ? [node.left.path, node.right.value]
        : node.right.kind === 'path' && node.left.kind === 'literal'
          ? [node.right.path, node.left.value]
          : [undefined, undefined];
    const index = path === undefined ? undefined : properties.get(path)?.index;
    if (path === undefined || !index || literal === undefined) continue;
    const value = normalise(path, literal);
    if (index.kind === 'id') {
      if (typeof value === 'number' && Number.isSafeInteger(value)) return { kind: 'id', value };
      continue;
    }
    if (typeof value === 'boolean') return { kind: 'column', name: index.name, value: Number(value) };
    if (typeof value === 'number') return { kind: 'column', name: index.name, value };
    if (typeof value === 'string' && value !== '' && /^[\x20-\x7e]*$/.test(value)) return { kind: 'column', name: index.name, value };
  }
  return undefined;
}

/** Graph's opaque `$skiptoken` for list items: `Paged=TRUE&p_ID=<last id>` (or an offset when ordered), in base64. */
export function encodeSkipToken(position: { afterId: number } | { offset: number }): string {
  const text = 'afterId' in position ? `Paged=TRUE&p_ID=${position.afterId}` : `Paged=TRUE&p_Offset=${position.offset}`;
  return Buffer.from(text).toString('base64url');
}

export function decodeSkipToken(token: string | undefined): { afterId: number } | { offset: number } | undefined {
  if (token === undefined) return undefined;
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const match = /^Paged=TRUE&p_(ID|Offset)=(\d+)$/.exec(text);
  if (!match?.[2]) throw invalidRequest(`The $skiptoken '${token}' is not valid.`);
  return match[1] === 'ID' ? { afterId: Number(match[2]) } : { offset: Number(match[2]) };
}
