import { Button, Field, Link, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { Link as RouterLink } from 'wouter';
import type { StaffJobProgress } from './staff-job';
import { useStaffImportStyles } from './staff-import-page.styles';
import type { StaffImportState } from './use-staff-import';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** How far the count has got: bytes read across every file, and rows counted in the current one. */
function CountProgress({ progress, inWorker }: { progress: StaffJobProgress | undefined; inWorker: boolean }) {
  const fraction = progress === undefined || progress.bytesTotal === 0 ? undefined : progress.bytesDone / progress.bytesTotal;
  return (
    <Field
      label="Counting"
      validationState="none"
      validationMessage={
        progress === undefined
          ? `Starting${inWorker ? ' the background reader' : ''}…`
          : `${progress.fileName}: ${progress.rows.toLocaleString('en-GB')} rows counted; ${megabytes(progress.bytesDone)} of ${megabytes(progress.bytesTotal)} read`
      }
    >
      <ProgressBar value={fraction} max={1} aria-valuetext={fraction === undefined ? 'Starting' : `${Math.round(fraction * 100)}% read`} />
    </Field>
  );
}

/** Count the chosen files (or cancel the count), with what stops it and how far it has got. */
export function StaffCountControls({ state }: { state: StaffImportState }) {
  const styles = useStaffImportStyles();
  const { run, files } = state;
  return (
    <section className={styles.section} aria-label="Count">
      {files.mappingProblems.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{files.mappingProblems.join(' ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!state.canCount} onClick={state.count}>
          Count staff
        </Button>
        {run.kind === 'counting' ? <Button onClick={state.cancel}>Cancel</Button> : null}
        <RouterLink href="/import" asChild>
          <Link>Import a year's counts instead</Link>
        </RouterLink>
      </div>
      {files.picked.staff === undefined ? <Text size={200}>Choose the staff-in-post extract first.</Text> : null}
      {run.kind === 'counting' ? <CountProgress progress={run.progress} inWorker={state.inWorker} /> : null}
    </section>
  );
}
