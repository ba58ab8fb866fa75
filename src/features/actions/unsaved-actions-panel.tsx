import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useLocation } from 'wouter';
import { useActionsWorkspace } from './actions-workspace';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * New actions whose save failed, each named, with its reason and Retry, Edit or Discard. Shown on
 * the list and on the new-action form, so starting another action never hides or drops one.
 * `except` leaves out the draft being edited on the same page.
 */
export function UnsavedActionsPanel({ except }: { except?: string }) {
  const styles = useStyles();
  const headingId = useId();
  const { failedCreates, retryCreate, discardFailedCreate } = useActionsWorkspace();
  const [, navigate] = useLocation();
  const shown = failedCreates.filter((failed) => failed.action.id !== except);
  if (shown.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Not saved yet
      </Subtitle2>
      {shown.map((failed) => (
        <MessageBar key={failed.action.id} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>“{failed.action.title}” was not saved.</MessageBarTitle>
            {failed.message} Its draft is kept in this tab.
          </MessageBarBody>
          <MessageBarActions>
            <Button aria-label={`Retry saving “${failed.action.title}”`} onClick={() => retryCreate(failed.action.id)}>
              Retry
            </Button>
            <Button aria-label={`Edit “${failed.action.title}”`} onClick={() => navigate(`/unsaved/${encodeURIComponent(failed.action.id)}`)}>
              Edit
            </Button>
            <Button aria-label={`Discard “${failed.action.title}”`} onClick={() => discardFailedCreate(failed.action.id)}>
              Discard
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </section>
  );
}
