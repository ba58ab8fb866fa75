import type { FastifyInstance } from 'fastify';
import type { GraphDatabase } from './database';
import { applySelect, selectParam } from './odata-query';
import { findGroupSite, findSite, siteJson } from './sites';

/** `/sites/root`, `/sites/{site-id}` and `/groups/{group-id}/sites/root`. */
export function registerSiteRoutes(graph: FastifyInstance, db: GraphDatabase): void {
  graph.get<{ Params: { siteId: string } }>('/sites/:siteId', (request) =>
    applySelect(siteJson(findSite(db, request.params.siteId)), selectParam(request)),
  );
  graph.get<{ Params: { groupId: string } }>('/groups/:groupId/sites/root', (request) =>
    applySelect(siteJson(findGroupSite(db, request.params.groupId)), selectParam(request)),
  );
}
