import { parseEdsReview, type EdsReview } from '../../../domain/eds/review';
import type { Validated } from '../../../domain/shared';
import type { GraphListItem } from '../graph-site';
import { readDateOnly, readJson, readNumber, readOptionalText, readText, titleText } from './field-values';

export const REVIEW_FIELDS = [
  'Title',
  'ReviewId',
  'Framework',
  'Year',
  'ReviewDate',
  'ReviewStatus',
  'Partners',
  'Characteristics',
  'OtherGroups',
  'DomainRatings',
  'ServicesReviewed',
  'History',
] as const;
export const GRADE_FIELDS = ['ReviewId', 'OutcomeId', 'Grade', 'Score', 'Evidence', 'AgreedBy'] as const;

type GradedOutcome = EdsReview['outcomes'][number];

export function reviewToFields(review: EdsReview): Record<string, unknown> {
  return {
    Title: titleText(`${review.framework === 'eds2' ? 'EDS2' : 'EDS 2022'} review ${review.year}`),
    ReviewId: review.id,
    Framework: review.framework,
    Year: review.year,
    ReviewDate: review.reviewDate ?? null,
    ReviewStatus: review.status,
    Partners: JSON.stringify(review.partners),
    Characteristics: JSON.stringify(review.characteristics),
    OtherGroups: JSON.stringify(review.otherGroups),
    DomainRatings: review.framework === 'eds2022' ? JSON.stringify(review.domainRatings) : '',
    // Empty when absent, so a save clears what an earlier save wrote and the read gives the field absent again.
    ServicesReviewed: review.framework === 'eds2022' && review.servicesReviewed ? JSON.stringify(review.servicesReviewed) : '',
    History: review.history ? JSON.stringify(review.history) : '',
  };
}

export function gradeToFields(reviewId: string, outcome: GradedOutcome): Record<string, unknown> {
  return {
    Title: titleText(outcome.outcomeId),
    ReviewId: reviewId,
    OutcomeId: outcome.outcomeId,
    Grade: 'grade' in outcome ? outcome.grade : '',
    Score: 'score' in outcome ? outcome.score : null,
    Evidence: JSON.stringify(outcome.evidence),
    AgreedBy: JSON.stringify(outcome.agreedBy),
  };
}

export interface StoredGrade {
  reviewId: string;
  itemId: string;
  outcome: Record<string, unknown>;
}

export function gradeFromItem(item: GraphListItem): StoredGrade {
  const fields = item.fields ?? {};
  const grade = readOptionalText(fields.Grade);
  const score = readNumber(fields.Score);
  return {
    reviewId: readText(fields.ReviewId),
    itemId: item.id,
    outcome: {
      outcomeId: readText(fields.OutcomeId),
      ...(grade !== undefined ? { grade } : {}),
      ...(score !== undefined ? { score } : {}),
      evidence: readJson<unknown[]>(fields.Evidence, []),
      agreedBy: readJson<unknown[]>(fields.AgreedBy, []),
    },
  };
}

/**
 * A JSON column that an item saved before the column existed (or with nothing to keep) leaves
 * empty: the field is then left out, so the review reads as it was stored.
 */
function optionalJson(key: string, value: unknown): Record<string, unknown> {
  const parsed = readJson<unknown>(value, undefined);
  return parsed === undefined ? {} : { [key]: parsed };
}

export function reviewFromItem(item: GraphListItem, grades: readonly StoredGrade[]): Validated<EdsReview> {
  const fields = item.fields ?? {};
  const framework = readText(fields.Framework);
  return parseEdsReview({
    id: readText(fields.ReviewId),
    framework,
    year: readNumber(fields.Year),
    reviewDate: readDateOnly(fields.ReviewDate),
    status: readText(fields.ReviewStatus),
    partners: readJson<unknown>(fields.Partners, { organisations: [], people: [] }),
    characteristics: readJson<unknown>(fields.Characteristics, []),
    otherGroups: readJson<unknown>(fields.OtherGroups, []),
    ...(framework === 'eds2022' ? { domainRatings: readJson<unknown>(fields.DomainRatings, {}) } : {}),
    ...optionalJson('servicesReviewed', framework === 'eds2022' ? fields.ServicesReviewed : undefined),
    ...optionalJson('history', fields.History),
    outcomes: grades.map((grade) => grade.outcome),
  });
}
