import { Button, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { usePlanData } from '../../app/plan-data';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '560px' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/**
 * Registers the plan with the Good Practice Hub through the api (the tab never writes the hub):
 * the api takes the tenant from the lead's verified token and checks the site is theirs.
 */
export function HubRegistration() {
  const styles = useStyles();
  const { snapshot, storage, canEdit, openLibrary } = usePlanData();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const odsCode = snapshot?.settings.odsCode ?? '';

  const register = async (): Promise<void> => {
    setOutcome({ kind: 'busy' });
    try {
      const plan = await (await openLibrary()).registerPlan(storage.site.id, odsCode);
      setOutcome({ kind: 'done', message: `The plan is registered with the Good Practice Hub under ${plan.orgCode} (since ${plan.registeredOn}).` });
    } catch (failure) {
      setOutcome({ kind: 'failed', message: `The plan was not registered: ${failure instanceof Error ? failure.message : String(failure)}` });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="hub-heading">
      <Subtitle2 as="h2" id="hub-heading">
        Good Practice Hub
      </Subtitle2>
      <Text>
        Registering the plan lets the daily reminders reach its action owners and lets its people publish and adopt good practice. It needs
        the Plan.Register role, which your administrator gives the plan&apos;s lead. Registering again changes nothing.
      </Text>
      {canEdit ? (
        <div className={styles.row}>
          <Button disabled={outcome.kind === 'busy' || odsCode === ''} onClick={() => void register()}>
            Register with the hub
          </Button>
          {odsCode === '' ? <Text>Save the organisation&apos;s ODS code first.</Text> : null}
          {outcome.kind === 'busy' ? <Spinner size="tiny" label="Registering…" /> : null}
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {outcome.kind === 'done' || outcome.kind === 'failed' ? (
          <MessageBar intent={outcome.kind === 'done' ? 'success' : 'error'}>
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
