import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { usePlanData } from './plan-data-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `0 ${tokens.spacingHorizontalL}` },
});

/**
 * The state of the plan's data, in words: loading, retrying after throttling, failed with a way
 * to try again, and any items that could not be read.
 */
export function PlanStatus() {
  const styles = useStyles();
  const { status, error, retrying, snapshot, reload } = usePlanData();
  const problems = snapshot?.problems ?? [];
  return (
    <div className={styles.root} role="status" aria-live="polite">
      {status === 'loading' ? <Spinner size="small" label="Loading the plan…" /> : null}
      {retrying ? (
        <MessageBar intent="warning">
          <MessageBarBody>Microsoft 365 is busy. Retrying…</MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{status === 'failed' ? 'The plan could not be loaded' : 'The plan could not be brought up to date'}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void reload()}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {problems.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Some items could not be read</MessageBarTitle>
            {problems.join(' ')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
