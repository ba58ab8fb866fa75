import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { SignedInUser } from '../../host/host-info';
import type { LocalNotification } from '../../host/session';
import { NotificationsButton } from './notifications-button';
import { UserMenu } from './user-menu';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  brand: { display: 'flex', flexDirection: 'column', '& p': { margin: 0 } },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface AppHeaderProps {
  organisationName: string;
  /** Local demo only: the notifications the reminders would have sent to Teams. */
  notifications?: () => Promise<LocalNotification[]>;
  user: SignedInUser;
  directory?: readonly SignedInUser[];
  onSwitchUser?: (userId: string) => void;
}

export function AppHeader({ organisationName, user, directory, onSwitchUser, notifications }: AppHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <Subtitle2 as="p" data-testid="organisation-name">
          {organisationName}
        </Subtitle2>
        <Caption1 as="p">Race equality plan: WRES and EDS</Caption1>
      </div>
      <div className={styles.tools}>
        {notifications ? <NotificationsButton load={notifications} /> : null}
        <UserMenu user={user} directory={directory} onSwitch={onSwitchUser} />
      </div>
    </header>
  );
}
