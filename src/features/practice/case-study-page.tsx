import { Button, Link, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { addDays, formatISO, parseISO } from 'date-fns';
import { useState } from 'react';
import { Link as RouterLink } from 'wouter';
import { actionFromCaseStudy } from '../../domain/practice';
import { PageLayout } from '../../components/page-layout';
import { usePlanData } from '../plan-data';
import { useLibrary } from './use-library';
import { StoredLink } from '../../components/stored-link';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '760px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** New adopted actions are due a quarter from today, a date the owner will then set properly. */
const ADOPTED_DUE_IN_DAYS = 90;

type Adoption = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; actionId: string } | { kind: 'failed'; message: string };

/** One case study in full, with "Adopt" to copy it into the plan as a new action. */
export function CaseStudyPage({ caseStudyId }: { caseStudyId: string }) {
  const styles = useStyles();
  const { library, entries, status, error } = useLibrary();
  const { storage, user, today, canEdit, refresh } = usePlanData();
  const [adoption, setAdoption] = useState<Adoption>({ kind: 'idle' });
  const entry = entries.find((item) => item.value.caseStudy.id === caseStudyId);

  if (status === 'loading') return <Spinner label="Opening the library…" />;
  if (!entry || !library) {
    return <PageLayout title="Case study not found" description={error ?? 'There is no case study at this address. Choose one from the library.'} />;
  }
  const { caseStudy, adoptions } = entry.value;

  const adopt = async (): Promise<void> => {
    setAdoption({ kind: 'busy' });
    const dueDate = formatISO(addDays(parseISO(today), ADOPTED_DUE_IN_DAYS), { representation: 'date' });
    const action = actionFromCaseStudy(caseStudy, { id: crypto.randomUUID(), owner: { id: user.id, name: user.displayName, email: user.email }, dueDate });
    if (!action.ok) {
      setAdoption({ kind: 'failed', message: action.errors.map((e) => e.message).join(' ') });
      return;
    }
    try {
      await storage.actions.create(action.value);
      await library.recordAdoption(caseStudy.id);
      await refresh();
      setAdoption({ kind: 'done', actionId: action.value.id });
    } catch (failure) {
      setAdoption({ kind: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
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
          <Button appearance="primary" disabled={adoption.kind === 'busy' || adoption.kind === 'done'} onClick={() => void adopt()}>
            Adopt
          </Button>
          {adoption.kind === 'busy' ? <Spinner size="tiny" label="Adding it to your plan…" /> : null}
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {adoption.kind === 'done' ? (
          <MessageBar intent="success">
            <MessageBarBody>
              Added to your plan as a new action.{' '}
              <RouterLink href={`~/actions/${adoption.actionId}`} asChild>
                <Link>Open the action</Link>
              </RouterLink>
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
