import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { OperationMessage } from '../../components/operation-message';
import type { EdsReview } from '../../domain/eds';
import { formatUkDate, londonDate } from '../../domain/shared';
import { useReopenReview } from './use-reopen-review';

/** "Reopen the review" on an agreed review, for someone who may edit: a reason is asked for, and kept. */
export function ReopenReview({ review }: { review: EdsReview }) {
  const state = useReopenReview(review);
  if (!state.offered) return null;
  return (
    <>
      <Button onClick={state.ask}>Reopen the review</Button>
      <Dialog open={state.asking} onOpenChange={(_, data) => (data.open ? state.ask() : state.cancel())}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Reopen the {review.year} review?</DialogTitle>
            <DialogContent>
              <p>It goes back to draft so the partners can change it, and is shown as in progress until it is agreed again.</p>
              <Field label="Why reopen it?" required validationMessage={state.problem} hint="Kept in the review's history.">
                <Textarea value={state.reason} onChange={(_, data) => state.setReason(data.value)} />
              </Field>
              <OperationMessage status={state.reopening.status} busyLabel="Reopening…" failedTitle="The review was not reopened" />
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={state.reopening.busy} onClick={state.confirm}>
                Reopen
              </Button>
              <Button onClick={state.cancel}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

/** What happened to the review after it was first agreed: reopened, by whom, when, and why. */
export function ReviewHistory({ review }: { review: EdsReview }) {
  const history = review.history ?? [];
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="review-history">
      <h2 id="review-history">History</h2>
      <ul>
        {history.map((event) => (
          <li key={`${event.at}-${event.to}`}>
            {formatUkDate(londonDate(new Date(event.at)))}: {event.by} changed it from {event.from} to {event.to}: “{event.reason}”
          </li>
        ))}
      </ul>
    </section>
  );
}
