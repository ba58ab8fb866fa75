import { Badge, Button, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Link as RouterLink, useLocation } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { ScrollRegion } from '../../components/scroll-region';
import { usePlanData } from '../../app/plan-data';
import { rollUpOf } from './review-draft';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

const FRAMEWORK_NAMES = { eds2: 'EDS2', eds2022: 'EDS 2022' } as const;

/** Every review, newest first: drafts to carry on grading, agreed ones to read. */
export function ReviewsPage() {
  const styles = useStyles();
  const [, navigate] = useLocation();
  const { snapshot, canEdit } = usePlanData();
  const reviews = (snapshot?.edsReviews ?? []).toSorted((a, b) => b.value.year - a.value.year);
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
              </TableRow>
            </TableHeader>
            <TableBody>
              {reviews.map(({ value: review }) => {
                const rollUp = rollUpOf(review);
                const graded = rollUp.framework === 'eds2' ? rollUp.graded : rollUp.scored;
                const total = rollUp.framework === 'eds2' ? 18 : 11;
                return (
                  <TableRow key={review.id}>
                    <TableCell>
                      <RouterLink href={`/${encodeURIComponent(review.id)}`} asChild>
                        <Link>
                          {FRAMEWORK_NAMES[review.framework]} review {review.year}
                        </Link>
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
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </PageLayout>
  );
}
