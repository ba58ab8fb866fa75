import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, teamsLightTheme, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { UnreachableError, describeStorageError, messageOf } from '../storage/ports';
import { App, type AppEnvironment } from './app';
import { useGlobalStyles } from './global-styles';

const useStyles = makeStyles({
  centre: { minHeight: '100vh', display: 'grid', placeItems: 'center', padding: tokens.spacingHorizontalL },
});

type BootState = { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'ready'; environment: AppEnvironment };

export interface BootScreenProps {
  start: () => Promise<AppEnvironment>;
}

/** Shows progress while the tab opens, and a plain reason if it cannot. */
export function BootScreen({ start }: BootScreenProps) {
  const [state, setState] = useState<BootState>({ phase: 'loading' });
  const styles = useStyles();
  useGlobalStyles();
  useEffect(() => {
    let live = true;
    start().then(
      (environment) => live && setState({ phase: 'ready', environment }),
      // An unreachable site is worded as everywhere else, with what to check; other failures at this
      // stage (configuration, sign-in, a missing site) carry their own words.
      (error: unknown) => live && setState({ phase: 'failed', message: error instanceof UnreachableError ? describeStorageError(error) : messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [start]);

  if (state.phase === 'ready') return <App environment={state.environment} />;
  return (
    <FluentProvider theme={teamsLightTheme}>
      <main className={styles.centre}>
        {state.phase === 'loading' ? (
          <Spinner label="Opening the race equality plan…" />
        ) : (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>The plan could not be opened</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
