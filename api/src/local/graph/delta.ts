import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type GraphDatabase, currentChangeSeq, getMeta, setMeta } from './database';
import { GraphError } from './graph-errors';
import { type ItemRow, itemJson, storedItem } from './items';
import type { ListContext } from './lists';
import { type ListParams, listFromRequest } from './lists-routes';
import { fieldsExpansion, itemSelect, linkWithQuery, queryParam, topParam } from './odata-query';

/**
 * `items/delta`. A token carries the list, the change number it stands at, the store's delta
 * epoch and when it was issued. While enumerating, it also carries `upTo` (the change number the
 * enumeration started at) and a cursor for the next page.
 */
interface DeltaToken {
  list: string;
  /** Changes after this number; null for a full enumeration. */
  since: number | null;
  upTo?: number;
  cursor?: number;
  epoch: number;
  issued: number;
}

export interface DeltaSettings {
  /** Tokens older than this are answered 410 (LOCAL_GRAPH_DELTA_RETENTION, seconds); no limit when absent. */
  retentionSeconds?: number;
}

function encodeToken(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(text: string): DeltaToken | undefined {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<DeltaToken>;
    if (typeof value.list !== 'string' || typeof value.epoch !== 'number' || typeof value.issued !== 'number') return undefined;
    if (value.since !== null && typeof value.since !== 'number') return undefined;
    return value as DeltaToken;
  } catch {
    return undefined;
  }
}

function deltaEpoch(db: GraphDatabase): number {
  return Number(getMeta(db, 'deltaEpoch') ?? '1');
}

/** Makes every delta token issued so far invalid: the next call with one gets 410 (for tests of resync). */
export function expireDeltaTokens(db: GraphDatabase): void {
  db.transaction(() => setMeta(db, 'deltaEpoch', String(deltaEpoch(db) + 1))).immediate();
}

interface DeletedRow {
  item_id: number;
  change_seq: number;
}

type Change = { seq: number; row: ItemRow } | { seq: number; deletedId: number };

export function registerDeltaRoutes(graph: FastifyInstance, db: GraphDatabase, settings: DeltaSettings): void {
  graph.get<{ Params: ListParams }>('/sites/:siteId/lists/:listId/items/delta', (request) => {
    const context = listFromRequest(db, request, 'read');
    const expansion = fieldsExpansion(request);
    const select = itemSelect(request, expansion);
    const top = topParam(request, 200, 5000);
    const rawToken = queryParam(request, 'token');
    const epoch = deltaEpoch(db);
    const now = Date.now();
    const link = (token: DeltaToken): string => linkWithQuery(request, { $skiptoken: undefined, token: encodeToken(token) });
    const deltaLink = (since: number): string => link({ list: context.list.id, since, epoch, issued: now });
    const json = (row: ItemRow): Record<string, unknown> =>
      itemJson(context, storedItem(row), {
        fields: expansion.expanded,
        ...(expansion.select ? { fieldsSelect: expansion.select } : {}),
        ...(select ? { select } : {}),
      });

    if (rawToken === 'latest') return { value: [], '@odata.deltaLink': deltaLink(currentChangeSeq(db)) };

    let token: DeltaToken = { list: context.list.id, since: null, epoch, issued: now };
    if (rawToken !== undefined) {
      const decoded = decodeToken(rawToken);
      const expired =
        !decoded ||
        decoded.list !== context.list.id ||
        decoded.epoch !== epoch ||
        (settings.retentionSeconds !== undefined && now - decoded.issued > settings.retentionSeconds * 1000);
      if (!decoded || expired) throw resync(request);
      token = decoded;
    }
    const upTo = token.upTo ?? currentChangeSeq(db);
    const page =
      token.since === null ? enumeration(db, context, token.cursor ?? 0, top) : changes(db, context, token.since, upTo, token.cursor ?? token.since, top);
    const value = page.entries.map((entry) => ('row' in entry ? json(entry.row) : { id: String(entry.deletedId), deleted: { state: 'deleted' } }));
    if (page.nextCursor !== undefined) {
      return { '@odata.nextLink': link({ ...token, upTo, cursor: page.nextCursor, issued: token.issued }), value };
    }
    return { value, '@odata.deltaLink': deltaLink(upTo) };
  });
}

/** 410 Gone, with a Location that starts a new enumeration (same options, no token). */
function resync(request: FastifyRequest): GraphError {
  const location = linkWithQuery(request, { token: undefined, $skiptoken: undefined });
  return new GraphError('resyncRequired', 'The delta token is no longer valid: start a new enumeration from the Location header.', { Location: location });
}

/** A full enumeration page: current items by id, after the cursor. */
function enumeration(db: GraphDatabase, context: ListContext, afterId: number, top: number): { entries: Change[]; nextCursor?: number } {
  const rows = db.prepare('SELECT * FROM items WHERE list_id = ? AND id > ? ORDER BY id LIMIT ?').all(context.list.id, afterId, top + 1) as ItemRow[];
  const entries = rows.slice(0, top).map((row) => ({ seq: row.change_seq, row }));
  const last = entries[entries.length - 1];
  return rows.length > top && last ? { entries, nextCursor: last.row.id } : { entries };
}

/** A page of changes: items changed and items deleted after `since` up to `upTo`, in change order. */
function changes(db: GraphDatabase, context: ListContext, since: number, upTo: number, after: number, top: number): { entries: Change[]; nextCursor?: number } {
  const from = Math.max(since, after);
  const changed = db
    .prepare('SELECT * FROM items WHERE list_id = ? AND change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?')
    .all(context.list.id, from, upTo, top + 1) as ItemRow[];
  const deleted = db
    .prepare('SELECT item_id, change_seq FROM deleted_items WHERE list_id = ? AND change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?')
    .all(context.list.id, from, upTo, top + 1) as DeletedRow[];
  const all: Change[] = [
    ...changed.map((row) => ({ seq: row.change_seq, row })),
    ...deleted.map((row) => ({ seq: row.change_seq, deletedId: row.item_id })),
  ].toSorted((a, b) => a.seq - b.seq);
  const entries = all.slice(0, top);
  const last = entries[entries.length - 1];
  return all.length > top && last ? { entries, nextCursor: last.seq } : { entries };
}
