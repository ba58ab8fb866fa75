import { Button, Link, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { addDays, formatISO, parseISO } from 'date-fns';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation } from 'wouter';
import { actionFromCaseStudy } from '../../domain/practice';
import { PageLayout } from '../../components/page-layout';
import { usePlanData } from '../../app/plan-data';
import { useLibrary } from './use-library';
import { StoredLink } from '../../components/stored-link';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '760px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** New adopted actions are due a quarter from today, a date the owner will then set properly. */
const ADOPTED_DUE_IN_DAYS = 90;

type Adoption =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; actionId: string }
  /** The action is in the plan, but the library's count could not be updated yet. */
  | { kind: 'count-pending'; actionId: string; message: string }
  | { kind: 'failed'; message: string };

type Withdrawal = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'busy' } | { kind: 'failed'; message: string };

/**
 * The action adopting a case study makes in this plan. Its id is the case study's, so a second
 * click, a retry or another tab finds the first action (ids are unique in the plan) and never
 * adds another.
 */
/** The link from an adoption's message to the action it made in the plan. */
function OpenActionLink({ actionId }: { actionId: string }) {
  return (
    <RouterLink href={`~/actions/${actionId}`} asChild>
      <Link>Open the action</Link>
    </RouterLink>
  );
}

export function adoptedActionId(caseStudyId: string): string {
  return `adopted-${caseStudyId}`;
}

const messageOf = (failure: unknown): string => (failure instanceof Error ? failure.message : String(failure));

/** One case study in full, with "Adopt" to copy it into the plan as a new action. */
export function CaseStudyPage({ caseStudyId }: { caseStudyId: string }) {
  const styles = useStyles();
  const { library, entries, status, error, reload } = useLibrary();
  const { storage, snapshot, user, today, canEdit, refresh } = usePlanData();
  const [, navigate] = useLocation();
  const [adoption, setAdoption] = useState<Adoption>({ kind: 'idle' });
  const [withdrawal, setWithdrawal] = useState<Withdrawal>({ kind: 'idle' });
  const entry = entries.find((item) => item.value.caseStudy.id === caseStudyId);
  const actionId = adoptedActionId(caseStudyId);
  const alreadyAdopted = (snapshot?.actions ?? []).some((action) => action.value.id === actionId);

  // A count that failed earlier is retried when the case study is opened again; the api counts
  // each trust once, so asking again never counts twice.
  useEffect(() => {
    if (!library || !alreadyAdopted || !canEdit) return;
    library.recordAdoption(caseStudyId, storage.site.id, actionId).then(
      () => reload(),
      () => undefined,
    );
  }, [library, alreadyAdopted, canEdit, caseStudyId, storage.site.id, actionId, reload]);

  if (status === 'loading') return <Spinner label="Opening the library…" />;
  if (!entry || !library) {
    return <PageLayout title="Case study not found" description={error ?? 'There is no case study at this address. Choose one from the library.'} />;
  }
  const { caseStudy, adoptions } = entry.value;

  const adopt = async (): Promise<void> => {
    setAdoption({ kind: 'busy' });
    const dueDate = formatISO(addDays(parseISO(today), ADOPTED_DUE_IN_DAYS), { representation: 'date' });
    const action = actionFromCaseStudy(caseStudy, { id: actionId, owner: { id: user.id, name: user.displayName, email: user.email }, dueDate });
    if (!action.ok) {
      setAdoption({ kind: 'failed', message: action.errors.map((e) => e.message).join(' ') });
      return;
    }
    try {
      // Creating an action whose id is already in the plan finds the first one.
      if (!alreadyAdopted) await storage.actions.create(action.value);
    } catch (failure) {
      setAdoption({ kind: 'failed', message: messageOf(failure) });
      return;
    }
    await refresh().catch(() => undefined);
    try {
      await library.recordAdoption(caseStudy.id, storage.site.id, actionId);
      await reload();
      setAdoption({ kind: 'done', actionId });
    } catch (failure) {
      setAdoption({ kind: 'count-pending', actionId, message: messageOf(failure) });
    }
  };

  const ours = canEdit && snapshot?.settings.odsCode !== undefined && snapshot.settings.odsCode.toUpperCase() === caseStudy.organisation.odsCode.toUpperCase();
  const withdraw = async (): Promise<void> => {
    setWithdrawal({ kind: 'busy' });
    try {
      await library.withdraw(caseStudy.id, storage.site.id);
      navigate('/');
    } catch (failure) {
      setWithdrawal({ kind: 'failed', message: messageOf(failure) });
    }
  };

  return (
    <PageLayout title={caseStudy.title} description={`${caseStudy.organisation.name} (${caseStudy.organisation.type}, ${caseStudy.organisation.region}), published ${caseStudy.publishedOn}.`}>
      {[
        ['The problem', caseStudy.problem],
        ['What was done', caseStudy.whatWasDone],
        ['The impact', caseStudy.impact],
      ].map(([heading, text]) => (
        <section key={heading} className={styles.section}>
          <Subtitle2 as="h2">{heading}</Subtitle2>
          <Text>{text || 'Not given.'}</Text>
        </section>
      ))}
      {caseStudy.measures.length > 0 ? (
        <section className={styles.section}>
          <Subtitle2 as="h2">Before and after</Subtitle2>
          <ul>
            {caseStudy.measures.map((measure) => (
              <li key={measure.indicator}>
                Indicator {measure.indicator}: {measure.before} {measure.yearBefore ? `(${measure.yearBefore})` : ''} → {measure.after}{' '}
                {measure.yearAfter ? `(${measure.yearAfter})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className={styles.section}>
        <Subtitle2 as="h2">Linked to</Subtitle2>
        <Text>
          WRES indicators: {caseStudy.indicators.join(', ') || 'none'}. EDS outcomes: {caseStudy.edsOutcomes.join(', ') || 'none'}.
        </Text>
        {caseStudy.links.map((link) => (
          <StoredLink key={link.url} address={link.url} title={link.title} />
        ))}
        {caseStudy.contact ? (
          <Text>
            Contact: {caseStudy.contact.name}, <Link href={`mailto:${caseStudy.contact.email}`}>{caseStudy.contact.email}</Link>
          </Text>
        ) : null}
        <Text>Adopted by {adoptions === 1 ? '1 trust' : `${adoptions} trusts`}.</Text>
      </section>
      {canEdit ? (
        <div className={styles.row}>
          <Button appearance="primary" disabled={adoption.kind === 'busy' || adoption.kind === 'done' || adoption.kind === 'count-pending'} onClick={() => void adopt()}>
            Adopt
          </Button>
          {adoption.kind === 'busy' ? <Spinner size="tiny" label="Adding it to your plan…" /> : null}
          {alreadyAdopted && adoption.kind === 'idle' ? (
            <Text>
              Already in your plan.{' '}
              <RouterLink href={`~/actions/${actionId}`} asChild>
                <Link>Open the action</Link>
              </RouterLink>
            </Text>
          ) : null}
        </div>
      ) : null}
      {ours ? (
        <div className={styles.row}>
          <RouterLink href={`/${encodeURIComponent(caseStudy.id)}/edit`} asChild>
            <Link>Edit this case study</Link>
          </RouterLink>
          {withdrawal.kind === 'confirming' ? (
            <>
              <Text>Take it out of the library? Other trusts will no longer see it.</Text>
              <Button appearance="primary" onClick={() => void withdraw()}>
                Yes, withdraw it
              </Button>
              <Button onClick={() => setWithdrawal({ kind: 'idle' })}>Keep it</Button>
            </>
          ) : (
            <Button disabled={withdrawal.kind === 'busy'} onClick={() => setWithdrawal({ kind: 'confirming' })}>
              Withdraw
            </Button>
          )}
          {withdrawal.kind === 'busy' ? <Spinner size="tiny" label="Withdrawing…" /> : null}
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {withdrawal.kind === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>It was not withdrawn: {withdrawal.message}</MessageBarBody>
          </MessageBar>
        ) : null}
        {adoption.kind === 'count-pending' ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              Added to your plan as a new action, but the library's adoption count could not be updated ({adoption.message}). It will be retried
              when you next open this case study; it will never be counted twice.{' '}
              <OpenActionLink actionId={adoption.actionId} />
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {adoption.kind === 'done' ? (
          <MessageBar intent="success">
            <MessageBarBody>
              Added to your plan as a new action.{' '}
              <OpenActionLink actionId={adoption.actionId} />
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {adoption.kind === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>It was not adopted: {adoption.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </PageLayout>
  );
}
