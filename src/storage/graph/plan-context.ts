import type { HistoryEntry } from '../ports';
import type { ListIds } from './ensure-schema';
import { listItemsPath, type GraphSite } from './graph-site';
import type { ListKey } from './list-schema';
import { ListCache } from './list-cache';
import { ACTION_FIELDS, UPDATE_FIELDS } from './mappers/action-mapper';
import { GRADE_FIELDS, REVIEW_FIELDS } from './mappers/eds-mapper';
import { WRES_FIELDS } from './mappers/wres-mapper';
import { withQuery } from './odata';

/** The columns read from each list: only what the app maps, so large text from other columns is not fetched. */
const SELECTED_FIELDS: Readonly<Record<ListKey, readonly string[]>> = {
  settings: ['Title', 'Key', 'Value'],
  wresResults: WRES_FIELDS,
  actions: ACTION_FIELDS,
  actionUpdates: ['Title', ...UPDATE_FIELDS],
  edsReviews: REVIEW_FIELDS,
  edsGrades: ['Title', ...GRADE_FIELDS],
};

/**
 * The item properties read besides `fields`: what a saved value carries (its id and eTag, when
 * SharePoint created it, when and by whom it was last changed; an update's author is who created
 * it) and `deleted` for a delta's removals. The rest of a listItem (its links, its parent, its
 * content type) is a third of its size and goes unread: a plan of 50,000 actions would download
 * and keep tens of megabytes for nothing.
 */
const ITEM_PROPERTIES = ['id', 'eTag', 'createdDateTime', 'lastModifiedDateTime', 'lastModifiedBy', 'deleted'];
const SELECTED_PROPERTIES: Readonly<Record<ListKey, readonly string[]>> = {
  settings: ITEM_PROPERTIES,
  wresResults: ITEM_PROPERTIES,
  actions: ITEM_PROPERTIES,
  actionUpdates: [...ITEM_PROPERTIES, 'createdBy'],
  edsReviews: ITEM_PROPERTIES,
  edsGrades: ITEM_PROPERTIES,
};

export const LIST_KEYS: readonly ListKey[] = ['settings', 'wresResults', 'actions', 'actionUpdates', 'edsReviews', 'edsGrades'];

/** Graph's largest page of list items. */
const MAX_PAGE = 5000;

/** One plan site, its lists, and what was last read from them. */
export interface PlanContext {
  site: GraphSite;
  listIds: ListIds;
  caches: Record<ListKey, ListCache>;
  /** Items per page when reading; Graph's maximum unless a test needs many pages. */
  pageSize: number;
  /** A save has just read every list's changes with it, so a refresh asked for `afterSave` need not ask again. */
  readWithSave: boolean;
  /** The history read with the last save of an action, for the page shown after it. */
  savedHistory?: SavedHistory;
}

/** An action's history as read with a save, good while the action keeps that eTag and that many updates. */
export interface SavedHistory {
  actionId: string;
  eTag: string;
  updateCount: number;
  entries: readonly HistoryEntry[];
}

export function createPlanContext(site: GraphSite, listIds: ListIds, pageSize = MAX_PAGE): PlanContext {
  const caches = Object.fromEntries(LIST_KEYS.map((key) => [key, new ListCache()])) as Record<ListKey, ListCache>;
  return { site, listIds, caches, pageSize, readWithSave: false };
}

export function itemsPath(context: PlanContext, key: ListKey): string {
  return listItemsPath(context.site, context.listIds[key]);
}

export function expandFields(key: ListKey): string {
  return `fields(select=${SELECTED_FIELDS[key].join(',')})`;
}

/** The query of a list's delta read: the item properties and the columns the app maps, `pageSize` items a page. */
export function deltaQuery(key: ListKey, pageSize: number): Readonly<Record<string, string | number>> {
  return { $select: SELECTED_PROPERTIES[key].join(','), expand: expandFields(key), $top: pageSize };
}

/** A full enumeration through the delta feed, which ends with the link for the next refresh. */
export function deltaEnumerationPath(context: PlanContext, key: ListKey): string {
  return withQuery(`${itemsPath(context, key)}/delta`, deltaQuery(key, context.pageSize));
}
