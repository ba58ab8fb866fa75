import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PersonCircle20Regular, PersonCircle24Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useState, type ButtonHTMLAttributes } from 'react';
import type { SignedInUser } from '../../host/host-info';

// Fluent's Menu, with its popover and positioning, is not needed to draw the first screen: it is
// loaded the first time the menu is opened.
const SwitchUserMenu = lazy(async () => ({ default: (await import('./switch-user-menu')).SwitchUserMenu }));

const useStyles = makeStyles({
  who: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  icon: { flexShrink: 0 },
});

export interface UserMenuProps {
  user: SignedInUser;
  /** Present only with the local demo directory. */
  directory?: readonly SignedInUser[];
  onSwitch?: (userId: string) => void;
  /** A narrow panel: the person icon alone, its words kept as the accessible name and the hover title. */
  compact?: boolean;
}

/** "Signed in as …"; with the demo directory it also offers "Switch user". */
export function UserMenu({ user, directory, onSwitch, compact = false }: UserMenuProps) {
  const styles = useStyles();
  // Undefined until the menu is first opened; then whether it is open.
  const [menuOpen, setMenuOpen] = useState<boolean>();
  const signedIn = `Signed in as ${user.displayName}`;
  const who = compact ? (
    // An icon with a name is an image: here it says who is signed in. (Fluent's Avatar would add
    // about 6 KB to the first screen to draw initials the name beside or under it already gives.)
    <PersonCircle24Regular className={styles.icon} aria-label={signedIn} />
  ) : (
    <span className={styles.who}>
      <PersonCircle24Regular className={styles.icon} />
      <Text>{signedIn}</Text>
    </span>
  );
  if (!directory || !onSwitch) return who;
  const label = `${signedIn}. Switch user`;
  const button = (props: ButtonHTMLAttributes<HTMLButtonElement>) =>
    compact ? (
      // The browser's own tooltip (title) names it on hover, without adding Fluent's Tooltip to the first screen.
      <Button {...props} appearance="subtle" icon={<PersonCircle20Regular />} aria-label={label} title={label} />
    ) : (
      <Button {...props} appearance="subtle" aria-label={label}>
        {who}
      </Button>
    );
  // Until the menu is first opened, its button says it opens one, and opening it loads the menu.
  const closed = button({ 'aria-haspopup': 'menu', 'aria-expanded': false, onClick: () => setMenuOpen(true) });
  if (menuOpen === undefined) return closed;
  return (
    <Suspense fallback={closed}>
      <SwitchUserMenu trigger={button({})} open={menuOpen} onOpenChange={setMenuOpen} user={user} directory={directory} onSwitch={onSwitch} />
    </Suspense>
  );
}
