import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { EDS2022_DOMAINS, EDS2_GOALS, parseEdsReview, type EdsReview } from '../../domain/eds';
import { PageLayout } from '../../components/page-layout';
import { ConflictError } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { OutcomeGrader } from './outcome-grader';
import { isLocked, outcomesOf, rollUpOf, withEvidence, withGrade } from './review-draft';
import { RollUpSummary } from './roll-up-summary';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  tableWrap: { overflowX: 'auto' },
});

type Message = { intent: 'success' | 'error' | 'warning'; title: string; text: string; reload?: boolean };

/** One review: grade outcomes one by one, see the roll-up, then mark it agreed. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const styles = useStyles();
  const { snapshot, storage, canEdit, refresh, reload } = usePlanData();
  const stored = snapshot?.edsReviews.find((review) => review.value.id === reviewId);
  const [draft, setDraft] = useState<EdsReview | undefined>(undefined);
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  if (!stored) {
    return <PageLayout title="Review not found" description="There is no EDS review at this address. Choose one from the EDS page." />;
  }
  const review = draft ?? stored.value;
  const editable = canEdit && !isLocked(stored.value);
  const rollUp = rollUpOf(review);
  const groups = review.framework === 'eds2' ? EDS2_GOALS.map((goal) => ({ id: goal.goal, name: `Goal ${goal.goal}: ${goal.name}` })) : EDS2022_DOMAINS.map((domain) => ({ id: domain.domain, name: `Domain ${domain.domain}: ${domain.name}` }));
  const linked = (outcomeId: string): number => (snapshot?.actions ?? []).filter((action) => action.value.edsOutcomes.includes(outcomeId)).length;

  const save = async (next: EdsReview, done: string): Promise<void> => {
    const checked = parseEdsReview(next);
    if (!checked.ok) {
      setMessage({ intent: 'error', title: 'The review was not saved', text: checked.errors.map((error) => error.message).join(' ') });
      return;
    }
    setSaving(true);
    try {
      await storage.eds.saveReview(checked.value, stored.eTag);
      await refresh();
      setDraft(undefined);
      setMessage({ intent: 'success', title: done, text: '' });
    } catch (error) {
      setMessage(
        error instanceof ConflictError
          ? { intent: 'warning', title: 'Someone else saved this review since you opened it', text: 'Your grades are still here. Reload to see theirs, then grade again.', reload: true }
          : { intent: 'error', title: 'The review was not saved', text: `${error instanceof Error ? error.message : String(error)} Your grades are still here.` },
      );
    } finally {
      setSaving(false);
    }
  };

  const name = `${review.framework === 'eds2' ? 'EDS2' : 'EDS 2022'} review ${review.year}`;
  return (
    <PageLayout title={name} description={`Partners: ${review.partners.organisations.join(', ') || 'none recorded'}. Covers: ${[...review.characteristics, ...review.otherGroups].join(', ') || 'not recorded'}.`}>
      <div className={styles.actions}>
        <Badge appearance="tint" color={review.status === 'Draft' ? 'warning' : 'success'}>
          {review.status}
        </Badge>
        {isLocked(stored.value) ? <Text>This review was {review.status.toLowerCase()}; it is kept as a record and cannot be changed.</Text> : null}
      </div>

      <section className={styles.section} aria-labelledby="rollup-heading">
        <Subtitle2 as="h2" id="rollup-heading">
          Roll-up
        </Subtitle2>
        <div className={styles.tableWrap}>
          <RollUpSummary rollUp={rollUp} />
        </div>
      </section>

      {groups.map((group) => (
        <section key={group.id} className={styles.section} aria-labelledby={`group-${group.id}`}>
          <Subtitle2 as="h2" id={`group-${group.id}`}>
            {group.name}
          </Subtitle2>
          {outcomesOf(review.framework)
            .filter((outcome) => outcome.group === group.id)
            .map((outcome) => (
              <OutcomeGrader
                key={outcome.id}
                outcome={outcome}
                review={review}
                editable={editable}
                linkedActions={linked(outcome.id)}
                onGrade={(value) => setDraft(withGrade(review, outcome.id, value))}
                onEvidence={(evidence, agreedBy) => setDraft(withEvidence(review, outcome.id, evidence, agreedBy))}
              />
            ))}
        </section>
      ))}

      {editable ? (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={saving} onClick={() => void save(review, 'Review saved.')}>
            Save review
          </Button>
          <Button disabled={saving} onClick={() => void save({ ...review, status: 'Agreed' }, 'The review is agreed.')}>
            Mark as agreed
          </Button>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {message ? (
          <MessageBar intent={message.intent}>
            <MessageBarBody>
              <MessageBarTitle>{message.title}</MessageBarTitle>
              {message.text}
            </MessageBarBody>
            {message.reload ? (
              <MessageBarActions>
                <Button onClick={() => void reload().then(() => setDraft(undefined))}>Reload</Button>
              </MessageBarActions>
            ) : null}
          </MessageBar>
        ) : null}
      </div>
    </PageLayout>
  );
}
