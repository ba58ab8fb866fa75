import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { NARROW_MEDIA, useMediaQuery } from '../../components/use-media-query';
import type { SignedInUser } from '../../host/host-info';
import type { LocalNotification } from '../../host/session';
import { UserMenu } from './user-menu';

// Only the local demo has notifications to show: a tab in Teams never downloads their panel, and the demo loads it after the first screen.
const NotificationsButton = lazy(async () => ({ default: (await import('./notifications-button')).NotificationsButton }));

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
        {notifications ? (
          <Suspense fallback={null}>
            <NotificationsButton load={notifications} iconOnly={compact} />
          </Suspense>
        ) : null}
        <UserMenu user={user} directory={directory} onSwitch={onSwitchUser} compact={compact} />
      </div>
    </header>
  );
}
