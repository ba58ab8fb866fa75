import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { SignedInUser } from '../../host/host-info';
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
});

export interface AppHeaderProps {
  organisationName: string;
  user: SignedInUser;
  directory?: readonly SignedInUser[];
  onSwitchUser?: (userId: string) => void;
}

export function AppHeader({ organisationName, user, directory, onSwitchUser }: AppHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <Subtitle2 as="p" data-testid="organisation-name">
          {organisationName}
        </Subtitle2>
        <Caption1 as="p">Race equality plan: WRES and EDS</Caption1>
      </div>
      <UserMenu user={user} directory={directory} onSwitch={onSwitchUser} />
    </header>
  );
}
