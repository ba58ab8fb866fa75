import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { PageLayout } from '../../components/page-layout';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export interface SetupScreenProps {
  missingLists: readonly string[];
  /** Creates the lists; rejects with a message that says what went wrong, in words. */
  createLists: () => Promise<void>;
}

/**
 * The first person to open the plan on a team's site chooses to set it up, rather than having six
 * lists appear in their SharePoint site unasked. Anyone who may not create lists is told so plainly.
 */
export function SetupScreen({ missingLists, createLists }: SetupScreenProps) {
  const styles = useStyles();
  const [state, setState] = useState<{ phase: 'idle' | 'creating' } | { phase: 'failed'; message: string }>({ phase: 'idle' });
  const create = async (): Promise<void> => {
    setState({ phase: 'creating' });
    try {
      await createLists();
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <PageLayout title="Set up the race equality plan" description="This team's SharePoint site does not hold the plan yet.">
      <Text as="p">The plan keeps everything in the team&apos;s own SharePoint site, in these lists, which are missing:</Text>
      <ul className={styles.list}>
        {missingLists.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={state.phase === 'creating'} onClick={() => void create()}>
          Create lists
        </Button>
        {state.phase === 'creating' ? <Spinner size="tiny" label="Creating lists…" /> : null}
      </div>
      <div role="status" aria-live="polite">
        {state.phase === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>The lists were not created</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </PageLayout>
  );
}
