import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Link as RouterLink, useLocation } from 'wouter';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { ScrollRegion } from '../../components/scroll-region';
import { usePlanData } from '../../app/plan-data';
import { canDeleteReview } from '../../domain/eds';
import { rollUpOf } from './review-draft';
import { type DeleteReviewState, useDeleteReview } from './use-delete-review';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

const FRAMEWORK_NAMES = { eds2: 'EDS2', eds2022: 'EDS 2022' } as const;

const FRAMEWORK_LABEL = (framework: keyof typeof FRAMEWORK_NAMES, year: number) => `${FRAMEWORK_NAMES[framework]} review ${year}`;

/** Asks before a draft is deleted; an agreed review is a record and is never offered. */
function DeleteReviewDialog({ state }: { state: DeleteReviewState }) {
  const review = state.asking?.value;
  return (
    <Dialog open={review !== undefined} onOpenChange={(_, data) => (data.open ? undefined : state.cancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete the draft {review === undefined ? '' : FRAMEWORK_LABEL(review.framework, review.year)}?</DialogTitle>
          <DialogContent>
            Its grades, evidence and partners are deleted with it, and cannot be brought back.
            <OperationMessage status={state.deleting.status} busyLabel="Deleting…" failedTitle="The review was not deleted" />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={state.deleting.busy} onClick={state.confirm}>
              Delete the draft
            </Button>
            <Button onClick={state.cancel}>Keep it</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Every review, newest first: drafts to carry on grading, agreed ones to read. */
export function ReviewsPage() {
  const styles = useStyles();
  const [, navigate] = useLocation();
  const { snapshot, canEdit } = usePlanData();
  const reviews = (snapshot?.edsReviews ?? []).toSorted((a, b) => b.value.year - a.value.year);
  const deletion = useDeleteReview();
  return (
    <PageLayout title="EDS" description="Equality Delivery System reviews, graded with local partners.">
      {canEdit ? (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => navigate('/new')}>
            Start a review
          </Button>
        </div>
      ) : null}
      {reviews.length === 0 ? (
        <Text>No EDS review has been recorded yet.</Text>
      ) : (
        <ScrollRegion label="EDS reviews table">
          <Table aria-label="EDS reviews">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Review</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Outcomes graded</TableHeaderCell>
                <TableHeaderCell>Partners</TableHeaderCell>
                {canEdit ? <TableHeaderCell>Draft</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {reviews.map((stored) => {
                const review = stored.value;
                const rollUp = rollUpOf(review);
                const graded = rollUp.framework === 'eds2' ? rollUp.graded : rollUp.scored;
                const total = rollUp.framework === 'eds2' ? 18 : 11;
                return (
                  <TableRow key={review.id}>
                    <TableCell>
                      <RouterLink href={`/${encodeURIComponent(review.id)}`} asChild>
                        <Link>{FRAMEWORK_LABEL(review.framework, review.year)}</Link>
                      </RouterLink>
                    </TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={review.status === 'Draft' ? 'warning' : 'success'}>
                        {review.status}
                      </Badge>
                    </TableCell>
                    <TableCell>
                      {graded} of {total}
                    </TableCell>
                    <TableCell>{review.partners.organisations.join(', ') || 'None recorded'}</TableCell>
                    {canEdit ? (
                      <TableCell>
                        {canDeleteReview(review) ? (
                          <Button
                            size="small"
                            aria-label={`Delete the draft ${FRAMEWORK_LABEL(review.framework, review.year)}`}
                            onClick={() => deletion.ask(stored)}
                          >
                            Delete
                          </Button>
                        ) : null}
                      </TableCell>
                    ) : null}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      <DeleteReviewDialog state={deletion} />
    </PageLayout>
  );
}
