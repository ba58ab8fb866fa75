import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accessSite, currentPerson, requireSitePermission } from './auth';
import { patchColumn } from './column-definitions';
import type { GraphDatabase } from './database';
import { addColumn, createList, findColumn, listColumns, listContext, listJson, type ListContext, saveColumn } from './lists';
import { evaluateFilter, parseFilter } from './odata-filter';
import { applySelect, queryParam, selectParam } from './odata-query';
import type { SitePermission } from './site-permissions';
import { findGroupSite, type SiteRow } from './sites';

export interface ListParams {
  siteId: string;
  listId: string;
}

/** The list named by the route, once the signed-in principal may do this on its site (403 before any 404 of the list). */
export function listFromRequest(db: GraphDatabase, request: FastifyRequest<{ Params: ListParams }>, permission: SitePermission): ListContext {
  return listContext(db, accessSite(db, request, request.params.siteId, permission), request.params.listId);
}

function expandsColumns(request: FastifyRequest): boolean {
  const expand = queryParam(request, 'expand');
  // Graph accepts options on the expansion, e.g. columns($select=id,name,indexed).
  return expand !== undefined && /^\s*columns\s*(\(.*\))?\s*$/i.test(expand);
}

/** An expanded navigation property is returned even when `$select` does not name it, as Graph does. */
function selectWithExpansion(request: FastifyRequest): string[] | undefined {
  const select = selectParam(request);
  return select && expandsColumns(request) ? [...select, 'columns'] : select;
}

/** The site's lists, filtered and selected as asked, each with its columns when `expand=columns`. */
function siteLists(db: GraphDatabase, request: FastifyRequest, site: SiteRow): { value: Record<string, unknown>[] } {
  const filterText = queryParam(request, 'filter');
  const filter = filterText === undefined ? undefined : parseFilter(filterText);
  const withColumns = expandsColumns(request);
  const rows = db.prepare('SELECT id FROM lists WHERE site_id = ? ORDER BY created, display_name').all(site.id) as { id: string }[];
  const value = rows
    .map((row) => {
      const context = listContext(db, site, row.id);
      return listJson(site, context.list, withColumns ? context.columns : undefined);
    })
    .filter((list) => !filter || evaluateFilter(filter, { value: (path) => list[path] }))
    .map((list) => applySelect(list, selectWithExpansion(request)));
  return { value };
}

/** Lists and their columns: read by the site's people; created and altered by its owners (Manage Lists). */
export function registerListRoutes(graph: FastifyInstance, db: GraphDatabase): void {
  graph.get<{ Params: { siteId: string } }>('/sites/:siteId/lists', (request) =>
    siteLists(db, request, accessSite(db, request, request.params.siteId, 'read')),
  );

  // A team's site addressed through its group, so the site and its lists can be read together in one batch.
  graph.get<{ Params: { groupId: string } }>('/groups/:groupId/sites/root/lists', (request) => {
    const site = findGroupSite(db, request.params.groupId);
    requireSitePermission(request, site, 'read');
    return siteLists(db, request, site);
  });

  graph.post<{ Params: { siteId: string } }>('/sites/:siteId/lists', async (request, reply) => {
    const site = accessSite(db, request, request.params.siteId, 'manageLists');
    const list = createList(db, site, request.body, currentPerson(request));
    return reply.code(201).send(listJson(site, list, listColumns(db, list.id)));
  });

  graph.get<{ Params: ListParams }>('/sites/:siteId/lists/:listId', (request) => {
    const { site, list, columns } = listFromRequest(db, request, 'read');
    return applySelect(listJson(site, list, expandsColumns(request) ? columns : undefined), selectWithExpansion(request));
  });

  graph.get<{ Params: ListParams }>('/sites/:siteId/lists/:listId/columns', (request) => ({
    value: listFromRequest(db, request, 'read').columns.map((column) => applySelect({ ...column }, selectParam(request))),
  }));

  graph.post<{ Params: ListParams }>('/sites/:siteId/lists/:listId/columns', async (request, reply) => {
    const context = listFromRequest(db, request, 'manageLists');
    const column = addColumn(db, context, request.body, currentPerson(request));
    return reply.code(201).send(column);
  });

  graph.get<{ Params: ListParams & { columnId: string } }>('/sites/:siteId/lists/:listId/columns/:columnId', (request) =>
    findColumn(listFromRequest(db, request, 'read'), request.params.columnId),
  );

  graph.patch<{ Params: ListParams & { columnId: string } }>('/sites/:siteId/lists/:listId/columns/:columnId', (request) => {
    const context = listFromRequest(db, request, 'manageLists');
    const column = patchColumn(findColumn(context, request.params.columnId), request.body);
    saveColumn(db, context, column, currentPerson(request));
    return column;
  });
}
