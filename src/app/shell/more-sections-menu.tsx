import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { navEntries, type NavEntry } from '../sections';
import { accessibleName, EntryLabel } from './nav-entry-label';

interface MoreSectionsMenuProps {
  /** The "More" button that opened the menu, as its trigger. */
  trigger: ReactElement;
  /** Whether the menu is open: kept by the button's owner, so a menu mounted again (the tabs that fit changed) stays as it was. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** How many of the signed-in person's actions are overdue, for My actions. */
  overdue: number | undefined;
  onSelect: (path: string) => void;
}

function MoreItem({ entry, overdue, onSelect }: { entry: NavEntry; overdue: number | undefined; onSelect: (path: string) => void }) {
  // Only what the row of section links could not fit is offered here.
  if (useIsOverflowItemVisible(entry.path)) return null;
  return (
    <MenuItem icon={entry.icon} aria-label={accessibleName(entry, overdue)} onClick={() => onSelect(entry.path)}>
      <EntryLabel entry={entry} overdue={overdue} />
    </MenuItem>
  );
}

/**
 * The sections a narrow panel cannot fit in the row of section links. Loaded, and opened, when "More" is first
 * used (src/app/shell/section-nav.tsx): focus moves to its first item, and back to "More" when it closes.
 */
export function MoreSectionsMenu({ trigger, open, onOpenChange, overdue, onSelect }: MoreSectionsMenuProps) {
  return (
    <Menu hasIcons open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {navEntries.map((entry) => (
            <MoreItem key={entry.path} entry={entry} overdue={overdue} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
