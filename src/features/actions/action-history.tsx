import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState } from 'react';
import { StoredLink } from '../../components/stored-link';
import { describeStorageError, type HistoryEntry, type PlanStorage } from '../../storage/ports';
import { describeChange, describeEntry, formatWhen } from './history-format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  when: { color: tokens.colorNeutralForeground2 },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; entries: HistoryEntry[] };

export interface ActionHistoryProps {
  actionId: string;
  history: PlanStorage['actions']['history'];
  /** Changes whenever the action or its updates change, so the history is read again. */
  version: string;
}

/** Who changed what and when, newest first, with progress updates among the changes. */
export function ActionHistory({ actionId, history, version }: ActionHistoryProps) {
  const styles = useStyles();
  const headingId = useId();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const read = useCallback(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    history(actionId).then(
      (entries) => current && setLoad({ kind: 'ready', entries }),
      (error: unknown) => current && setLoad({ kind: 'failed', message: describeStorageError(error) }),
    );
    return () => {
      current = false;
    };
  }, [actionId, history]);
  // oxlint-disable-next-line react/exhaustive-deps -- `version` is the signal to read the history again.
  useEffect(read, [read, version]);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        History
      </Subtitle2>
      {load.kind === 'loading' ? <Spinner size="tiny" label="Loading the history…" /> : null}
      {load.kind === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>The history could not be read: {load.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={read}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {load.kind === 'ready' && load.entries.length === 0 ? <Body1>No changes have been recorded yet.</Body1> : null}
      {load.kind === 'ready' && load.entries.length > 0 ? (
        <ol className={styles.list} aria-label="History, newest first">
          {load.entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className={styles.entry}>
              <Body1>
                <strong>{describeEntry(entry)}</strong>
              </Body1>
              <Caption1 className={styles.when}>
                <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
              </Caption1>
              {entry.kind === 'change' ? (
                <ul className={styles.changes}>
                  {entry.changes.map((change) => (
                    <li key={change.field}>
                      <Body1>{describeChange(change)}</Body1>
                    </li>
                  ))}
                </ul>
              ) : (
                <>
                  <Body1 className={styles.note}>{entry.update.note}</Body1>
                  {entry.update.evidenceUrl ? (
                    <Body1 className={styles.note}>
                      Evidence: <StoredLink address={entry.update.evidenceUrl} />
                    </Body1>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
