import type { FastifyRequest } from 'fastify';
import type { ColumnDefinition } from './column-definitions';
import { normaliseDateTime } from './column-validation';
import { invalidRequest } from './graph-errors';
import type { StoredItem } from './items';
import { type FilterNode, type Literal, type OrderKey, compareValues, evaluateFilter, filterPaths, parseFilter, parseOrderBy } from './odata-filter';
import { queryParam } from './odata-query';

export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

/** A property of an item a query can name: a column under `fields/`, or one SharePoint keeps. */
interface QueryProperty {
  indexed: boolean;
  read(item: StoredItem): unknown;
  dateTime: boolean;
  numeric: boolean;
}

function property(path: string, columns: readonly ColumnDefinition[]): QueryProperty {
  const byId: QueryProperty = { indexed: true, read: (item) => item.row.id, dateTime: false, numeric: true };
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
    read: (item) => item.fields[name],
    dateTime: column.dateTime !== undefined,
    numeric: column.number !== undefined,
  };
}

function notIndexedMessage(path: string): string {
  const name = path.replace(/^fields\//, '');
  return `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`;
}

export interface ItemQuery {
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
  return {
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
