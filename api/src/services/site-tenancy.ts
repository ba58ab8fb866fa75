import { graphCall } from '../../../src/storage/graph/graph-site';
import { StorageError } from '../../../src/storage/ports';
import { appClient, type GraphAccess } from './graph-access';

/**
 * Which tenant owns a SharePoint site, as SharePoint itself says, so a trust can register only a
 * site of its own tenant whatever the request claims.
 */
export interface SiteTenancy {
  /** The owning tenant's id, or undefined when there is no such site. */
  tenantOf(siteId: string): Promise<string | undefined>;
}

/** Graph's `sharepointIds.tenantId` of the site, read with the app's own identity. */
export function graphSiteTenancy(access: GraphAccess): SiteTenancy {
  const client = appClient(access);
  return {
    async tenantOf(siteId) {
      try {
        const site = (await graphCall(() =>
          client
            .api(`/sites/${encodeURIComponent(siteId)}`)
            .select('id,sharepointIds')
            .get(),
        )) as { sharepointIds?: { tenantId?: string } };
        return site.sharepointIds?.tenantId;
      } catch (error) {
        if (error instanceof StorageError && error.kind === 'not-found') return undefined;
        throw error;
      }
    },
  };
}
