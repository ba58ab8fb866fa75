import { useCallback, useState } from 'react';
import { parseEdsReview, type EdsReview } from '../../domain/eds';
import { useOperation, type Operation } from '../../components/use-operation';
import { ConflictError, describeStorageError } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { isLocked, outcomeGroups, rollUpOf, withEvidence, withGrade, type OutcomeGroup } from './review-draft';

/** A review its own checks refused; the message is what the checks said. */
export class ReviewNotValid extends Error {}

/** Why a save failed, in words; the grades typed so far stay on the page whatever happened. */
function describeReviewFailure(error: unknown): string {
  if (error instanceof ReviewNotValid) return error.message;
  if (error instanceof ConflictError) return 'Your grades are still here. Reload to see theirs, then grade again.';
  return `${describeStorageError(error, { subject: 'this review' })} Your grades are still here.`;
}

/** Everything the review page shows and does, from the stored review and the grades typed since. */
export interface ReviewPageState {
  review: EdsReview;
  /** "EDS2 review 2024". */
  name: string;
  /** Who took part and which groups the review covers, in one sentence. */
  description: string;
  /** Agreed or published: kept as a record, never changed. */
  locked: boolean;
  editable: boolean;
  /** May edit the plan: offers "Create action" on each outcome, whether or not the review is agreed. */
  canEdit: boolean;
  rollUp: ReturnType<typeof rollUpOf>;
  groups: OutcomeGroup[];
  linkedActions: (outcomeId: string) => number;
  grade: (outcomeId: string, value: string) => void;
  note: (outcomeId: string, evidence: string, agreedBy: string) => void;
  /** Saves a review over the version with this eTag, and resolves to what to say when it worked. */
  save: Operation<[EdsReview, string | undefined, string], string>;
  saveDraft: () => void;
  markAgreed: () => void;
  /** After a conflict: the plan as it is now, their grades instead of the ones typed here. */
  reloadTheirs: () => void;
}

/**
 * The review page's state: the review (as stored until a grade is typed), its roll-up, the
 * outcomes by goal or domain, and saving or agreeing it. Undefined when there is no such review.
 */
export function useReviewPage(reviewId: string): ReviewPageState | undefined {
  const { snapshot, storage, canEdit, refresh, reload } = usePlanData();
  const stored = snapshot?.edsReviews.find((review) => review.value.id === reviewId);
  const [draft, setDraft] = useState<EdsReview | undefined>(undefined);
  const saveReview = useCallback(
    async (next: EdsReview, eTag: string | undefined, done: string): Promise<string> => {
      const checked = parseEdsReview(next);
      if (!checked.ok) throw new ReviewNotValid(checked.errors.map((error) => error.message).join(' '));
      await storage.eds.saveReview(checked.value, eTag);
      await refresh();
      setDraft(undefined);
      return done;
    },
    [storage, refresh, setDraft],
  );
  const save = useOperation(saveReview, describeReviewFailure);

  if (!stored) return undefined;
  const review = draft ?? stored.value;
  const actions = snapshot?.actions ?? [];
  return {
    review,
    name: `${review.framework === 'eds2' ? 'EDS2' : 'EDS 2022'} review ${review.year}`,
    description: `Partners: ${review.partners.organisations.join(', ') || 'none recorded'}. Covers: ${[...review.characteristics, ...review.otherGroups].join(', ') || 'not recorded'}.`,
    locked: isLocked(stored.value),
    editable: canEdit && !isLocked(stored.value),
    canEdit,
    rollUp: rollUpOf(review),
    groups: outcomeGroups(review.framework),
    linkedActions: (outcomeId) => actions.filter((action) => action.value.edsOutcomes.includes(outcomeId)).length,
    grade: (outcomeId, value) => setDraft((current) => withGrade(current ?? stored.value, outcomeId, value)),
    note: (outcomeId, evidence, agreedBy) => setDraft((current) => withEvidence(current ?? stored.value, outcomeId, evidence, agreedBy)),
    save,
    saveDraft: () => void save.run(review, stored.eTag, 'Review saved.'),
    markAgreed: () => void save.run({ ...review, status: 'Agreed' }, stored.eTag, 'The review is agreed.'),
    reloadTheirs: () =>
      void reload().then(() => {
        setDraft(undefined);
        save.reset();
      }),
  };
}
