// Deep imports, not the eds index: the storage loads with the first screen, and the index would
// bring every EDS page's rules into the chunks the first screen downloads.
import { frameworkName } from '../../domain/eds/framework-name';
import { canDeleteReview, duplicateReview, duplicateReviewMessage } from '../../domain/eds/lifecycle';
import type { EdsReview } from '../../domain/eds/review';
import type { WresInput } from '../../domain/wres';
import type { EdsStore, SettingsStore, WresStore } from '../ports';
import { ConflictError, InvalidError } from '../ports/errors';
import type { Versioned } from '../ports/versioned';
import { sendInBatches, type BatchRequest } from './batch';
import { storageErrorFor } from './graph-errors';
import { postListItem, versionedItem, type GraphListItem } from './graph-site';
import { readListItem } from './graph-shapes';
import { planList, saveItemFields } from './plan-list';
import { gradeFromItem, gradeToFields, reviewFromItem, reviewToFields } from './mappers/eds-mapper';
import { readText, titleText } from './mappers/field-values';
import { wresFromItem, wresToFields } from './mappers/wres-mapper';
import { withQuery } from './odata';
import { expandFields, itemsPath, type PlanContext } from './plan-context';

function readWres(item: GraphListItem): Versioned<WresInput> | undefined {
  const parsed = wresFromItem(item);
  return parsed.ok ? versionedItem(item, parsed.value) : undefined;
}

export function createWresStore(context: PlanContext): WresStore {
  return {
    async saveYear(input, eTag) {
      const key = `${input.organisation.odsCode} ${input.year}`;
      const existing = context.caches.wresResults.find(
        (item) => item.fields?.OrgCode === input.organisation.odsCode && Number(item.fields?.Year) === input.year,
      );
      if (!existing) {
        const posted = await postListItem(context.site, itemsPath(context, 'wresResults'), wresToFields(input));
        // A create answered without fields is read back (which also keeps it), so the cache can find the year by its key.
        const item = posted.fields ? posted : await planList(context, 'wresResults').get(posted.id);
        context.caches.wresResults.upsert(item);
        return versionedItem(item, input);
      }
      if (!eTag) {
        throw new ConflictError(readWres(existing), `${key} is already stored. Open it and save your changes over it, so nothing is overwritten by accident.`);
      }
      const item = await saveItemFields(context, 'wresResults', existing.id, eTag, wresToFields(input), readWres);
      return versionedItem(item, input);
    },
  };
}

export function createEdsStore(context: PlanContext): EdsStore {
  const readReview = (item: GraphListItem): Versioned<EdsReview> | undefined => {
    const reviewId = readText(item.fields?.ReviewId);
    const grades = context.caches.edsGrades
      .all()
      .map(gradeFromItem)
      .filter((grade) => grade.reviewId === reviewId);
    const parsed = reviewFromItem(item, grades);
    return parsed.ok ? versionedItem(item, parsed.value) : undefined;
  };

  return {
    async saveReview(review, eTag) {
      // One review per framework and year, or the panel's grades split. For a new review the server's
      // reviews of its year are read into the cache first, so one another person started since this
      // plan was read is refused as well; an edit keeps its year, so the reviews already read suffice.
      const reviews = planList(context, 'edsReviews');
      const isNew = !context.caches.edsReviews.find((item) => readText(item.fields?.ReviewId) === review.id);
      if (isNew) await reviews.all({ column: 'Year', value: review.year });
      const known = context.caches.edsReviews
        .all()
        .map((item) => reviewFromItem(item, []))
        .flatMap((parsed) => (parsed.ok ? [parsed.value] : []));
      const duplicate = duplicateReview(known, review.framework, review.year, review.id);
      if (duplicate) throw new InvalidError(duplicateReviewMessage(duplicate), { year: duplicateReviewMessage(duplicate) });

      const existing = await reviews.findBy({ column: 'ReviewId', value: review.id });
      let item: GraphListItem;
      if (!existing) {
        ({ item } = await reviews.createOrFind(reviewToFields(review), { column: 'ReviewId', value: review.id }));
      } else {
        if (!eTag) throw new ConflictError(readReview(existing), 'This review is already stored. Open it and save your changes over it.');
        item = await saveItemFields(context, 'edsReviews', existing.id, eTag, reviewToFields(review), readReview);
      }

      // The review's eTag guards the whole review; its grades follow it: one item per graded outcome.
      const stored = context.caches.edsGrades
        .all()
        .map(gradeFromItem)
        .filter((grade) => grade.reviewId === review.id);
      const gradesPath = itemsPath(context, 'edsGrades');
      const requests: BatchRequest[] = review.outcomes.map((outcome, index) => {
        const current = stored.find((grade) => grade.outcome.outcomeId === outcome.outcomeId);
        const fields = gradeToFields(review.id, outcome);
        return current
          ? { id: `g${index}`, method: 'PATCH', url: `${gradesPath}/${current.itemId}/fields`, headers: { 'Content-Type': 'application/json' }, body: fields }
          : { id: `g${index}`, method: 'POST', url: gradesPath, headers: { 'Content-Type': 'application/json' }, body: { fields } };
      });
      const kept = new Set(review.outcomes.map((outcome) => outcome.outcomeId));
      stored
        .filter((grade) => !kept.has(String(grade.outcome.outcomeId)))
        .forEach((grade, index) => requests.push({ id: `d${index}`, method: 'DELETE', url: `${gradesPath}/${grade.itemId}` }));
      const responses = await sendInBatches(context.site.client, requests);
      const failed = [...responses.values()].filter((response) => response.status >= 400);
      if (failed.length > 0) {
        const first = failed[0];
        throw storageErrorFor(first?.status ?? 500, first?.body, first?.headers);
      }
      // Created grades come back as items; patched ones as fields only, so they are read on the next refresh.
      const posted = new Set(requests.filter((request) => request.method === 'POST').map((request) => request.id));
      const created = [...responses].filter(([id]) => posted.has(id)).map(([, response]) => readListItem(response.body));
      created.filter((grade) => grade.fields).forEach((grade) => context.caches.edsGrades.upsert(grade));
      await readBackGrades(
        context,
        created.filter((grade) => !grade.fields),
      );
      return versionedItem(item, review);
    },

    async removeReview(stored) {
      const review = stored.value;
      if (!canDeleteReview(review)) {
        throw new InvalidError(
          `Only a draft review can be deleted. The ${frameworkName(review.framework)} review for ${review.year} is ${review.status.toLowerCase()}: it is the record of what the panel agreed.`,
        );
      }
      const reviews = planList(context, 'edsReviews');
      try {
        await reviews.remove(stored.itemId, stored.eTag);
      } catch (error) {
        if (error instanceof ConflictError) {
          const latest = await reviews.get(stored.itemId);
          throw new ConflictError(readReview(latest), 'Someone else saved a change to this review since you opened it, so it was not deleted.');
        }
        throw error;
      }
      // The review's eTag guarded the delete; its grades go with it (asked of the server, so grades
      // another person added are not left behind). A grade left by a failure here belongs to no review and is never shown.
      const grades = await planList(context, 'edsGrades').all({ column: 'ReviewId', value: review.id });
      const gradesPath = itemsPath(context, 'edsGrades');
      const responses = await sendInBatches(
        context.site.client,
        grades.map((grade) => ({ id: grade.id, method: 'DELETE', url: `${gradesPath}/${encodeURIComponent(grade.id)}` })),
      );
      for (const [id, response] of responses) {
        if (response.status < 300 || response.status === 404) context.caches.edsGrades.remove(id);
      }
      const failed = [...responses.values()].find((response) => response.status >= 400 && response.status !== 404);
      if (failed) throw storageErrorFor(failed.status, failed.body, failed.headers);
    },
  };
}

/**
 * Grades whose create was answered without fields (a tenant may): read back in one batch so the
 * cache holds them whole. One that cannot be read now is read on the next refresh.
 */
async function readBackGrades(context: PlanContext, unread: readonly GraphListItem[]): Promise<void> {
  if (unread.length === 0) return;
  const gradesPath = itemsPath(context, 'edsGrades');
  const responses = await sendInBatches(
    context.site.client,
    unread.map((grade) => ({
      id: grade.id,
      method: 'GET',
      url: withQuery(`${gradesPath}/${encodeURIComponent(grade.id)}`, { expand: expandFields('edsGrades') }),
    })),
  );
  for (const response of responses.values()) {
    if (response.status < 300) context.caches.edsGrades.upsert(readListItem(response.body));
  }
}

export function createSettingsStore(context: PlanContext): SettingsStore {
  return {
    async saveSetting(key, value) {
      if (key.trim() === '') throw new InvalidError('A setting needs a key.', { Key: 'A setting needs a key.' });
      const existing = await planList(context, 'settings').findBy({ column: 'Key', value: key });
      if (!existing) {
        await planList(context, 'settings').createOrFind({ Title: titleText(key), Key: key, Value: value }, { column: 'Key', value: key });
        return;
      }
      const eTag = existing.eTag ?? readText(existing.fields?.['@odata.etag']);
      await saveItemFields(context, 'settings', existing.id, eTag, { Value: value }, () => undefined);
    },
  };
}
