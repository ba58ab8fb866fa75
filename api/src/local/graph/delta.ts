import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type GraphDatabase, currentChangeSeq, getMeta, setMeta, statement } from './database';
import { GraphError } from './graph-errors';
import { itemJsonSql } from './item-json-sql';
import type { ListContext } from './lists';
import { type ListParams, listFromRequest } from './lists-routes';
import { GRAPH_BASE_PATH, odataContext } from './odata-context';
import { fieldsExpansion, itemSelect, linkWithQuery, origin, queryParam, topParam } from './odata-query';

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

/** An entry of a delta page: its change number and its JSON text. */
interface Change {
  seq: number;
  json: string;
}

export function registerDeltaRoutes(graph: FastifyInstance, db: GraphDatabase, settings: DeltaSettings): void {
  graph.get<{ Params: ListParams }>('/sites/:siteId/lists/:listId/items/delta', (request, reply) => {
    const context = listFromRequest(db, request, 'read');
    const expansion = fieldsExpansion(request);
    const select = itemSelect(request, expansion);
    const top = topParam(request, 200, 5000);
    const rawToken = queryParam(request, 'token');
    const epoch = deltaEpoch(db);
    const now = Date.now();
    const link = (token: DeltaToken): string => linkWithQuery(request, { $skiptoken: undefined, token: encodeToken(token) });
    const deltaLink = (since: number): string => link({ list: context.list.id, since, epoch, issued: now });
    const itemJson = itemJsonSql(context, {
      fields: expansion.expanded,
      ...(expansion.select ? { fieldsSelect: expansion.select } : {}),
      ...(select ? { select } : {}),
    });
    // The page is written as text: each item's JSON comes from SQLite (item-json-sql.ts), so the
    // page is sent as it is, with the @odata.context the store adds to what it serialises.
    const send = (entries: readonly string[], links: { next: string } | { delta: string }) => {
      const about = JSON.stringify(odataContext(`${origin(request)}${GRAPH_BASE_PATH}`, request.url.slice(GRAPH_BASE_PATH.length), true));
      const value = `"value":[${entries.join(',')}]`;
      const text =
        'next' in links
          ? `{"@odata.context":${about},"@odata.nextLink":${JSON.stringify(links.next)},${value}}`
          : `{"@odata.context":${about},${value},"@odata.deltaLink":${JSON.stringify(links.delta)}}`;
      return reply.type('application/json; charset=utf-8').send(text);
    };

    if (rawToken === 'latest') return send([], { delta: deltaLink(currentChangeSeq(db)) });

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
      token.since === null
        ? enumeration(db, context, itemJson, token.cursor ?? 0, top)
        : changes(db, context, itemJson, token.since, upTo, token.cursor ?? token.since, top);
    const entries = page.entries.map((entry) => entry.json);
    if (page.nextCursor !== undefined) return send(entries, { next: link({ ...token, upTo, cursor: page.nextCursor, issued: token.issued }) });
    return send(entries, { delta: deltaLink(upTo) });
  });
}

/** 410 Gone, with a Location that starts a new enumeration (same options, no token). */
function resync(request: FastifyRequest): GraphError {
  const location = linkWithQuery(request, { token: undefined, $skiptoken: undefined });
  return new GraphError('resyncRequired', 'The delta token is no longer valid: start a new enumeration from the Location header.', { Location: location });
}

/** A full enumeration page: current items by id, after the cursor. */
function enumeration(db: GraphDatabase, context: ListContext, itemJson: string, afterId: number, top: number): { entries: Change[]; nextCursor?: number } {
  const rows = statement(db, `SELECT id, change_seq AS seq, ${itemJson} AS json FROM items WHERE list_id = ? AND id > ? ORDER BY id LIMIT ?`).all(
    context.list.id,
    afterId,
    top + 1,
  ) as (Change & { id: number })[];
  const entries = rows.slice(0, top);
  const last = entries[entries.length - 1];
  return rows.length > top && last ? { entries, nextCursor: last.id } : { entries };
}

/** A page of changes: items changed and items deleted after `since` up to `upTo`, in change order. */
function changes(
  db: GraphDatabase,
  context: ListContext,
  itemJson: string,
  since: number,
  upTo: number,
  after: number,
  top: number,
): { entries: Change[]; nextCursor?: number } {
  const from = Math.max(since, after);
  const changed = statement(
    db,
    `SELECT change_seq AS seq, ${itemJson} AS json FROM items WHERE list_id = ? AND change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?`,
  ).all(context.list.id, from, upTo, top + 1) as Change[];
  const deleted = statement(
    db,
    'SELECT item_id, change_seq FROM deleted_items WHERE list_id = ? AND change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?',
  ).all(context.list.id, from, upTo, top + 1) as DeletedRow[];
  const all: Change[] = [
    ...changed,
    ...deleted.map((row) => ({ seq: row.change_seq, json: JSON.stringify({ id: String(row.item_id), deleted: { state: 'deleted' } }) })),
  ].toSorted((a, b) => a.seq - b.seq);
  const entries = all.slice(0, top);
  const last = entries[entries.length - 1];
  return all.length > top && last ? { entries, nextCursor: last.seq } : { entries };
}
