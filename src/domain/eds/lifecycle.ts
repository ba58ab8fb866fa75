import type { EdsReview, EdsReviewEvent } from './review';

type Framework = EdsReview['framework'];

/** The framework's name as people read it. */
function frameworkName(framework: Framework): string {
  return framework === 'eds2' ? 'EDS2' : 'EDS 2022';
}

/**
 * The review that already covers this framework and year, if any: a plan holds one review per
 * framework and year, so a second would split the panel's grades. `exceptId` is the review being
 * saved itself (saving a review again is not a duplicate).
 */
export function duplicateReview(reviews: readonly EdsReview[], framework: Framework, year: number, exceptId?: string): EdsReview | undefined {
  return reviews.find((review) => review.framework === framework && review.year === year && review.id !== exceptId);
}

/** Why a second review of the same framework and year is refused, naming the one that exists. */
export function duplicateReviewMessage(existing: EdsReview): string {
  return `There is already an ${frameworkName(existing.framework)} review for ${existing.year} (${existing.status.toLowerCase()}). Open that review instead of starting another.`;
}

/** Only a draft can be deleted: an agreed or published review is the record of what the panel signed off. */
export function canDeleteReview(review: EdsReview): boolean {
  return review.status === 'Draft';
}

/** An agreed or published review can be reopened (back to Draft); a draft is already open. */
export function canReopenReview(review: EdsReview): boolean {
  return review.status !== 'Draft';
}

/** The outcome of {@link reopenReview}: the reopened review, or why it was refused. */
export type Reopened = { readonly ok: true; readonly review: EdsReview } | { readonly ok: false; readonly error: string };

/**
 * Reopens a settled review with a reason: its status goes back to Draft and the change (who,
 * when, from, to, reason) is added to the end of its history. Refused when the review is already
 * a draft or the reason is blank. `by` and `at` come from the caller (the store takes them from
 * SharePoint), so the domain never invents a person or a clock.
 */
export function reopenReview(review: EdsReview, reason: string, by: string, at: string): Reopened {
  if (!canReopenReview(review)) return { ok: false, error: 'This review is a draft already, so there is nothing to reopen.' };
  const trimmed = reason.trim();
  if (trimmed === '') return { ok: false, error: 'Give a reason for reopening the review: it is kept in its history.' };
  const event: EdsReviewEvent = { at, by, from: review.status, to: 'Draft', reason: trimmed };
  return { ok: true, review: { ...review, status: 'Draft', history: [...(review.history ?? []), event] } };
}
