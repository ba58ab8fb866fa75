import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { LeaveDialog } from '../../components/leave-dialog';
import { LiveStatus } from '../../components/live-status';
import { PageLayout } from '../../components/page-layout';
import { ScrollRegion } from '../../components/scroll-region';
import { ConflictError } from '../../storage/ports';
import { OutcomeGrader } from './outcome-grader';
import { PartnersEditor } from './partners-editor';
import { ReopenReview, ReviewHistory } from './reopen-review';
import type { OutcomeGroup } from './review-draft';
import { useReviewPageStyles } from './review-page.styles';
import { RollUpSummary } from './roll-up-summary';
import type { ReviewPageState } from './use-review-page';

/** The review's status, and why an agreed review has no controls. */
function ReviewStatusLine({ review, locked }: Pick<ReviewPageState, 'review' | 'locked'>) {
  const styles = useReviewPageStyles();
  return (
    <div className={styles.actions}>
      <Badge appearance="tint" color={review.status === 'Draft' ? 'warning' : 'success'}>
        {review.status}
      </Badge>
      {locked ? <Text>This review was {review.status.toLowerCase()}; it is kept as a record, and is changed only by reopening it with a reason.</Text> : null}
    </div>
  );
}

function RollUpSection({ rollUp }: Pick<ReviewPageState, 'rollUp'>) {
  const styles = useReviewPageStyles();
  return (
    <section className={styles.section} aria-labelledby="rollup-heading">
      <Subtitle2 as="h2" id="rollup-heading">
        Roll-up
      </Subtitle2>
      <ScrollRegion label="Roll-up tables">
        <RollUpSummary rollUp={rollUp} />
      </ScrollRegion>
    </section>
  );
}

/** One goal (EDS2) or domain (EDS 2022) with a grader per outcome. */
function OutcomeGroupSection({ group, state }: { group: OutcomeGroup; state: ReviewPageState }) {
  const styles = useReviewPageStyles();
  return (
    <section className={styles.section} aria-labelledby={`group-${group.id}`}>
      <Subtitle2 as="h2" id={`group-${group.id}`}>
        {group.name}
      </Subtitle2>
      {group.outcomes.map((outcome) => (
        <OutcomeGrader
          key={outcome.id}
          outcome={outcome}
          review={state.review}
          editable={state.editable}
          canEdit={state.canEdit}
          linkedActions={state.linkedActions(outcome.id)}
          onGrade={(value) => state.grade(outcome.id, value)}
          onEvidence={(evidence) => state.evidence(outcome.id, evidence)}
          onAgreedBy={(names) => state.agreedBy(outcome.id, names)}
        />
      ))}
    </section>
  );
}

/** A save someone else beat: offers to reload the review they saved. Other failures are said in the footer. */
function ConflictMessage({ save, reloadTheirs }: Pick<ReviewPageState, 'save' | 'reloadTheirs'>) {
  if (save.status.kind !== 'failed' || !(save.status.error instanceof ConflictError)) return null;
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Someone else saved this review since you opened it</MessageBarTitle>
        {save.status.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={reloadTheirs}>Reload</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Why the review cannot be agreed yet; focus moves here each time it is refused, so it is read at once. */
function RefusalMessage({ refusal }: Pick<ReviewPageState, 'refusal'>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) ref.current?.focus();
  }, [refusal]);
  if (!refusal) return null;
  return (
    <MessageBar intent="warning" role="alert" ref={ref} tabIndex={-1}>
      <MessageBarBody>
        <MessageBarTitle>The review cannot be agreed yet</MessageBarTitle>
        {refusal.missing}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Asks before agreeing: an agreed review becomes the one the dashboard and board report show. */
function ConfirmAgreedDialog({
  confirming,
  confirmAgreed,
  cancelAgreed,
  save,
}: Pick<ReviewPageState, 'confirming' | 'confirmAgreed' | 'cancelAgreed' | 'save'>) {
  return (
    <Dialog open={confirming !== undefined} onOpenChange={(_, data) => (data.open ? undefined : cancelAgreed())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Mark as agreed?</DialogTitle>
          <DialogContent>{confirming}</DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={save.busy} onClick={confirmAgreed}>
              Mark as agreed
            </Button>
            <Button onClick={cancelAgreed}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Save, Mark as agreed and how saving is going, kept at the foot of the window. */
function ReviewFooter(state: ReviewPageState) {
  const styles = useReviewPageStyles();
  return (
    <div className={styles.footer} role="group" aria-label="Save the review">
      <Button appearance="primary" disabled={state.save.busy} onClick={state.saveDraft}>
        Save review
      </Button>
      <Button disabled={state.save.busy} onClick={state.markAgreed}>
        Mark as agreed
      </Button>
      <LiveStatus>{state.saveState}</LiveStatus>
    </div>
  );
}

/** One review: its status, partners, roll-up and outcomes by goal or domain, with Save and Mark as agreed while it is a draft. */
export function ReviewPageView(state: ReviewPageState) {
  return (
    <PageLayout title={state.name} description={state.description}>
      <ReviewStatusLine review={state.review} locked={state.locked} />
      <ReopenReview review={state.review} />
      {state.review.framework === 'eds2022' && (state.review.servicesReviewed ?? []).length > 0 ? (
        <Text>Services reviewed (Domain 1): {(state.review.servicesReviewed ?? []).join(', ')}</Text>
      ) : null}
      <ReviewHistory review={state.review} />
      {state.save.status.kind === 'done' && !state.editable ? <LiveStatus>{state.save.status.value}</LiveStatus> : null}
      <PartnersEditor {...state} />
      <RollUpSection rollUp={state.rollUp} />
      {state.groups.map((group) => (
        <OutcomeGroupSection key={group.id} group={group} state={state} />
      ))}
      <ConflictMessage save={state.save} reloadTheirs={state.reloadTheirs} />
      <RefusalMessage refusal={state.refusal} />
      {state.editable ? <ReviewFooter {...state} /> : null}
      <ConfirmAgreedDialog confirming={state.confirming} confirmAgreed={state.confirmAgreed} cancelAgreed={state.cancelAgreed} save={state.save} />
      <LeaveDialog guard={state.leaveGuard} what="grades" />
    </PageLayout>
  );
}
