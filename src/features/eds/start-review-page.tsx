import { PageLayout } from '../../components/page-layout';
import { StartReviewPageView } from './start-review-page-view';
import { useStartReviewPage } from './use-start-review-page';

/** Starts a review: the framework and year, the partners taking part, and the groups it covers. */
export function StartReviewPage() {
  const state = useStartReviewPage();
  if (!state.canEdit) return <PageLayout title="Start an EDS review" description="You have read-only access to this plan." />;
  return <StartReviewPageView {...state} />;
}
