import { z } from 'zod/mini';
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
const FORMAT = 2;

/**
 * Items per stored page. The browser copies each value it stores (a structured clone) before
 * IndexedDB writes it; one value holding a 50,000-action plan raised the tab's memory by about
 * 140 MB while it was written, so a plan is stored a page at a time and only one page is copied at once.
 */
const PAGE_ITEMS = 1000;

const headSchema = z.looseObject({
  format: z.number(),
  /** The schema version the lists were checked against; another means they are checked again. */
  schemaVersion: z.number(),
  site: z.looseObject({ id: z.string(), name: z.optional(z.string()), webUrl: z.optional(z.string()) }),
  listIds: z.record(z.string(), z.string()),
  /** Names this write's pages, so a later write never mixes its pages with these. */
  generation: z.string(),
  lists: z.record(z.string(), z.looseObject({ pages: z.int().check(z.nonnegative()), deltaLink: z.string() })),
  readAt: z.string(),
});
const pageSchema = z.array(listItemSchema);

type Head = z.output<typeof headSchema>;
type RememberedList = { items: GraphListItem[]; deltaLink: string };

/** The plan as last read on this device: where its lists are, their items, and the links that bring them up to date. */
export interface RememberedPlan {
  schemaVersion: number;
  site: Head['site'];
  listIds: ListIds;
  lists: Record<ListKey, RememberedList>;
  readAt: string;
}

/** Written in this format, for this schema version, with every list's id and items read to a delta link. */
function usable(head: Head): boolean {
  return (
    head.format === FORMAT &&
    head.schemaVersion === SCHEMA_VERSION &&
    Number.isFinite(Date.parse(head.readAt)) &&
    LIST_KEYS.every((key) => Boolean(head.listIds[key]) && Boolean(head.lists[key]?.deltaLink))
  );
}

const pageKey = (memory: PlanMemory, generation: string, list: string, page: number): string => `${memory.key()} ${generation} ${list} ${page}`;

/** The head stored for this person and site, if it is one this app wrote. */
async function headOf(memory: PlanMemory): Promise<Head | undefined> {
  const parsed = headSchema.safeParse(await memory.store.get(memory.key()));
  return parsed.success ? parsed.data : undefined;
}

/** Removes the pages a head names; the head itself is left to the caller. */
async function removePages(memory: PlanMemory, head: Head): Promise<void> {
  for (const [list, { pages }] of Object.entries(head.lists)) {
    for (let page = 0; page < pages; page += 1) await memory.store.delete(pageKey(memory, head.generation, list, page));
  }
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
 * every list read to a delta link and every page of its items there. Anything else (nothing yet, an
 * older app, a damaged entry) is none, and the plan is opened as on a first visit.
 */
export async function recall(memory: PlanMemory): Promise<RememberedPlan | undefined> {
  try {
    const head = await headOf(memory);
    if (head === undefined || !usable(head)) return undefined;
    const lists: Partial<Record<ListKey, RememberedList>> = {};
    for (const key of LIST_KEYS) {
      const list = head.lists[key];
      if (list === undefined) return undefined;
      const items: GraphListItem[] = [];
      for (let page = 0; page < list.pages; page += 1) {
        const parsed = pageSchema.safeParse(await memory.store.get(pageKey(memory, head.generation, key, page)));
        if (!parsed.success) return undefined;
        items.push(...parsed.data);
      }
      lists[key] = { items, deltaLink: list.deltaLink };
    }
    return {
      schemaVersion: head.schemaVersion,
      site: head.site,
      listIds: head.listIds as ListIds,
      lists: lists as Record<ListKey, RememberedList>,
      readAt: head.readAt,
    };
  } catch {
    // A browser that refuses storage (private mode, a full disk) only costs the quicker start.
    return undefined;
  }
}

/**
 * Keeps the plan as now read, once every list has been read to a delta link; a failure to keep it
 * is not the reader's. Its pages go first, each on its own, then the head that names them, then
 * the pages of the write before are removed: a head never names pages that are not all there.
 */
export async function remember(memory: PlanMemory, context: PlanContext, readAt: Date): Promise<void> {
  if (LIST_KEYS.some((key) => !context.caches[key].deltaLink)) return;
  try {
    const before = await headOf(memory);
    const generation = `${readAt.getTime()}-${Math.random().toString(36).slice(2, 8)}`;
    const lists: Head['lists'] = {};
    for (const key of LIST_KEYS) {
      const items = context.caches[key].all();
      const pages = Math.ceil(items.length / PAGE_ITEMS);
      for (let page = 0; page < pages; page += 1) {
        await memory.store.set(pageKey(memory, generation, key, page), items.slice(page * PAGE_ITEMS, (page + 1) * PAGE_ITEMS));
      }
      lists[key] = { pages, deltaLink: context.caches[key].deltaLink ?? '' };
    }
    const head: Head = {
      format: FORMAT,
      schemaVersion: SCHEMA_VERSION,
      site: siteOf(context.site),
      listIds: { ...context.listIds },
      generation,
      lists,
      readAt: readAt.toISOString(),
    };
    await memory.store.set(memory.key(), head);
    if (before !== undefined) await removePages(memory, before);
  } catch {
    // Not kept: the next visit opens the plan as the first did.
  }
}

function siteOf(site: GraphSite): RememberedPlan['site'] {
  return { id: site.siteId, ...(site.name ? { name: site.name } : {}), ...(site.webUrl ? { webUrl: site.webUrl } : {}) };
}

/** Forgets the plan, so the next visit opens it as the first did. */
export async function forget(memory: PlanMemory): Promise<void> {
  try {
    const head = await headOf(memory);
    await memory.store.delete(memory.key());
    if (head !== undefined) await removePages(memory, head);
  } catch {
    // Nothing more to do: an entry that cannot be removed is replaced by the next read's.
  }
}
