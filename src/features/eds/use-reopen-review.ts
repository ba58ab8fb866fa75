import { useCallback, useState } from 'react';
import { usePlanData } from '../../app/plan-data';
import { useOperation, type Operation } from '../../components/use-operation';
import { canReopenReview, reopenReview, type EdsReview } from '../../domain/eds';
import { describeStorageError } from '../../storage/ports';

export interface ReopenReviewState {
  /** Whether this person may reopen this review: it is agreed, and they may edit the plan. */
  readonly offered: boolean;
  readonly asking: boolean;
  readonly ask: () => void;
  readonly cancel: () => void;
  readonly reason: string;
  readonly setReason: (reason: string) => void;
  /** Why the reason was refused (it is required), before anything is sent. */
  readonly problem: string | undefined;
  readonly confirm: () => void;
  readonly reopening: Operation<[EdsReview], void>;
}

const describeReopenFailure = (error: unknown): string => describeStorageError(error, { subject: 'the review' });

/**
 * Reopening an agreed review: the person gives a reason, and the review goes back to Draft with
 * the reason, who and when kept in its history. Who is the signed-in person, never typed.
 */
export function useReopenReview(review: EdsReview): ReopenReviewState {
  const { snapshot, storage, refresh, canEdit, user } = usePlanData();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const eTag = snapshot?.edsReviews.find((stored) => stored.value.id === review.id)?.eTag;
  const save = useCallback(
    async (reopened: EdsReview) => {
      await storage.eds.saveReview(reopened, eTag);
      await refresh();
      setAsking(false);
      setReason('');
    },
    [storage, refresh, eTag],
  );
  const reopening = useOperation(save, describeReopenFailure);
  const confirm = () => {
    const result = reopenReview(review, reason, user.displayName, new Date().toISOString());
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setProblem(undefined);
    void reopening.run(result.review);
  };
  return {
    offered: canEdit && canReopenReview(review),
    asking,
    ask: () => setAsking(true),
    cancel: () => {
      setAsking(false);
      setProblem(undefined);
      reopening.reset();
    },
    reason,
    setReason,
    problem,
    confirm,
    reopening,
  };
}
