import type { GraphDatabase } from './database';
import { itemNotFound } from './graph-errors';

/** The SharePoint host of the local demo tenant. */
export const LOCAL_SHAREPOINT_HOST = 'demo-trust.sharepoint.example';

export interface LocalSiteDefinition {
  /** A short local key (also accepted in place of the site id, as `config.json` names sites this way). */
  key: 'demo-trust' | 'good-practice-hub' | 'second-demo-trust';
  /** Graph's composite site id: `host,siteCollectionGuid,webGuid`. */
  id: string;
  name: string;
  displayName: string;
  webUrl: string;
  /** The Microsoft 365 group whose team site this is (`/groups/{groupId}/sites/root`), if any. */
  groupId: string | null;
  /** The tenant's root site (`/sites/root`). */
  isRoot: boolean;
}

function compositeId(siteCollectionGuid: string, webGuid: string): string {
  return `${LOCAL_SHAREPOINT_HOST},${siteCollectionGuid},${webGuid}`;
}

export const DEMO_TRUST_GROUP_ID = '5b7d0c1e-2a44-4c61-9e0a-7a1d3c000001';
export const SECOND_DEMO_TRUST_GROUP_ID = '5b7d0c1e-2a44-4c61-9e0a-7a1d3c000002';

export const DEMO_TRUST_SITE_ID = compositeId('3f2a6e11-7c1b-4d2e-9a10-000000000001', '9c4e7b20-1d3f-4a5b-8c60-000000000001');
export const GOOD_PRACTICE_HUB_SITE_ID = compositeId('3f2a6e11-7c1b-4d2e-9a10-000000000002', '9c4e7b20-1d3f-4a5b-8c60-000000000002');
export const SECOND_DEMO_TRUST_SITE_ID = compositeId('3f2a6e11-7c1b-4d2e-9a10-000000000003', '9c4e7b20-1d3f-4a5b-8c60-000000000003');

export const localSites: readonly LocalSiteDefinition[] = [
  {
    key: 'demo-trust',
    id: DEMO_TRUST_SITE_ID,
    name: 'race-equality',
    displayName: 'Demo NHS Trust',
    webUrl: `https://${LOCAL_SHAREPOINT_HOST}/sites/race-equality`,
    groupId: DEMO_TRUST_GROUP_ID,
    isRoot: true,
  },
  {
    key: 'good-practice-hub',
    id: GOOD_PRACTICE_HUB_SITE_ID,
    name: 'good-practice-hub',
    displayName: 'Good Practice Hub',
    webUrl: `https://${LOCAL_SHAREPOINT_HOST}/sites/good-practice-hub`,
    groupId: null,
    isRoot: false,
  },
  {
    key: 'second-demo-trust',
    id: SECOND_DEMO_TRUST_SITE_ID,
    name: 'second-trust-race-equality',
    displayName: 'Second Demo Trust',
    webUrl: `https://${LOCAL_SHAREPOINT_HOST}/sites/second-trust-race-equality`,
    groupId: SECOND_DEMO_TRUST_GROUP_ID,
    isRoot: false,
  },
];

/** Fixed, so that initialising the database twice changes nothing. */
const SITES_CREATED = '2024-04-01T09:00:00Z';

export interface SiteRow {
  id: string;
  key: string;
  name: string;
  display_name: string;
  web_url: string;
  group_id: string | null;
  is_root: number;
  created: string;
  modified: string;
}

/** Creates the demo sites if they are missing (idempotent). */
export function ensureLocalSites(db: GraphDatabase): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO sites (id, key, name, display_name, web_url, group_id, is_root, created, modified)
     VALUES (@id, @key, @name, @displayName, @webUrl, @groupId, @isRoot, @created, @created)`,
  );
  db.transaction(() => {
    for (const site of localSites) insert.run({ ...site, isRoot: site.isRoot ? 1 : 0, created: SITES_CREATED });
  }).immediate();
}

/** A site by Graph id, by `root`, or by its local key; 404 otherwise. */
export function findSite(db: GraphDatabase, reference: string): SiteRow {
  const row =
    reference === 'root'
      ? (db.prepare('SELECT * FROM sites WHERE is_root = 1').get() as SiteRow | undefined)
      : (db.prepare('SELECT * FROM sites WHERE id = ? OR key = ?').get(reference, reference) as SiteRow | undefined);
  if (!row) throw itemNotFound(`Requested site could not be found`);
  return row;
}

export function findGroupSite(db: GraphDatabase, groupId: string): SiteRow {
  const row = db.prepare('SELECT * FROM sites WHERE group_id = ? COLLATE NOCASE').get(groupId) as SiteRow | undefined;
  if (!row) throw itemNotFound(`Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`);
  return row;
}

export function siteJson(site: SiteRow): Record<string, unknown> {
  return {
    id: site.id,
    name: site.name,
    displayName: site.display_name,
    webUrl: site.web_url,
    createdDateTime: site.created,
    lastModifiedDateTime: site.modified,
    siteCollection: { hostname: LOCAL_SHAREPOINT_HOST },
    ...(site.is_root ? { root: {} } : {}),
  };
}
