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
  /** A narrow panel: the avatar alone, its words kept as the accessible name and the hover title. */
  compact?: boolean;
}

/** "Signed in as …"; with the demo directory it also offers "Switch user". */
export function UserMenu({ user, directory, onSwitch, compact = false }: UserMenuProps) {
  const styles = useStyles();
  const signedIn = `Signed in as ${user.displayName}`;
  const who = compact ? (
    // Fluent's avatar is an image named by its name: here it says who is signed in.
    <Avatar name={user.displayName} size={24} aria-label={signedIn} />
  ) : (
    <span className={styles.who}>
      <Avatar name={user.displayName} size={24} aria-hidden />
      <Text>{signedIn}</Text>
    </span>
  );
  if (!directory || !onSwitch) return who;
  const label = `${signedIn}. Switch user`;
  const trigger = compact ? (
    // The browser's own tooltip (title) names it on hover, without adding Fluent's Tooltip to the first screen.
    <Button appearance="subtle" icon={<Avatar name={user.displayName} size={24} aria-hidden />} aria-label={label} title={label} />
  ) : (
    <Button appearance="subtle" aria-label={label}>
      {who}
    </Button>
  );
  return (
    <Menu
      checkedValues={{ user: [user.id] }}
      onCheckedValueChange={(_, data) => {
        const next = data.checkedItems[0];
        if (next && next !== user.id) onSwitch(next);
      }}
    >
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
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
