import type { PlanSnapshot } from '../ports';
import type { Versioned } from '../ports/versioned';
import type { Action, ProgressUpdate } from '../../domain/plan';
import type { EdsReview } from '../../domain/eds';
import { compareText, groupBy, type FieldError } from '../../domain/shared';
import type { WresInput } from '../../domain/wres';
import { sendInBatches, type BatchRequest, type BatchResponse } from './batch';
import { storageErrorFor } from './graph-errors';
import { readAllPages, versionedItem, type GraphListItem } from './graph-site';
import { readItemPage } from './graph-shapes';
import { listSpec, type ListKey } from './list-schema';
import { actionFromItem, updateFromItem } from './mappers/action-mapper';
import { gradeFromItem, reviewFromItem, type StoredGrade } from './mappers/eds-mapper';
import { readText } from './mappers/field-values';
import { wresFromItem } from './mappers/wres-mapper';
import { relativeToBase } from './odata';
import { LIST_KEYS, deltaEnumerationPath, type PlanContext } from './plan-context';

function describeProblem(key: ListKey, item: GraphListItem, errors: readonly FieldError[]): string {
  return `${listSpec(key).displayName}, item ${item.id}: ${errors.map((error) => error.message).join('; ')}`;
}

/** Builds what the UI sees from the cached items, validating each one through the domain. */
function snapshotOf(context: PlanContext): PlanSnapshot {
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
    context.caches.actionUpdates.all().flatMap((item) => updateFromItem(item) ?? []),
    (stored) => [stored.actionId],
  );
  const actions: Versioned<Action>[] = context.caches.actions.all().flatMap((item) => {
    const own: ProgressUpdate[] = (updates.get(readText(item.fields?.ActionId)) ?? [])
      .map((stored) => stored.update)
      .toSorted((a, b) => a.at.localeCompare(b.at));
    return keep('actions', item, actionFromItem(item, own));
  });

  return {
    settings,
    wresYears: wresYears.toSorted((a, b) => a.value.year - b.value.year),
    edsReviews: edsReviews.toSorted((a, b) => a.value.year - b.value.year),
    // One shared collator: localeCompare made a collator for each of a long plan's many comparisons.
    actions: actions.toSorted((a, b) => compareText(a.value.dueDate, b.value.dueDate) || compareText(a.value.title, b.value.title)),
    problems,
  };
}

async function drain(context: PlanContext, response: BatchResponse): Promise<{ items: GraphListItem[]; deltaLink?: string }> {
  return readAllPages(context.site, readItemPage(response.body));
}

function failure(response: BatchResponse): Error {
  return storageErrorFor(response.status, response.body, response.headers);
}

/** The first load: every list's delta enumeration in one `$batch`, pages followed where a list is large. */
export async function loadPlan(context: PlanContext): Promise<PlanSnapshot> {
  const requests: BatchRequest[] = LIST_KEYS.map((key) => ({ id: key, method: 'GET', url: deltaEnumerationPath(context, key) }));
  const responses = await sendInBatches(context.site.client, requests);
  for (const key of LIST_KEYS) {
    const response = responses.get(key);
    if (!response || response.status >= 400) throw failure(response ?? { id: key, status: 500 });
    const { items, deltaLink } = await drain(context, response);
    context.caches[key].replaceAll(items, deltaLink);
  }
  return snapshotOf(context);
}

/**
 * A refresh: each list's delta link in one `$batch`. A list whose delta token Graph no longer
 * accepts (410 Gone) is enumerated again in full.
 */
export async function refreshPlan(context: PlanContext): Promise<PlanSnapshot> {
  const stale = LIST_KEYS.filter((key) => !context.caches[key].deltaLink);
  if (stale.length === LIST_KEYS.length) return loadPlan(context);
  const requests: BatchRequest[] = LIST_KEYS.map((key) => {
    const link = context.caches[key].deltaLink;
    return { id: key, method: 'GET', url: link ? relativeToBase(link, context.site.baseUrl) : deltaEnumerationPath(context, key) };
  });
  const responses = await sendInBatches(context.site.client, requests);
  const resync: ListKey[] = [];
  for (const key of LIST_KEYS) {
    const response = responses.get(key) ?? { id: key, status: 500 };
    if (response.status === 410) {
      resync.push(key);
      continue;
    }
    if (response.status >= 400) throw failure(response);
    const { items, deltaLink } = await drain(context, response);
    if (context.caches[key].deltaLink) context.caches[key].apply(items, deltaLink);
    else context.caches[key].replaceAll(items, deltaLink);
  }
  if (resync.length > 0) {
    const again = await sendInBatches(
      context.site.client,
      resync.map((key) => ({ id: key, method: 'GET' as const, url: deltaEnumerationPath(context, key) })),
    );
    for (const key of resync) {
      const response = again.get(key) ?? { id: key, status: 500 };
      if (response.status >= 400) throw failure(response);
      const { items, deltaLink } = await drain(context, response);
      context.caches[key].replaceAll(items, deltaLink);
    }
  }
  return snapshotOf(context);
}
