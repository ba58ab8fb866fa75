import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { ReportTable } from '../../components/report-table';
import { TitledSection } from '../../components/titled-section';
import { boardIndicatorsTable } from '../../domain/exports';
import { calculateWres, indicatorsGiven } from '../../domain/wres';
import { staffCountNotes } from './staff-count-notes';
import { StaffCountsTable } from './staff-counts-table';
import type { StaffImportPlan } from './staff-import-plan';
import { useStaffImportStyles } from './staff-import-page.styles';
import type { CountRun, StaffImportState } from './use-staff-import';

type Counted = Extract<CountRun, { kind: 'counted' }>;

/** The organisation, ODS code and year the counts are stored under. */
function AboutFields({ state }: { state: StaffImportState }) {
  const styles = useStaffImportStyles();
  const { about, setAbout } = state;
  return (
    <div className={styles.about}>
      <Field label="Organisation" required>
        <Input value={about.name} onChange={(_, data) => setAbout('name', data.value)} />
      </Field>
      <Field label="ODS code" required>
        <Input value={about.odsCode} onChange={(_, data) => setAbout('odsCode', data.value)} />
      </Field>
      <Field label="WRES year (staff in post at 31 March)" required>
        <Input type="number" value={about.year} onChange={(_, data) => setAbout('year', data.value)} />
      </Field>
    </div>
  );
}

/** Which stored indicators saving replaces, and which it keeps. */
function ReplacesNote({ plan }: { plan: StaffImportPlan }) {
  const { stored, kept } = plan;
  if (stored === undefined) return null;
  const replaced = indicatorsGiven(plan.imported);
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        Saving replaces indicator{replaced.length === 1 ? '' : 's'} {replaced.join(', ')} of the {plan.year} figures already stored
        {stored.modifiedBy ? `, last changed by ${stored.modifiedBy}` : ''}.
        {kept.length > 0 ? ` Indicator${kept.length === 1 ? '' : 's'} ${kept.join(', ')} stay as they are.` : ''}
      </MessageBarBody>
    </MessageBar>
  );
}

/** What will be stored, or why it cannot be yet. */
function ToStore({ plan }: { plan: StaffImportPlan }) {
  const { validated } = plan;
  if (validated.ok) return <ReportTable table={boardIndicatorsTable(calculateWres(validated.value))} caption={`What will be stored for ${plan.year}`} />;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>These counts cannot be saved yet.</MessageBarTitle>
        {validated.errors.map((error) => error.message).join(' ')}
      </MessageBarBody>
    </MessageBar>
  );
}

function SaveButtons({ state, plan }: { state: StaffImportState; plan: StaffImportPlan }) {
  const styles = useStaffImportStyles();
  if (!state.canEdit) return <Text>You have read-only access to this plan, so you cannot save these counts.</Text>;
  const busy = state.saving.kind === 'busy';
  return (
    <div className={styles.buttons}>
      <Button appearance="primary" disabled={busy || !plan.validated.ok} onClick={state.save}>
        {busy ? 'Saving…' : `Save the ${Number.isInteger(plan.year) ? plan.year : ''} counts`}
      </Button>
      <Button disabled={busy} onClick={state.discard}>
        Discard the counts
      </Button>
    </div>
  );
}

/** The counts, for the person to check (with what may be wrong with them) before they are saved under the organisation and year. */
export function StaffCountsCheck({ state, counted, plan }: { state: StaffImportState; counted: Counted; plan: StaffImportPlan }) {
  const styles = useStaffImportStyles();
  return (
    <TitledSection className={styles.section} title="Check the counts">
      {staffCountNotes(counted.counts, counted.mapping).map((note) => (
        <MessageBar key={note} intent="warning">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      <StaffCountsTable aggregate={plan.aggregate} given={new Set(counted.counts.map((file) => file.kind))} />
      <AboutFields state={state} />
      <ReplacesNote plan={plan} />
      <ToStore plan={plan} />
      <SaveButtons state={state} plan={plan} />
    </TitledSection>
  );
}
