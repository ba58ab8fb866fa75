import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { figuresTime } from './figures-time';
import { usePlanData } from './plan-data-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `0 ${tokens.spacingHorizontalL}` },
  figuresFrom: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  screenReaderOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** Whole seconds from now until `at`, re-read every second while there are any left. */
function useSecondsUntil(at: Date, clock: () => Date): number {
  const left = (): number => Math.max(0, Math.ceil((at.getTime() - clock().getTime()) / 1000));
  const [, setTick] = useState(0);
  const seconds = left();
  useEffect(() => {
    if (seconds <= 0) return undefined;
    const timer = setTimeout(() => setTick((tick) => tick + 1), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);
  return seconds;
}

/** "Showing figures from 09:05": said wherever what is on screen may be out of date. */
function FiguresFrom({ readAt, now }: { readAt: Date | undefined; now: Date }) {
  const styles = useStyles();
  return readAt ? <span className={styles.figuresFrom}>Showing figures from {figuresTime(readAt, now)}.</span> : null;
}

/**
 * Throttling only: Graph asked us to wait, and the request goes again by itself, so there is no
 * "Try again" (asking sooner would only be refused). The countdown is for the eye; a screen reader
 * hears the wait once, not a number every second.
 */
function RetryingBar({ retryAt, readAt, clock }: { retryAt: Date; readAt: Date | undefined; clock: () => Date }) {
  const styles = useStyles();
  const seconds = useSecondsUntil(retryAt, clock);
  const [announced] = useState(seconds);
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <span aria-hidden="true">Microsoft 365 is busy. {seconds > 0 ? `Retrying in ${seconds} s…` : 'Retrying…'}</span>
        <span className={styles.screenReaderOnly}>Microsoft 365 is busy. Retrying in {announced} seconds.</span> <FiguresFrom readAt={readAt} now={clock()} />
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * The state of the plan's data, in words: loading, the plan remembered from the last visit being brought up to date, busy and retrying after throttling, failed (the
 * site unreachable, say) with a way to try again, when the figures on screen were read whenever they
 * may be out of date, and any items that could not be read.
 */
export function PlanStatus() {
  const styles = useStyles();
  const { status, error, retryAt, readAt, remembered, snapshot, reload, clock } = usePlanData();
  const problems = snapshot?.problems ?? [];
  return (
    <div className={styles.root} role="status" aria-live="polite">
      {status === 'loading' ? <Spinner size="small" label="Loading the plan…" /> : null}
      {remembered && !error ? (
        <span className={styles.figuresFrom}>
          <Spinner
            size="extra-tiny"
            label={`Bringing the plan up to date. Showing figures from ${readAt ? figuresTime(readAt, clock()) : 'your last visit'}.`}
          />
        </span>
      ) : null}
      {retryAt && !error ? <RetryingBar key={retryAt.getTime()} retryAt={retryAt} readAt={readAt} clock={clock} /> : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{status === 'failed' ? 'The plan could not be loaded' : 'The plan could not be brought up to date'}</MessageBarTitle>
            {error} <FiguresFrom readAt={readAt} now={clock()} />
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
