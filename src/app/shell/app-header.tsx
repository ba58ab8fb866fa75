import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { Alert20Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useState, type ButtonHTMLAttributes } from 'react';
import { NARROW_MEDIA, useMediaQuery } from '../../components/use-media-query';
import type { SignedInUser } from '../../host/host-info';
import type { LocalNotification } from '../../host/session';
import { UserMenu } from './user-menu';

// Only the local demo has notifications to show, and their panel (a Fluent Popover, with its
// positioning) is loaded the first time its button is used: a tab in Teams never downloads it.
const NotificationsPanel = lazy(async () => ({ default: (await import('./notifications-button')).NotificationsPanel }));

const narrow = `@media ${NARROW_MEDIA}`;

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    [narrow]: { gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  },
  // The name gives way to the buttons: it shortens with an ellipsis rather than pushing them off the panel.
  brand: { display: 'flex', flexDirection: 'column', minWidth: 0, '& p': { margin: 0 } },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  // In a side panel every line of header is a line less of the page.
  tagline: { [narrow]: { display: 'none' } },
  tools: { display: 'flex', flexShrink: 0, alignItems: 'center', gap: tokens.spacingHorizontalS, [narrow]: { gap: tokens.spacingHorizontalXS } },
});

function Notifications({ load, iconOnly }: { load: () => Promise<LocalNotification[]>; iconOnly: boolean }) {
  const [firstRead, setFirstRead] = useState<Promise<LocalNotification[]>>();
  const [open, setOpen] = useState(false);
  const button = (props: ButtonHTMLAttributes<HTMLButtonElement>) =>
    iconOnly ? (
      // The browser's own tooltip (title): Fluent's Tooltip would add to the first screen's download.
      <Button {...props} appearance="subtle" icon={<Alert20Regular />} aria-label="Notifications" title="Notifications" />
    ) : (
      <Button {...props} appearance="subtle" icon={<Alert20Regular />}>
        Notifications
      </Button>
    );
  // The first click reads the notifications while the panel itself loads.
  const closed = button({
    'aria-expanded': false,
    onClick: () => {
      setFirstRead(load());
      setOpen(true);
    },
  });
  if (!firstRead) return closed;
  return (
    <Suspense fallback={closed}>
      <NotificationsPanel load={load} firstRead={firstRead} trigger={button({})} open={open} onOpenChange={setOpen} />
    </Suspense>
  );
}

export interface AppHeaderProps {
  organisationName: string;
  /** Local demo only: the notifications the reminders would have sent to Teams. */
  notifications?: () => Promise<LocalNotification[]>;
  user: SignedInUser;
  directory?: readonly SignedInUser[];
  onSwitchUser?: (userId: string) => void;
}

/** The organisation and the signed-in person; in a narrow panel one short line, with icon-only buttons. */
export function AppHeader({ organisationName, user, directory, onSwitchUser, notifications }: AppHeaderProps) {
  const styles = useStyles();
  const compact = useMediaQuery(NARROW_MEDIA);
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        {/* A shortened name keeps its full text for screen readers, and shows it on hover. */}
        <Subtitle2 as="p" className={styles.name} title={organisationName} data-testid="organisation-name">
          {organisationName}
        </Subtitle2>
        <Caption1 as="p" className={styles.tagline}>
          Race equality plan: WRES and EDS
        </Caption1>
      </div>
      <div className={styles.tools}>
        {notifications ? <Notifications load={notifications} iconOnly={compact} /> : null}
        <UserMenu user={user} directory={directory} onSwitch={onSwitchUser} compact={compact} />
      </div>
    </header>
  );
}
