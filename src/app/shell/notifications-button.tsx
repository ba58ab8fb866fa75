import { Button, Caption1, Popover, PopoverSurface, PopoverTrigger, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Alert20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LocalNotification } from '../../host/session';
import { messageOf } from '../../storage/ports';

const useStyles = makeStyles({
  surface: { maxWidth: '360px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const KINDS: Readonly<Record<string, string>> = { actionDueSoon: 'Due soon', actionOverdue: 'Overdue', weeklyDigest: 'Weekly digest' };

/**
 * Locally there is no Teams activity feed: the reminders the app would send are kept in the local
 * store's outbox, and this panel shows the signed-in person theirs.
 */
export function NotificationsButton({ load, iconOnly = false }: { load: () => Promise<LocalNotification[]>; iconOnly?: boolean }) {
  const styles = useStyles();
  const [state, setState] = useState<{ kind: 'idle' | 'loading' } | { kind: 'ready'; items: LocalNotification[] } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  const open = async (): Promise<void> => {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'ready', items: await load() });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };
  return (
    <Popover onOpenChange={(_, data) => data.open && void open()} trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        {iconOnly ? (
          // The browser's own tooltip (title): Fluent's Tooltip would add to the first screen's download.
          <Button appearance="subtle" icon={<Alert20Regular />} aria-label="Notifications" title="Notifications" />
        ) : (
          <Button appearance="subtle" icon={<Alert20Regular />}>
            Notifications
          </Button>
        )}
      </PopoverTrigger>
      {/* Focusable itself, so the trapped focus lands in the panel even while it holds nothing focusable (loading, plain text);
          otherwise focus stays on the button and the modal panel is left hidden from screen readers. */}
      <PopoverSurface className={styles.surface} aria-label="Notifications" tabIndex={-1}>
        {state.kind === 'loading' ? <Spinner size="tiny" label="Loading notifications…" /> : null}
        {state.kind === 'failed' ? <Text>{state.message}</Text> : null}
        {state.kind === 'ready' && state.items.length === 0 ? <Text>No notifications yet.</Text> : null}
        {state.kind === 'ready' && state.items.length > 0 ? (
          <ul className={styles.list}>
            {state.items.map((item) => (
              <li key={item.id}>
                <Text weight="semibold">{KINDS[item.activityType] ?? item.activityType}: </Text>
                <Text>{item.previewText}</Text>
                <div>
                  <Caption1>{new Date(item.time).toLocaleString('en-GB', { timeZone: 'Europe/London' })}</Caption1>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </PopoverSurface>
    </Popover>
  );
}
