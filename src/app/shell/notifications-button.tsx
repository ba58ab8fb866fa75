import { Button, Caption1, Link as FluentLink, Popover, PopoverSurface, PopoverTrigger, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Alert20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { Link } from 'wouter';
import type { LocalNotification } from '../../host/session';
import { messageOf } from '../../storage/ports';

const useStyles = makeStyles({
  surface: { maxWidth: '360px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const KINDS: Readonly<Record<string, string>> = { actionDueSoon: 'Due soon', actionOverdue: 'Overdue', weeklyDigest: 'Weekly digest' };

/** One notification: a link to the page it is about (its action, or My actions for the digest), when it names one. */
function NotificationItem({ item, onOpen }: { item: LocalNotification; onOpen: () => void }) {
  const text = (
    <>
      <Text weight="semibold">{KINDS[item.activityType] ?? item.activityType}:</Text> <Text>{item.previewText}</Text>
    </>
  );
  return (
    <li>
      {item.route ? (
        <Link href={item.route} asChild>
          <FluentLink onClick={onOpen}>{text}</FluentLink>
        </Link>
      ) : (
        text
      )}
      <div>
        <Caption1>{new Date(item.time).toLocaleString('en-GB', { timeZone: 'Europe/London' })}</Caption1>
      </div>
    </li>
  );
}

/**
 * Locally there is no Teams activity feed: the reminders the app would send are kept in the local
 * store's outbox, and this panel shows the signed-in person theirs. Choosing one closes the panel and
 * opens what it is about, as Teams would.
 */
export function NotificationsButton({ load: read, iconOnly = false }: { load: () => Promise<LocalNotification[]>; iconOnly?: boolean }) {
  const styles = useStyles();
  const [state, setState] = useState<{ kind: 'idle' | 'loading' } | { kind: 'ready'; items: LocalNotification[] } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  const [open, setOpen] = useState(false);
  const load = async (): Promise<void> => {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'ready', items: await read() });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };
  return (
    <Popover
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) void load();
      }}
      trapFocus
    >
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
              <NotificationItem key={item.id} item={item} onOpen={() => setOpen(false)} />
            ))}
          </ul>
        ) : null}
      </PopoverSurface>
    </Popover>
  );
}
