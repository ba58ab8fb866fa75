import type { FastifyInstance } from 'fastify';
import type { IdentitySet } from './auth';
import type { GraphDatabase } from './database';
import { itemNotFound } from './graph-errors';
import { findItem } from './items';
import { type ListParams, listFromRequest } from './lists-routes';
import { fieldsExpansion } from './odata-query';

interface VersionRow {
  version: number;
  modified: string;
  modified_by: string;
  fields: string;
}

/** A listItemVersion: who saved it, when, and the item's full fieldValueSet as it was then. */
function versionJson(row: VersionRow, fieldsSelect?: string[]): Record<string, unknown> {
  const fields = JSON.parse(row.fields) as Record<string, unknown>;
  const wanted = fieldsSelect ? new Set(fieldsSelect) : undefined;
  return {
    id: `${row.version}.0`,
    lastModifiedDateTime: row.modified,
    lastModifiedBy: JSON.parse(row.modified_by) as IdentitySet,
    // Graph's schema names this facet `publication` (baseItemVersion.publication: publicationFacet).
    publication: { level: 'published', versionId: `${row.version}.0` },
    fields: wanted ? Object.fromEntries(Object.entries(fields).filter(([key]) => key === 'id' || wanted.has(key.split('@')[0] ?? key))) : fields,
  };
}

/** `items/{id}/versions` (newest first) and `items/{id}/versions/{version-id}`; every list keeps versions. */
export function registerVersionRoutes(graph: FastifyInstance, db: GraphDatabase): void {
  graph.get<{ Params: ListParams & { itemId: string } }>('/sites/:siteId/lists/:listId/items/:itemId/versions', (request) => {
    const context = listFromRequest(db, request, 'read');
    const item = findItem(db, context.list.id, request.params.itemId);
    const rows = db
      .prepare('SELECT version, modified, modified_by, fields FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC')
      .all(context.list.id, item.row.id) as VersionRow[];
    return { value: rows.map((row) => versionJson(row, fieldsExpansion(request).select)) };
  });

  graph.get<{ Params: ListParams & { itemId: string; versionId: string } }>('/sites/:siteId/lists/:listId/items/:itemId/versions/:versionId', (request) => {
    const context = listFromRequest(db, request, 'read');
    const item = findItem(db, context.list.id, request.params.itemId);
    const match = /^(\d+)(?:\.0)?$/.exec(request.params.versionId);
    const row = match
      ? (db
          .prepare('SELECT version, modified, modified_by, fields FROM item_versions WHERE list_id = ? AND item_id = ? AND version = ?')
          .get(context.list.id, item.row.id, Number(match[1])) as VersionRow | undefined)
      : undefined;
    if (!row) throw itemNotFound(`Version '${request.params.versionId}' of item ${item.row.id} does not exist.`);
    return versionJson(row, fieldsExpansion(request).select);
  });
}
