import { z } from 'zod';
import { sitePath, type GraphSite, type SiteLocator } from './graph-site';
import { listItemSchema, type GraphListItem } from './graph-shapes';
import type { ListIds } from './ensure-schema';
import { SCHEMA_VERSION, type ListKey } from './list-schema';
import { LIST_KEYS, type PlanContext } from './plan-context';

/**
 * Where the plan last read is kept between visits: IndexedDB in the browser, a map in tests. Values
 * go in and come out as structured data; what comes out is checked before it is used.
 */
export interface PlanMemoryStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** One person's memory of one plan site: the store, and the key naming that person and site, as signed in now. */
export interface PlanMemory {
  store: PlanMemoryStore;
  key: () => string;
}

/** Raised whenever what is remembered changes shape, so an older memory is never misread. */
const FORMAT = 1;

const rememberedSchema = z.looseObject({
  format: z.number(),
  /** The schema version the lists were checked against; another means they are checked again. */
  schemaVersion: z.number(),
  site: z.looseObject({ id: z.string(), name: z.string().optional(), webUrl: z.string().optional() }),
  listIds: z.record(z.string(), z.string()),
  lists: z.record(z.string(), z.looseObject({ items: z.array(listItemSchema), deltaLink: z.string() })),
  readAt: z.string(),
});

type RememberedShape = z.output<typeof rememberedSchema>;

/** The plan as last read on this device: where its lists are, their items, and the links that bring them up to date. */
export interface RememberedPlan extends RememberedShape {
  listIds: ListIds;
  lists: Record<ListKey, RememberedShape['lists'][string]>;
}

/** Written in this format, for this schema version, with every list's id and items read to a delta link. */
function usable(plan: RememberedShape): plan is RememberedPlan {
  return (
    plan.format === FORMAT &&
    plan.schemaVersion === SCHEMA_VERSION &&
    Number.isFinite(Date.parse(plan.readAt)) &&
    LIST_KEYS.every((key) => Boolean(plan.listIds[key]) && Boolean(plan.lists[key]?.deltaLink))
  );
}

/**
 * The signed-in person's memory of the site a locator names: another person signed in on the same
 * device (or switched to in the demo) never sees it.
 */
export function planMemory(store: PlanMemoryStore, userId: () => string, locator: SiteLocator): PlanMemory {
  return { store, key: () => `${userId()} ${sitePath(locator)}` };
}

/**
 * What is remembered, if it can be used: written in this format, for this schema version, with
 * every list read to a delta link. Anything else (nothing yet, an older app, a damaged entry) is
 * none, and the plan is opened as on a first visit.
 */
export async function recall(memory: PlanMemory): Promise<RememberedPlan | undefined> {
  try {
    const parsed = rememberedSchema.safeParse(await memory.store.get(memory.key()));
    return parsed.success && usable(parsed.data) ? parsed.data : undefined;
  } catch {
    // A browser that refuses storage (private mode, a full disk) only costs the quicker start.
    return undefined;
  }
}

/** Keeps the plan as now read, once every list has been read to a delta link; a failure to keep it is not the reader's. */
export async function remember(memory: PlanMemory, context: PlanContext, readAt: Date): Promise<void> {
  const lists: Partial<Record<ListKey, { items: GraphListItem[]; deltaLink: string }>> = {};
  for (const key of LIST_KEYS) {
    const deltaLink = context.caches[key].deltaLink;
    if (!deltaLink) return;
    lists[key] = { items: context.caches[key].all(), deltaLink };
  }
  const value: RememberedShape = {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    site: siteOf(context.site),
    listIds: { ...context.listIds },
    lists,
    readAt: readAt.toISOString(),
  };
  await memory.store.set(memory.key(), value).catch(() => undefined);
}

function siteOf(site: GraphSite): RememberedPlan['site'] {
  return { id: site.siteId, ...(site.name ? { name: site.name } : {}), ...(site.webUrl ? { webUrl: site.webUrl } : {}) };
}

/** Forgets the plan, so the next visit opens it as the first did. */
export async function forget(memory: PlanMemory): Promise<void> {
  await memory.store.delete(memory.key()).catch(() => undefined);
}
