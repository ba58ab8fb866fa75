import { PageLayout } from '../../components/page-layout';
import { ReviewPageView } from './review-page-view';
import { useReviewPage } from './use-review-page';

/** One review: grade outcomes one by one, see the roll-up, then mark it agreed. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const state = useReviewPage(reviewId);
  if (!state) {
    return <PageLayout title="Review not found" description="There is no EDS review at this address. Choose one from the EDS page." />;
  }
  return <ReviewPageView {...state} />;
}
