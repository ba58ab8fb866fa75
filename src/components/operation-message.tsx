import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { LiveStatus } from './live-status';
import type { OperationStatus } from './use-operation';

export interface OperationMessageProps<T> {
  status: OperationStatus<T>;
  /** Shown beside a spinner while it runs: "Saving…". */
  busyLabel: string;
  /** Said when it failed, before why: "Settings were not saved". */
  failedTitle: string;
  /** Said when it worked; nothing is said when omitted. */
  doneText?: string | ((value: T) => string);
}

/**
 * The one way a page shows how an operation went: a spinner while busy, the failure in words (an
 * alert, so a screen reader says it at once), and success in a polite live region.
 */
export function OperationMessage<T>({ status, busyLabel, failedTitle, doneText }: OperationMessageProps<T>) {
  if (status.kind === 'busy') return <Spinner size="tiny" label={busyLabel} />;
  if (status.kind === 'failed') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{failedTitle}</MessageBarTitle>
          {status.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (status.kind === 'done' && doneText !== undefined) {
    return <LiveStatus>{typeof doneText === 'string' ? doneText : doneText(status.value)}</LiveStatus>;
  }
  return null;
}
