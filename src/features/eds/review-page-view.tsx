import { Badge, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { ScrollRegion } from '../../components/scroll-region';
import { ConflictError } from '../../storage/ports';
import { OutcomeGrader } from './outcome-grader';
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
      {locked ? <Text>This review was {review.status.toLowerCase()}; it is kept as a record and cannot be changed.</Text> : null}
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
          onEvidence={(evidence, agreedBy) => state.note(outcome.id, evidence, agreedBy)}
        />
      ))}
    </section>
  );
}

/** How the last save went; a conflict offers to reload the review someone else saved. */
function ReviewSaveMessage({ save, reloadTheirs }: Pick<ReviewPageState, 'save' | 'reloadTheirs'>) {
  if (save.status.kind === 'failed' && save.status.error instanceof ConflictError) {
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
  return <OperationMessage status={save.status} busyLabel="Saving the review…" failedTitle="The review was not saved" doneText={(done) => done} />;
}

/** One review: its status, roll-up and outcomes by goal or domain, with Save and Mark as agreed while it is a draft. */
export function ReviewPageView(state: ReviewPageState) {
  const styles = useReviewPageStyles();
  return (
    <PageLayout title={state.name} description={state.description}>
      <ReviewStatusLine review={state.review} locked={state.locked} />
      <RollUpSection rollUp={state.rollUp} />
      {state.groups.map((group) => (
        <OutcomeGroupSection key={group.id} group={group} state={state} />
      ))}
      {state.editable ? (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={state.save.busy} onClick={state.saveDraft}>
            Save review
          </Button>
          <Button disabled={state.save.busy} onClick={state.markAgreed}>
            Mark as agreed
          </Button>
        </div>
      ) : null}
      <ReviewSaveMessage save={state.save} reloadTheirs={state.reloadTheirs} />
    </PageLayout>
  );
}
