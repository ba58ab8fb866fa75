import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { useCallback } from 'react';
import { OperationMessage } from '../../components/operation-message';
import { useOperation } from '../../components/use-operation';
import { formatUkDate, isIsoDate } from '../../domain/shared';
import { describeStorageError } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { useSettingsStyles } from './settings-page.styles';

interface Registration {
  orgCode: string;
  registeredOn: string;
}

const describeRegistrationFailure = (error: unknown): string => describeStorageError(error, { subject: "the plan's registration" });
const registered = (plan: Registration): string =>
  `The plan is registered with the Good Practice Hub under ${plan.orgCode} (since ${isIsoDate(plan.registeredOn) ? formatUkDate(plan.registeredOn) : plan.registeredOn}).`;

/**
 * Registers the plan with the Good Practice Hub through the api (the tab never writes the hub):
 * the api takes the tenant from the lead's verified token and checks the site is theirs.
 */
export function HubRegistration() {
  const styles = useSettingsStyles();
  const { snapshot, storage, canEdit, openLibrary } = usePlanData();
  const odsCode = snapshot?.settings.odsCode ?? '';
  const registerPlan = useCallback(
    async (): Promise<Registration> => (await openLibrary()).registerPlan(storage.site.id, odsCode),
    [openLibrary, storage, odsCode],
  );
  const registration = useOperation(registerPlan, describeRegistrationFailure);

  return (
    <section className={styles.section} aria-labelledby="hub-heading">
      <Subtitle2 as="h2" id="hub-heading">
        Good Practice Hub
      </Subtitle2>
      <Text>
        Registering the plan lets the daily reminders reach its action owners and lets its people publish and adopt good practice. It needs the Plan.Register
        role, which your administrator gives the plan&apos;s lead. Registering again changes nothing.
      </Text>
      {canEdit ? (
        <div className={styles.row}>
          <Button disabled={registration.busy || odsCode === ''} onClick={() => void registration.run()}>
            Register with the hub
          </Button>
          {odsCode === '' ? <Text>Save the organisation&apos;s ODS code first.</Text> : null}
        </div>
      ) : null}
      <OperationMessage status={registration.status} busyLabel="Registering…" failedTitle="The plan was not registered" doneText={registered} />
    </section>
  );
}
