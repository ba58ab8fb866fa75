import { ForbiddenError, NotFoundError, StorageFailure, type PlanSnapshot, type PlanStorage, type RefreshOptions, type SchemaReport } from '../ports';
import { createActionStore } from './action-store';
import { ensureSchema } from './ensure-schema';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphSite, SiteLocator } from './graph-site';
import type { GraphList } from './graph-shapes';
import { createPeopleDirectory } from './people-directory';
import { LIST_KEYS, createPlanContext, type PlanContext } from './plan-context';
import { forget, recall, remember, type PlanMemory, type RememberedPlan } from './plan-memory';
import { openSite } from './open-site';
import { loadPlan, refreshPlan, snapshotOf } from './plan-reader';
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
  /** Where this person's last read of the plan is kept between visits; without it nothing is kept. */
  memory?: PlanMemory;
}

interface PlanReads {
  load(): Promise<PlanSnapshot>;
  refresh(options?: RefreshOptions): Promise<PlanSnapshot>;
}

/** Every port over the plan's lists, reading through `reads` and keeping each read in `memory`. */
function planStorage(context: PlanContext, reads: PlanReads, memory: PlanMemory | undefined, remembered?: PlanStorage['remembered']): PlanStorage {
  // Writes of the memory follow one another, so an older read never overwrites a newer one.
  let keeping = Promise.resolve();
  const kept = (snapshot: PlanSnapshot): PlanSnapshot => {
    const readAt = new Date();
    if (memory) keeping = keeping.then(() => remember(memory, context, readAt));
    return snapshot;
  };
  return {
    get site() {
      const site = context.site;
      return { id: site.siteId, name: site.name ?? site.siteId, ...(site.webUrl ? { webUrl: site.webUrl } : {}) };
    },
    ...(remembered ? { remembered } : {}),
    async ensureSchema() {
      return (await ensureSchema(context.site)).report;
    },
    load: async () => kept(await reads.load()),
    refresh: async (asked) => kept(await reads.refresh(asked)),
    actions: createActionStore(context),
    wres: createWresStore(context),
    eds: createEdsStore(context),
    settings: createSettingsStore(context),
    people: createPeopleDirectory(context.site.client),
  };
}

/**
 * Opens the plan on a SharePoint site through Microsoft Graph: makes sure its lists exist (one
 * request when they do, none when `lists` were read with the site), then offers every storage port over them.
 */
export async function openGraphPlanStorage(site: GraphSite, options: OpenOptions = {}): Promise<OpenedPlanStorage> {
  const { report, listIds } = await ensureSchema(site, options.createMissing ?? true, options.lists);
  const context = createPlanContext(site, listIds, options.pageSize);
  const reads: PlanReads = { load: () => loadPlan(context), refresh: (asked) => refreshPlan(context, asked) };
  return { storage: planStorage(context, reads, options.memory), schema: report };
}

/** A remembered site or list that Graph no longer knows (deleted, or moved): opened again from the start instead. */
function isStale(error: unknown): boolean {
  return error instanceof NotFoundError || (error instanceof StorageFailure && error.status === 410);
}

/**
 * Opens the plan as this person last read it on this device, with no request: the pages show it
 * at once, with when it was read, and its first refresh (one `$batch` of delta links) brings it up
 * to date. Where the remembered ids are stale (404, 410) the plan is opened as on a first visit;
 * where the person may no longer read it (403) it is forgotten.
 */
function openRemembered(
  client: Client,
  baseUrl: string,
  locator: SiteLocator,
  options: OpenOptions & { memory: PlanMemory },
  remembered: RememberedPlan,
): OpenedPlanStorage {
  const { memory } = options;
  const site: GraphSite = { client, baseUrl, siteId: remembered.site.id, name: remembered.site.name, webUrl: remembered.site.webUrl };
  const context = createPlanContext(site, remembered.listIds, options.pageSize);
  for (const key of LIST_KEYS) context.caches[key].replaceAll(remembered.lists[key].items, remembered.lists[key].deltaLink);
  let reopened = false;
  const orFromTheStart = async (read: () => Promise<PlanSnapshot>): Promise<PlanSnapshot> => {
    try {
      return await read();
    } catch (error) {
      if (error instanceof ForbiddenError) await forget(memory);
      if (reopened || !isStale(error)) throw error;
      reopened = true;
      await forget(memory);
      const opened = await openSite(client, baseUrl, locator);
      const { listIds } = await ensureSchema(opened.site, options.createMissing ?? true, opened.lists);
      context.site = opened.site;
      context.listIds = listIds;
      return loadPlan(context);
    }
  };
  const reads: PlanReads = {
    load: () => orFromTheStart(() => loadPlan(context)),
    refresh: (asked) => orFromTheStart(() => refreshPlan(context, asked)),
  };
  const storage = planStorage(context, reads, memory, { snapshot: snapshotOf(context), readAt: new Date(remembered.readAt) });
  return { storage, schema: { createdLists: [], addedColumns: [], indexedColumns: [], schemaVersion: remembered.schemaVersion } };
}

/**
 * Opens the plan on the site the locator names. With a memory of this person's last visit, at once
 * and with no request (see `openRemembered`); otherwise the site and its lists in one `$batch`, so
 * that with the lists in place opening costs that one request and loading the plan one more.
 */
export async function openPlanOnSite(
  client: Client,
  baseUrl: string,
  locator: SiteLocator,
  options: Omit<OpenOptions, 'lists'> = {},
): Promise<OpenedPlanStorage> {
  const { memory } = options;
  const remembered = memory ? await recall(memory) : undefined;
  if (memory && remembered) return openRemembered(client, baseUrl, locator, { ...options, memory }, remembered);
  const { site, lists } = await openSite(client, baseUrl, locator);
  return openGraphPlanStorage(site, { ...options, lists });
}
