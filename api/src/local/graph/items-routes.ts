import type { FastifyInstance } from 'fastify';
import { currentPerson } from './auth';
import type { GraphDatabase } from './database';
import { invalidRequest } from './graph-errors';
import { decodeSkipToken, encodeSkipToken, itemQuery } from './item-query';
import { readItemPage } from './item-pages';
import { createItem, deleteItem, fieldValueSet, findItem, itemJson, updateItemFields } from './items';
import { type ListParams, listFromRequest } from './lists-routes';
import { fieldsExpansion, itemSelect, linkWithQuery, queryParam, selectParam, topParam } from './odata-query';

type ItemParams = ListParams & { itemId: string };

export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;

/** List items: read, filtered, ordered and paged; created, updated (with If-Match) and deleted. */
export function registerItemRoutes(graph: FastifyInstance, db: GraphDatabase): void {
  graph.get<{ Params: ListParams }>('/sites/:siteId/lists/:listId/items', (request) => {
    const context = listFromRequest(db, request, 'read');
    const query = itemQuery(request, context.columns);
    const expansion = fieldsExpansion(request);
    const select = itemSelect(request, expansion);
    const top = topParam(request, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const skip = decodeSkipToken(queryParam(request, 'skiptoken'));
    const page = readItemPage(db, context.list.id, query, skip, top);
    const value = page.items.map((item) =>
      itemJson(context, item, { fields: expansion.expanded, ...(expansion.select ? { fieldsSelect: expansion.select } : {}), ...(select ? { select } : {}) }),
    );
    if (!page.next) return { value };
    return { '@odata.nextLink': linkWithQuery(request, { $skiptoken: encodeSkipToken(page.next) }), value };
  });

  graph.post<{ Params: ListParams }>('/sites/:siteId/lists/:listId/items', async (request, reply) => {
    const context = listFromRequest(db, request, 'writeItems');
    const person = currentPerson(request);
    const item = createItem(db, context, request.body, person);
    return reply.code(201).send(itemJson(context, item, { fields: true }));
  });

  graph.get<{ Params: ItemParams }>('/sites/:siteId/lists/:listId/items/:itemId', (request) => {
    const context = listFromRequest(db, request, 'read');
    const expansion = fieldsExpansion(request);
    const item = findItem(db, context.list.id, request.params.itemId);
    const select = itemSelect(request, expansion);
    return itemJson(context, item, { fields: true, ...(expansion.select ? { fieldsSelect: expansion.select } : {}), ...(select ? { select } : {}) });
  });

  graph.get<{ Params: ItemParams }>('/sites/:siteId/lists/:listId/items/:itemId/fields', (request) => {
    const context = listFromRequest(db, request, 'read');
    return fieldValueSet(findItem(db, context.list.id, request.params.itemId), context.columns, selectParam(request));
  });

  graph.patch<{ Params: ItemParams }>('/sites/:siteId/lists/:listId/items/:itemId/fields', (request) => {
    const context = listFromRequest(db, request, 'writeItems');
    const person = currentPerson(request);
    const item = updateItemFields(db, context, request.params.itemId, request.body, request.headers['if-match'], person);
    return fieldValueSet(item, context.columns);
  });

  graph.patch<{ Params: ItemParams }>('/sites/:siteId/lists/:listId/items/:itemId', (request) => {
    const context = listFromRequest(db, request, 'writeItems');
    const person = currentPerson(request);
    const body = request.body;
    if (typeof body !== 'object' || body === null || !('fields' in body)) {
      throw invalidRequest('Update a list item with { "fields": { … } }, or PATCH its /fields.');
    }
    const item = updateItemFields(db, context, request.params.itemId, (body as { fields: unknown }).fields, request.headers['if-match'], person);
    return itemJson(context, item, { fields: true });
  });

  graph.delete<{ Params: ItemParams }>('/sites/:siteId/lists/:listId/items/:itemId', async (request, reply) => {
    const context = listFromRequest(db, request, 'writeItems');
    deleteItem(db, context, request.params.itemId, request.headers['if-match']);
    return reply.code(204).send();
  });
}
