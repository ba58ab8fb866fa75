import type { FastifyInstance } from 'fastify';
import { accessSite, requireSitePermission } from './auth';
import type { GraphDatabase } from './database';
import { applySelect, selectParam } from './odata-query';
import { findGroupSite, siteJson } from './sites';

/** `/sites/root`, `/sites/{site-id}` and `/groups/{group-id}/sites/root`: only to people in one of the site's groups. */
export function registerSiteRoutes(graph: FastifyInstance, db: GraphDatabase): void {
  graph.get<{ Params: { siteId: string } }>('/sites/:siteId', (request) =>
    applySelect(siteJson(accessSite(db, request, request.params.siteId, 'read')), selectParam(request)),
  );
  graph.get<{ Params: { groupId: string } }>('/groups/:groupId/sites/root', (request) => {
    const site = findGroupSite(db, request.params.groupId);
    requireSitePermission(request, site, 'read');
    return applySelect(siteJson(site), selectParam(request));
  });
}
