import { Caption1, Link as FluentLink, Popover, PopoverSurface, PopoverTrigger, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactElement } from 'react';
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
 * opens what it is about, as Teams would. The panel is loaded when its button is first used
 * (src/app/shell/app-header.tsx), whose click has already started reading the notifications; each
 * later opening reads them again.
 */
export function NotificationsPanel({
  load: read,
  firstRead,
  trigger,
  open,
  onOpenChange: setOpen,
}: {
  load: () => Promise<LocalNotification[]>;
  /** The reading the first opening started, with the click that loaded this panel. */
  firstRead: Promise<LocalNotification[]>;
  trigger: ReactElement;
  /** Whether the panel is open: kept by the button's owner, so a panel mounted again stays as it was. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const styles = useStyles();
  const [state, setState] = useState<{ kind: 'idle' | 'loading' } | { kind: 'ready'; items: LocalNotification[] } | { kind: 'failed'; message: string }>({
    kind: 'loading',
  });
  const load = async (): Promise<void> => {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'ready', items: await read() });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };
  useEffect(() => {
    let shown = true;
    firstRead.then(
      (items) => shown && setState({ kind: 'ready', items }),
      (error: unknown) => shown && setState({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      shown = false;
    };
  }, [firstRead]);
  return (
    <Popover
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) void load();
      }}
      trapFocus
    >
      <PopoverTrigger disableButtonEnhancement>{trigger}</PopoverTrigger>
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
