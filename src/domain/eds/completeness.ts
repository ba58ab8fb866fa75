import { EDS2_OUTCOMES } from './eds2';
import { EDS2022_OUTCOMES } from './eds2022';
import type { EdsReview } from './review';

/** What a review still lacks before its partners can agree it; every list is in catalogue order. */
export interface ReviewCompleteness {
  /** True when nothing is missing: the review may be marked as agreed. */
  readonly complete: boolean;
  /** Outcomes of the framework with no grade (EDS2) or score (EDS 2022). */
  readonly notGraded: readonly string[];
  /** Graded outcomes with no evidence item. */
  readonly noEvidence: readonly string[];
  /** Graded outcomes nobody is recorded as having agreed. */
  readonly nobodyAgreed: readonly string[];
  readonly noReviewDate: boolean;
  /** Neither a partner organisation nor a person taking part. */
  readonly noPartners: boolean;
}

/**
 * Whether a review can be agreed: every outcome of its framework graded or scored, each with at
 * least one evidence item and at least one person who agreed it, a review date, and at least one
 * partner. An agreed review becomes the one the dashboard and board report show, so an
 * incomplete one must not become it by accident.
 */
export function completeness(review: EdsReview): ReviewCompleteness {
  const catalogue = review.framework === 'eds2' ? EDS2_OUTCOMES : EDS2022_OUTCOMES;
  const graded = new Map<string, EdsReview['outcomes'][number]>(review.outcomes.map((outcome) => [outcome.outcomeId, outcome]));
  const notGraded = catalogue.filter((outcome) => !graded.has(outcome.id)).map((outcome) => outcome.id);
  const gradedIds = catalogue.map((outcome) => graded.get(outcome.id)).filter((outcome) => outcome !== undefined);
  const noEvidence = gradedIds.filter((outcome) => outcome.evidence.length === 0).map((outcome) => outcome.outcomeId);
  const nobodyAgreed = gradedIds.filter((outcome) => outcome.agreedBy.length === 0).map((outcome) => outcome.outcomeId);
  const noReviewDate = review.reviewDate === undefined;
  const noPartners = review.partners.organisations.length === 0 && review.partners.people.length === 0;
  return {
    complete: notGraded.length + noEvidence.length + nobodyAgreed.length === 0 && !noReviewDate && !noPartners,
    notGraded,
    noEvidence,
    nobodyAgreed,
    noReviewDate,
    noPartners,
  };
}

/**
 * What is missing, in one sentence for the person agreeing the review: "Not graded: 1.1, 1.2; no
 * evidence: 2.1; nobody agreed: 3.4." (EDS 2022 says "Not scored"). Empty when the review is complete.
 */
export function describeMissing(missing: ReviewCompleteness, framework: EdsReview['framework']): string {
  const parts = [
    missing.notGraded.length > 0 ? `${framework === 'eds2' ? 'not graded' : 'not scored'}: ${missing.notGraded.join(', ')}` : '',
    missing.noEvidence.length > 0 ? `no evidence: ${missing.noEvidence.join(', ')}` : '',
    missing.nobodyAgreed.length > 0 ? `nobody agreed: ${missing.nobodyAgreed.join(', ')}` : '',
    missing.noReviewDate ? 'no review date' : '',
    missing.noPartners ? 'no partners' : '',
  ].filter((part) => part !== '');
  const sentence = parts.join('; ');
  return sentence === '' ? '' : `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
