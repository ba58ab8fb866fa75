import { useCallback, useState } from 'react';
import { usePlanData } from '../../app/plan-data';
import { useOperation, type Operation } from '../../components/use-operation';
import type { EdsReview } from '../../domain/eds';
import { describeStorageError, type Versioned } from '../../storage/ports';

export interface DeleteReviewState {
  /** The draft the person asked to delete, while they are asked to confirm. */
  readonly asking: Versioned<EdsReview> | undefined;
  readonly ask: (review: Versioned<EdsReview>) => void;
  readonly cancel: () => void;
  readonly confirm: () => void;
  readonly deleting: Operation<[Versioned<EdsReview>], void>;
}

const describeDeleteFailure = (error: unknown): string => describeStorageError(error, { subject: 'the review' });

/** Deleting a draft review (the store refuses an agreed one), after the person confirms. */
export function useDeleteReview(): DeleteReviewState {
  const { storage, refresh } = usePlanData();
  const [asking, setAsking] = useState<Versioned<EdsReview> | undefined>(undefined);
  const remove = useCallback(
    async (review: Versioned<EdsReview>) => {
      await storage.eds.removeReview(review);
      await refresh();
      setAsking(undefined);
    },
    [storage, refresh],
  );
  const deleting = useOperation(remove, describeDeleteFailure);
  return {
    asking,
    ask: (review) => {
      deleting.reset();
      setAsking(review);
    },
    cancel: () => setAsking(undefined),
    confirm: () => {
      if (asking !== undefined) void deleting.run(asking);
    },
    deleting,
  };
}
