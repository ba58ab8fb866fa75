import type { Client } from '@microsoft/microsoft-graph-client';
import { batchBody, sendInBatches } from './batch';
import { LISTS_WITH_COLUMNS } from './ensure-schema';
import { graphCall, sitePath, type GraphSite, type SiteLocator } from './graph-site';
import { readListPage, readSite, type GraphList } from './graph-shapes';
import { relativeToBase, withQuery } from './odata';

/** A site and its lists with their columns, read together. */
export interface OpenedSite {
  site: GraphSite;
  lists: readonly GraphList[];
}

/**
 * Finds the plan's site and reads its lists with their columns in one `$batch`: Graph addresses a
 * site's lists through the same locator as the site (`/sites/root/lists`, `/groups/{id}/sites/root/lists`),
 * so neither waits for the other's id. The site's own failure (403, 404) is the one reported.
 */
export async function openSite(client: Client, baseUrl: string, locator: SiteLocator): Promise<OpenedSite> {
  const path = sitePath(locator);
  const responses = await sendInBatches(client, [
    { id: 'site', method: 'GET', url: withQuery(path, { $select: 'id,displayName,webUrl' }) },
    { id: 'lists', method: 'GET', url: withQuery(`${path}/lists`, LISTS_WITH_COLUMNS) },
  ]);
  const found = readSite(batchBody(responses.get('site')));
  const site: GraphSite = { client, baseUrl, siteId: found.id, name: found.displayName, webUrl: found.webUrl };
  let page = readListPage(batchBody(responses.get('lists')));
  const lists = [...(page.value ?? [])];
  // A site with more lists than Graph puts on one page; the plan's own are usually on the first.
  for (let link = page['@odata.nextLink']; link; link = page['@odata.nextLink']) {
    const next = relativeToBase(link, baseUrl);
    page = readListPage(await graphCall(() => client.api(next).get()));
    lists.push(...(page.value ?? []));
  }
  return { site, lists };
}
