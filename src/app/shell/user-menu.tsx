import {
  Avatar,
  Button,
  makeStyles,
  Menu,
  MenuGroup,
  MenuGroupHeader,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { SignedInUser } from '../../host/host-info';

const useStyles = makeStyles({
  who: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface UserMenuProps {
  user: SignedInUser;
  /** Present only with the local demo directory. */
  directory?: readonly SignedInUser[];
  onSwitch?: (userId: string) => void;
}

/** "Signed in as …"; with the demo directory it also offers "Switch user". */
export function UserMenu({ user, directory, onSwitch }: UserMenuProps) {
  const styles = useStyles();
  const who = (
    <span className={styles.who}>
      <Avatar name={user.displayName} size={24} aria-hidden />
      <Text>Signed in as {user.displayName}</Text>
    </span>
  );
  if (!directory || !onSwitch) return who;
  return (
    <Menu
      checkedValues={{ user: [user.id] }}
      onCheckedValueChange={(_, data) => {
        const next = data.checkedItems[0];
        if (next && next !== user.id) onSwitch(next);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" aria-label={`Signed in as ${user.displayName}. Switch user`}>
          {who}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Switch user</MenuGroupHeader>
            {directory.map((person) => (
              <MenuItemRadio key={person.id} name="user" value={person.id} secondaryContent={person.email}>
                {person.displayName}
              </MenuItemRadio>
            ))}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
