import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { LiveStatus } from '../../components/live-status';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { TitledSection } from '../../components/titled-section';
import { STAFF_FILE_KINDS } from '../../domain/wres';
import { EthnicMappingEditor } from './ethnic-mapping-editor';
import { StaffCountControls } from './staff-count-controls';
import { StaffCountsCheck } from './staff-counts-check';
import { StaffFilePicker } from './staff-file-picker';
import { useStaffImportStyles } from './staff-import-page.styles';
import type { CountRun, StaffImportState } from './use-staff-import';

/** How the count ended, said as it changes. */
function CountStatus({ run }: { run: CountRun }) {
  if (run.kind === 'cancelled') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Counting was cancelled. Nothing was stored.</MessageBarBody>
      </MessageBar>
    );
  }
  if (run.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{run.message} Nothing was stored.</MessageBarBody>
      </MessageBar>
    );
  }
  return run.kind === 'counted' ? <Text>Counted. Check the figures below, then save.</Text> : null;
}

/** The staff-records import as its state has it: the files and their columns, the count, then the counts to check and save. */
export function StaffImportPageView({ state }: { state: StaffImportState }) {
  const styles = useStaffImportStyles();
  const { files, busy, run, plan } = state;
  return (
    <PageLayout
      title="Import staff records"
      description="Count WRES figures from your ESR staff-in-post extract and, if you have them, recruitment, disciplinary, training and board files. The files are read in this browser and never leave this device; only the counts are stored, once you have checked them."
    >
      <TitledSection className={styles.section} title="Choose the files and check their columns">
        <Text>Columns are recognised from common ESR headings. Your choices are remembered in this browser for next time.</Text>
        {STAFF_FILE_KINDS.map((kind) => (
          <StaffFilePicker
            key={kind}
            kind={kind}
            picked={files.picked[kind]}
            disabled={busy}
            onFile={(file) => files.choose(kind, file)}
            onMapping={(mapping) => files.setMapping(kind, mapping)}
          />
        ))}
      </TitledSection>
      <EthnicMappingEditor mapping={files.ethnicMapping} disabled={busy} onChange={files.setEthnicMapping} />
      <StaffCountControls state={state} />
      <LiveStatus>
        <CountStatus run={run} />
      </LiveStatus>
      <OperationMessage
        status={state.saving}
        busyLabel="Saving…"
        failedTitle="Nothing was saved"
        doneText={(input) => `Saved the ${input.year} WRES counts for ${input.organisation.name}. No staff record was stored or sent.`}
      />
      {run.kind === 'counted' && plan !== undefined ? <StaffCountsCheck state={state} counted={run} plan={plan} /> : null}
    </PageLayout>
  );
}
