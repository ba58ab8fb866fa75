import { Button, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { Link as RouterLink } from 'wouter';
import { OperationMessage } from '../../components/operation-message';
import { useCaseStudyStyles } from './case-study-page.styles';
import type { CaseStudyPageState } from './use-case-study-page';

/** The link from an adoption's message to the action it made in the plan. */
function OpenActionLink({ actionId }: { actionId: string }) {
  return (
    <RouterLink href={`~/actions/${actionId}`} asChild>
      <Link>Open the action</Link>
    </RouterLink>
  );
}

type AdoptionControlsProps = Pick<CaseStudyPageState, 'adoption' | 'alreadyAdopted' | 'actionId'>;

/** Adopt, and whether the plan already has the action adopting it. */
export function AdoptionControls({ adoption, alreadyAdopted, actionId }: AdoptionControlsProps) {
  const styles = useCaseStudyStyles();
  return (
    <div className={styles.row}>
      <Button appearance="primary" disabled={adoption.busy || adoption.status.kind === 'done'} onClick={() => void adoption.run()}>
        Adopt
      </Button>
      {alreadyAdopted && adoption.status.kind === 'idle' ? (
        <Text>
          Already in your plan. <OpenActionLink actionId={actionId} />
        </Text>
      ) : null}
    </div>
  );
}

type OwnerControlsProps = Pick<CaseStudyPageState, 'withdrawal' | 'confirming' | 'setConfirming' | 'withdraw'> & { caseStudyId: string };

/** For the trust that published it: edit it, or withdraw it after confirming. */
export function OwnerControls({ caseStudyId, withdrawal, confirming, setConfirming, withdraw }: OwnerControlsProps) {
  const styles = useCaseStudyStyles();
  return (
    <div className={styles.row}>
      <RouterLink href={`/${encodeURIComponent(caseStudyId)}/edit`} asChild>
        <Link>Edit this case study</Link>
      </RouterLink>
      {confirming ? (
        <>
          <Text>Take it out of the library? Other trusts will no longer see it.</Text>
          <Button appearance="primary" onClick={withdraw}>
            Yes, withdraw it
          </Button>
          <Button onClick={() => setConfirming(false)}>Keep it</Button>
        </>
      ) : (
        <Button disabled={withdrawal.busy} onClick={() => setConfirming(true)}>
          Withdraw
        </Button>
      )}
    </div>
  );
}

type AdoptionMessagesProps = Pick<CaseStudyPageState, 'adoption' | 'withdrawal'>;

/** How withdrawing and adopting went; an adoption whose count is pending says it will be retried. */
export function AdoptionMessages({ adoption, withdrawal }: AdoptionMessagesProps) {
  const adopted = adoption.status.kind === 'done' ? adoption.status.value : undefined;
  return (
    <>
      <OperationMessage status={withdrawal.status} busyLabel="Withdrawing…" failedTitle="It was not withdrawn" />
      <OperationMessage status={adoption.status} busyLabel="Adding it to your plan…" failedTitle="It was not adopted" />
      <div role="status" aria-live="polite">
        {adopted?.countPending === undefined ? null : (
          <MessageBar intent="warning">
            <MessageBarBody>
              Added to your plan as a new action, but the library&apos;s adoption count could not be updated ({adopted.countPending}). It will be retried when
              you next open this case study; it will never be counted twice. <OpenActionLink actionId={adopted.actionId} />
            </MessageBarBody>
          </MessageBar>
        )}
        {adopted && adopted.countPending === undefined ? (
          <MessageBar intent="success">
            <MessageBarBody>
              Added to your plan as a new action. <OpenActionLink actionId={adopted.actionId} />
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </>
  );
}
