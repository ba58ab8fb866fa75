import type { PlanStorage, SchemaReport } from '../ports';
import { createActionStore } from './action-store';
import { ensureSchema } from './ensure-schema';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphSite, SiteLocator } from './graph-site';
import type { GraphList } from './graph-shapes';
import { createPeopleDirectory } from './people-directory';
import { createPlanContext } from './plan-context';
import { openSite } from './open-site';
import { loadPlan, refreshPlan } from './plan-reader';
import { createEdsStore, createSettingsStore, createWresStore } from './record-stores';

export interface OpenedPlanStorage {
  storage: PlanStorage;
  /** What opening had to create: empty lists the first time a plan is opened on a site. */
  schema: SchemaReport;
}

export interface OpenOptions {
  pageSize?: number;
  /** False leaves missing lists uncreated and throws SetupNeededError; true (the default) creates them. */
  createMissing?: boolean;
  /** The site's lists with their columns, when they were read with the site, so they are not read again. */
  lists?: readonly GraphList[];
}

/**
 * Opens the plan on a SharePoint site through Microsoft Graph: makes sure its lists exist (one
 * request when they do, none when `lists` were read with the site), then offers every storage port over them.
 */
export async function openGraphPlanStorage(site: GraphSite, options: OpenOptions = {}): Promise<OpenedPlanStorage> {
  const { report, listIds } = await ensureSchema(site, options.createMissing ?? true, options.lists);
  const context = createPlanContext(site, listIds, options.pageSize);
  const storage: PlanStorage = {
    site: { id: site.siteId, name: site.name ?? site.siteId, ...(site.webUrl ? { webUrl: site.webUrl } : {}) },
    async ensureSchema() {
      return (await ensureSchema(site)).report;
    },
    load: () => loadPlan(context),
    refresh: (asked) => refreshPlan(context, asked),
    actions: createActionStore(context),
    wres: createWresStore(context),
    eds: createEdsStore(context),
    settings: createSettingsStore(context),
    people: createPeopleDirectory(site.client),
  };
  return { storage, schema: report };
}

/**
 * Opens the plan on the site the locator names: the site and its lists in one `$batch`, so that
 * with the lists in place opening costs that one request and loading the plan one more.
 */
export async function openPlanOnSite(
  client: Client,
  baseUrl: string,
  locator: SiteLocator,
  options: Omit<OpenOptions, 'lists'> = {},
): Promise<OpenedPlanStorage> {
  const { site, lists } = await openSite(client, baseUrl, locator);
  return openGraphPlanStorage(site, { ...options, lists });
}
