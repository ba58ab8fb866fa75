import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requirePermission } from './auth';
import { patchColumn } from './column-definitions';
import type { GraphDatabase } from './database';
import { addColumn, createList, findColumn, listColumns, listContext, listJson, type ListContext, saveColumn } from './lists';
import { evaluateFilter, parseFilter } from './odata-filter';
import { applySelect, queryParam, selectParam } from './odata-query';
import { findSite } from './sites';

export interface ListParams {
  siteId: string;
  listId: string;
}

export function listFromRequest(db: GraphDatabase, request: FastifyRequest<{ Params: ListParams }>): ListContext {
  return listContext(db, findSite(db, request.params.siteId), request.params.listId);
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

/** Lists and their columns: read by anyone signed in; created and altered by owners (Manage Lists). */
export function registerListRoutes(graph: FastifyInstance, db: GraphDatabase): void {
  graph.get<{ Params: { siteId: string } }>('/sites/:siteId/lists', (request) => {
    const site = findSite(db, request.params.siteId);
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
  });

  graph.post<{ Params: { siteId: string } }>('/sites/:siteId/lists', async (request, reply) => {
    const person = requirePermission(request, 'manageLists');
    const site = findSite(db, request.params.siteId);
    const list = createList(db, site, request.body, person);
    return reply.code(201).send(listJson(site, list, listColumns(db, list.id)));
  });

  graph.get<{ Params: ListParams }>('/sites/:siteId/lists/:listId', (request) => {
    const { site, list, columns } = listFromRequest(db, request);
    return applySelect(listJson(site, list, expandsColumns(request) ? columns : undefined), selectWithExpansion(request));
  });

  graph.get<{ Params: ListParams }>('/sites/:siteId/lists/:listId/columns', (request) => ({
    value: listFromRequest(db, request).columns.map((column) => applySelect({ ...column }, selectParam(request))),
  }));

  graph.post<{ Params: ListParams }>('/sites/:siteId/lists/:listId/columns', async (request, reply) => {
    const person = requirePermission(request, 'manageLists');
    const column = addColumn(db, listFromRequest(db, request), request.body, person);
    return reply.code(201).send(column);
  });

  graph.get<{ Params: ListParams & { columnId: string } }>('/sites/:siteId/lists/:listId/columns/:columnId', (request) =>
    findColumn(listFromRequest(db, request), request.params.columnId),
  );

  graph.patch<{ Params: ListParams & { columnId: string } }>('/sites/:siteId/lists/:listId/columns/:columnId', (request) => {
    const person = requirePermission(request, 'manageLists');
    const context = listFromRequest(db, request);
    const column = patchColumn(findColumn(context, request.params.columnId), request.body);
    saveColumn(db, context, column, person);
    return column;
  });
}
