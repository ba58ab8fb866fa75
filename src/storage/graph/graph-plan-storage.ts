import type { PlanStorage, SchemaReport } from '../ports';
import { createActionStore } from './action-store';
import { ensureSchema } from './ensure-schema';
import type { GraphSite } from './graph-site';
import { createPeopleDirectory } from './people-directory';
import { createPlanContext } from './plan-context';
import { loadPlan, refreshPlan } from './plan-reader';
import { createEdsStore, createSettingsStore, createWresStore } from './record-stores';

export interface OpenedPlanStorage {
  storage: PlanStorage;
  /** What opening had to create: empty lists the first time a plan is opened on a site. */
  schema: SchemaReport;
}

/**
 * Opens the plan on a SharePoint site through Microsoft Graph: makes sure its lists exist (one
 * request when they do), then offers every storage port over them.
 */
export interface OpenOptions {
  pageSize?: number;
  /** False leaves missing lists uncreated and throws SetupNeededError; true (the default) creates them. */
  createMissing?: boolean;
}

export async function openGraphPlanStorage(site: GraphSite, options: OpenOptions = {}): Promise<OpenedPlanStorage> {
  const { report, listIds } = await ensureSchema(site, options.createMissing ?? true);
  const context = createPlanContext(site, listIds, options.pageSize);
  const storage: PlanStorage = {
    site: { id: site.siteId, name: site.name ?? site.siteId, ...(site.webUrl ? { webUrl: site.webUrl } : {}) },
    async ensureSchema() {
      return (await ensureSchema(site)).report;
    },
    load: () => loadPlan(context),
    refresh: () => refreshPlan(context),
    actions: createActionStore(context),
    wres: createWresStore(context),
    eds: createEdsStore(context),
    settings: createSettingsStore(context),
    people: createPeopleDirectory(site.client),
  };
  return { storage, schema: report };
}
