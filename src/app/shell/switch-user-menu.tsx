import { Menu, MenuGroup, MenuGroupHeader, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { SignedInUser } from '../../host/host-info';

export interface SwitchUserMenuProps {
  /** The button that opened the menu, as the menu's trigger. */
  trigger: ReactElement;
  /** Whether the menu is open: kept by the button's owner, so a menu mounted again stays as it was. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  user: SignedInUser;
  directory: readonly SignedInUser[];
  onSwitch: (userId: string) => void;
}

/**
 * The demo directory's "Switch user" menu. It is loaded, and opens, when its button is first used
 * (src/app/shell/user-menu.tsx): opening with focus on its first item, as a menu opened from its
 * button does, and giving focus back to the button when it closes.
 */
export function SwitchUserMenu({ trigger, open, onOpenChange, user, directory, onSwitch }: SwitchUserMenuProps) {
  return (
    <Menu
      open={open}
      onOpenChange={(_, data) => onOpenChange(data.open)}
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
