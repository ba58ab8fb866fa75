import type { PlanSnapshot, RefreshOptions } from '../ports';
import type { Versioned } from '../ports/versioned';
import type { Action, ProgressUpdate } from '../../domain/plan';
import type { EdsReview } from '../../domain/eds';
import { compareIsoDates, compareTitles, groupBy, type FieldError, type Validated } from '../../domain/shared';
import type { WresInput } from '../../domain/wres';
import { sendInBatches, type BatchRequest, type BatchResponse } from './batch';
import { storageErrorFor } from './graph-errors';
import { versionedItem, type GraphListItem } from './graph-site';
import { readItemPage } from './graph-shapes';
import { listSpec, type ListKey } from './list-schema';
import { actionFromItem, updateFromItem, type StoredUpdate } from './mappers/action-mapper';
import { gradeFromItem, reviewFromItem, type StoredGrade } from './mappers/eds-mapper';
import { readText } from './mappers/field-values';
import { wresFromItem } from './mappers/wres-mapper';
import { relativeToBase } from './odata';
import { LIST_KEYS, deltaEnumerationPath, type PlanContext } from './plan-context';

function describeProblem(key: ListKey, item: GraphListItem, errors: readonly FieldError[]): string {
  return `${listSpec(key).displayName}, item ${item.id}: ${errors.map((error) => error.message).join('; ')}`;
}

/**
 * Reading an action through the domain's validation is the costliest step of showing a long plan,
 * and a refresh keeps most items as they were (the same objects), so each item is read once for
 * the updates it was read with. Items and updates are never changed in place: an item changed in
 * SharePoint comes back as a new object.
 */
const readActions = new WeakMap<GraphListItem, ReadAction>();
const readUpdates = new WeakMap<GraphListItem, { stored: StoredUpdate | undefined }>();

/** An action item as read through the domain with the updates given, and as the UI is given it when valid. */
interface ReadAction {
  updates: readonly ProgressUpdate[];
  result: Validated<Action>;
  versioned?: Versioned<Action>;
}

const NO_UPDATES: readonly ProgressUpdate[] = [];

const sameUpdates = (a: readonly ProgressUpdate[], b: readonly ProgressUpdate[]): boolean =>
  a.length === b.length && a.every((update, index) => update === b[index]);

function actionOf(item: GraphListItem, updates: readonly ProgressUpdate[]): ReadAction {
  const known = readActions.get(item);
  if (known && sameUpdates(known.updates, updates)) return known;
  const result = actionFromItem(item, updates);
  const read: ReadAction = { updates, result, ...(result.ok ? { versioned: versionedItem(item, result.value) } : {}) };
  readActions.set(item, read);
  return read;
}

function updateOf(item: GraphListItem): StoredUpdate | undefined {
  let known = readUpdates.get(item);
  if (known === undefined) {
    known = { stored: updateFromItem(item) };
    readUpdates.set(item, known);
  }
  return known.stored;
}

/**
 * Reads a page of actions through the domain while the next page is on its way, so that little
 * is left to do once the last page comes. Most actions have no progress updates; one that has is
 * read again with them when the plan is put together.
 */
function checkActions(items: readonly GraphListItem[]): void {
  for (const item of items) if (!item.deleted) actionOf(item, NO_UPDATES);
}

/** Builds what the UI sees from the cached items, validating each one through the domain. */
export function snapshotOf(context: PlanContext): PlanSnapshot {
  const problems: string[] = [];
  const settings: Record<string, string> = {};
  for (const item of context.caches.settings.all()) {
    const key = readText(item.fields?.Key);
    if (key) settings[key] = readText(item.fields?.Value);
  }

  const keep = <T>(key: ListKey, item: GraphListItem, result: { ok: true; value: T } | { ok: false; errors: readonly FieldError[] }): Versioned<T>[] => {
    if (result.ok) return [versionedItem(item, result.value)];
    problems.push(describeProblem(key, item, result.errors));
    return [];
  };

  const wresYears: Versioned<WresInput>[] = context.caches.wresResults.all().flatMap((item) => keep('wresResults', item, wresFromItem(item)));

  const grades = groupBy<StoredGrade>(context.caches.edsGrades.all().map(gradeFromItem), (grade) => [grade.reviewId]);
  const edsReviews: Versioned<EdsReview>[] = context.caches.edsReviews
    .all()
    .flatMap((item) => keep('edsReviews', item, reviewFromItem(item, grades.get(readText(item.fields?.ReviewId)) ?? [])));

  const updates = groupBy(
    context.caches.actionUpdates.all().flatMap((item) => updateOf(item) ?? []),
    (stored) => [stored.actionId],
  );
  const actions: Versioned<Action>[] = [];
  for (const item of context.caches.actions.all()) {
    const stored = updates.get(readText(item.fields?.ActionId));
    const own = stored ? stored.map((each) => each.update).toSorted((a, b) => a.at.localeCompare(b.at)) : NO_UPDATES;
    const read = actionOf(item, own);
    if (read.versioned) actions.push(read.versioned);
    else actions.push(...keep('actions', item, read.result));
  }

  return {
    settings,
    wresYears: wresYears.toSorted((a, b) => a.value.year - b.value.year),
    edsReviews: edsReviews.toSorted((a, b) => a.value.year - b.value.year),
    // By due date, then title in list order: the Actions list's default order, so its sort is one pass.
    actions: actions.toSorted((a, b) => compareIsoDates(a.value.dueDate, b.value.dueDate) || compareTitles(a.value.title, b.value.title)),
    problems,
  };
}

function failure(response: BatchResponse): Error {
  return storageErrorFor(response.status, response.body, response.headers);
}

/** One list being read: the next page to ask for, what came so far, and whether it replaces the cache or updates it. */
interface ListRead {
  key: ListKey;
  url: string;
  replace: boolean;
  items: GraphListItem[];
  deltaLink?: string;
  done: boolean;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A page's link to the next one, read from its body before the page itself is checked. */
function nextLinkOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('@odata.nextLink' in body)) return undefined;
  const link = body['@odata.nextLink'];
  return typeof link === 'string' && link !== '' ? link : undefined;
}

/**
 * Reads each list from its start (a delta link, or a full enumeration) to its last page. Every
 * round asks for the next page of all the lists that have one in one `$batch`, so a large plan
 * costs as many rounds as its largest list has pages, not the sum of them. A delta link Graph no
 * longer accepts (410 Gone) starts that list again in full, in the next round.
 *
 * The next round is asked for as soon as this round's links to it are known, before its pages are
 * checked and their actions read through the domain: Graph works on the next pages while the
 * browser works on these, instead of each waiting for the other.
 */
async function readLists(context: PlanContext, starts: readonly { key: ListKey; url: string; replace: boolean }[]): Promise<void> {
  const reads: ListRead[] = starts.map((start) => ({ ...start, items: [], done: false }));
  const send = (pending: readonly ListRead[]): Promise<Map<string, BatchResponse>> => {
    const sent = sendInBatches(
      context.site.client,
      pending.map((read) => ({ id: read.key, method: 'GET' as const, url: read.url })),
    );
    // A round may fail while the one before is still being checked, before it is awaited: it is
    // handled there (or not wanted, when that check fails), never an unhandled rejection.
    sent.catch(() => undefined);
    return sent;
  };
  let pending = reads;
  let sending = send(pending);
  while (pending.length > 0) {
    const responses = await sending;
    const pages: { read: ListRead; body: unknown }[] = [];
    for (const read of pending) {
      const response = responses.get(read.key) ?? { id: read.key, status: 500 };
      if (response.status === 410 && !read.replace) {
        Object.assign(read, { url: deltaEnumerationPath(context, read.key), replace: true, items: [] });
        continue;
      }
      if (response.status >= 400) throw failure(response);
      const next = nextLinkOf(response.body);
      if (next) read.url = relativeToBase(next, context.site.baseUrl);
      else read.done = true;
      pages.push({ read, body: response.body });
    }
    pending = reads.filter((read) => !read.done);
    sending = pending.length > 0 ? send(pending) : Promise.resolve(new Map());
    // The request goes out through the Graph client's middleware (the token first) in later
    // microtasks: a task boundary lets it leave before this round's pages take the thread.
    if (pending.length > 0) await nextTask();
    for (const { read, body } of pages) {
      const page = readItemPage(body);
      const items = page.value ?? [];
      for (const item of items) read.items.push(item);
      if (read.done) read.deltaLink = page['@odata.deltaLink'];
      if (read.key === 'actions') checkActions(items);
    }
  }
  // The caches change only once every list has been read, so a failed read leaves them as they were.
  for (const read of reads) {
    if (read.replace) context.caches[read.key].replaceAll(read.items, read.deltaLink);
    else context.caches[read.key].apply(read.items, read.deltaLink);
  }
}

/** The delta link each list was last read to, or undefined when a list has not been read yet. */
function deltaLinks(context: PlanContext): Map<ListKey, string> | undefined {
  const links = new Map<ListKey, string>();
  for (const key of LIST_KEYS) {
    const link = context.caches[key].deltaLink;
    if (!link) return undefined;
    links.set(key, relativeToBase(link, context.site.baseUrl));
  }
  return links;
}

/**
 * The requests that read every list's changes, each after `after` (a write in the same `$batch`),
 * so a save and the plan as it left it come back in one round trip. None when a list has not been read.
 */
export function changesAfter(context: PlanContext, after: string): BatchRequest[] {
  const links = deltaLinks(context);
  if (!links) return [];
  return [...links].map(([key, url]) => ({ id: `changes-${key}`, method: 'GET', url, dependsOn: [after] }));
}

/**
 * Applies what `changesAfter` read. Only when every list's changes came back whole (no failure, no
 * further page) are they applied, and the next refresh is answered from them without a request;
 * otherwise nothing is applied and the refresh after the save asks Graph as usual.
 */
export function applyChanges(context: PlanContext, responses: ReadonlyMap<string, BatchResponse>): void {
  const pages = LIST_KEYS.map((key) => {
    const response = responses.get(`changes-${key}`);
    return response && response.status === 200 ? readItemPage(response.body) : undefined;
  });
  const whole = pages.flatMap((page) => (page && !page['@odata.nextLink'] && page['@odata.deltaLink'] ? [page] : []));
  if (whole.length !== LIST_KEYS.length) return;
  LIST_KEYS.forEach((key, index) => context.caches[key].apply(whole[index]?.value ?? [], whole[index]?.['@odata.deltaLink']));
  context.readWithSave = true;
}

/** The first load: every list's delta enumeration in one `$batch`, the next pages of large lists together. */
export async function loadPlan(context: PlanContext): Promise<PlanSnapshot> {
  await readLists(
    context,
    LIST_KEYS.map((key) => ({ key, url: deltaEnumerationPath(context, key), replace: true })),
  );
  return snapshotOf(context);
}

/**
 * A refresh: each list's delta link in one `$batch` (a list never read is enumerated in full). A
 * list whose delta token Graph no longer accepts (410 Gone) is enumerated again in full. Asked for
 * `afterSave`, after a save that read every list's changes with it, that read is the refresh and no request is sent.
 */
export async function refreshPlan(context: PlanContext, options: RefreshOptions = {}): Promise<PlanSnapshot> {
  const readWithSave = context.readWithSave;
  context.readWithSave = false;
  // The save just made read every list's changes with it: that read is this refresh.
  if (options.afterSave && readWithSave) return snapshotOf(context);
  await readLists(
    context,
    LIST_KEYS.map((key) => {
      const link = context.caches[key].deltaLink;
      return link ? { key, url: relativeToBase(link, context.site.baseUrl), replace: false } : { key, url: deltaEnumerationPath(context, key), replace: true };
    }),
  );
  return snapshotOf(context);
}
