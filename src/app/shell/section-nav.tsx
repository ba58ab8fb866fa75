import {
  Button,
  CounterBadge,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';
import { useLocation } from 'wouter';
import { MY_ACTIONS_PATH, navEntries, type NavEntry } from '../sections';
import { useMyOverdueCount } from './use-my-overdue-count';

const useStyles = makeStyles({
  nav: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
    // The overflow menu keeps every tab in the panel; this only catches a pixel lost to rounding.
    overflowX: 'hidden',
  },
  // The overflow container: the tabs that fit, then "More" with the rest.
  bar: { display: 'flex', alignItems: 'center', minWidth: 0 },
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** The name a screen reader hears: the entry's label, and for My actions how many are overdue. */
function accessibleName(entry: NavEntry, overdue: number | undefined): string {
  return entry.path === MY_ACTIONS_PATH && overdue ? `${entry.label}, ${overdue} overdue` : entry.label;
}

function EntryLabel({ entry, overdue }: { entry: NavEntry; overdue: number | undefined }) {
  const styles = useStyles();
  const count = entry.path === MY_ACTIONS_PATH ? (overdue ?? 0) : 0;
  return (
    <span className={styles.label}>
      {entry.label}
      {count > 0 ? <CounterBadge count={count} color="danger" size="small" aria-hidden /> : null}
    </span>
  );
}

function MoreItem({ entry, overdue, onSelect }: { entry: NavEntry; overdue: number | undefined; onSelect: (path: string) => void }) {
  // Only what the tab list could not fit is offered here.
  if (useIsOverflowItemVisible(entry.path)) return null;
  return (
    <MenuItem icon={entry.icon} aria-label={accessibleName(entry, overdue)} onClick={() => onSelect(entry.path)}>
      <EntryLabel entry={entry} overdue={overdue} />
    </MenuItem>
  );
}

/** "More": the sections a narrow panel cannot fit in the tab list, in a menu reached with Tab, then Enter and the arrows. */
function MoreSections({ overdue, onSelect }: { overdue: number | undefined; onSelect: (path: string) => void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu hasIcons>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" icon={<MoreHorizontal20Regular />} aria-label={`More sections (${overflowCount})`}>
          More
        </Button>
      </MenuTrigger>
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

/** The sections as tabs; in a narrow panel the ones that do not fit move to "More", never off the side. */
export function SectionNav() {
  const styles = useStyles();
  const [location, navigate] = useLocation();
  const overdue = useMyOverdueCount();
  const current = navEntries.find((entry) => location === entry.path || location.startsWith(`${entry.path}/`))?.path;
  // The trailing "?" clears any filter left in the address by the previous section.
  const open = (path: string) => navigate(`${path}?`);
  return (
    <nav aria-label="Sections" className={styles.nav}>
      {/* No padding: jsdom measures every width as 0, and any padding would hide every tab there. */}
      <Overflow padding={0} minimumVisible={1}>
        <div className={styles.bar}>
          <TabList selectedValue={current ?? null} onTabSelect={(_, data) => open(String(data.value))}>
            {navEntries.map((entry) => (
              // The current section keeps its tab, so the selection is always in view.
              <OverflowItem key={entry.path} id={entry.path} priority={entry.path === current ? 2 : 1}>
                <Tab value={entry.path} icon={entry.icon} aria-label={accessibleName(entry, overdue)}>
                  <EntryLabel entry={entry} overdue={overdue} />
                </Tab>
              </OverflowItem>
            ))}
          </TabList>
          <MoreSections overdue={overdue} onSelect={open} />
        </div>
      </Overflow>
    </nav>
  );
}
