import { Route, Switch } from 'wouter';
import { ReviewPage } from './review-page';
import { ReviewsPage } from './reviews-page';
import { StartReviewPage } from './start-review-page';

/** The Equality Delivery System: reviews graded with local partners. */
export function EdsPage() {
  return (
    <Switch>
      <Route path="/new">
        <StartReviewPage />
      </Route>
      <Route path="/:id">{(params) => <ReviewPage reviewId={decodeURIComponent(params.id)} />}</Route>
      <Route>
        <ReviewsPage />
      </Route>
    </Switch>
  );
}
