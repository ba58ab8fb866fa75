import type { EdsReview } from './review';

export type EdsFramework = EdsReview['framework'];

/** Newer first: by year, then by review date (a review without a date sorts after one with). */
function newestFirst(a: EdsReview, b: EdsReview): number {
  return b.year - a.year || (b.reviewDate ?? '').localeCompare(a.reviewDate ?? '');
}

/** Agreed and published reviews are settled: the panel signed them off. A draft is not. */
export function isSettledReview(review: EdsReview): boolean {
  return review.status !== 'Draft';
}

/**
 * The EDS framework the plan uses, the same on every page: the framework chosen in Settings;
 * else the framework of the newest review (by year, then review date); else EDS 2022, the
 * framework NHS England has asked for since 2022. Any other Settings value is ignored.
 */
export function planFramework(setting: string | undefined, reviews: readonly EdsReview[]): EdsFramework {
  if (setting === 'eds2' || setting === 'eds2022') return setting;
  return reviews.toSorted(newestFirst)[0]?.framework ?? 'eds2022';
}

/** What the Dashboard, board report, progress page and exports all show of EDS. */
export interface ReviewToShow {
  /** The latest agreed (or published) review of the plan's framework, or none. */
  readonly shown: EdsReview | undefined;
  /**
   * The newest draft of the plan's framework that is not older than `shown`: named only as
   * "in progress", never as the result.
   */
  readonly inProgress: EdsReview | undefined;
}

/**
 * The one rule for "the review to show": among reviews of the plan's framework (see
 * {@link planFramework}), the newest **agreed** one (year, then review date) is the result; a
 * newer draft never replaces it and is only reported as in progress. Reviews of the other
 * framework are never shown as the result, since their grades are not comparable.
 *
 * Edge cases: no reviews → both undefined; only drafts → `shown` undefined and the newest draft
 * in progress; a draft older than the agreed review is not "in progress" (it was left behind).
 */
export function reviewToShow(reviews: readonly EdsReview[], framework: EdsFramework): ReviewToShow {
  const ofFramework = reviews.filter((review) => review.framework === framework).toSorted(newestFirst);
  const shown = ofFramework.find(isSettledReview);
  const inProgress = ofFramework.find((review) => !isSettledReview(review) && (shown === undefined || newestFirst(review, shown) <= 0));
  return { shown, inProgress };
}
