import { Button, makeStyles, Overflow, OverflowItem, Tab, TabList, tokens, useOverflowMenu } from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useState, type ButtonHTMLAttributes } from 'react';
import { useLocation } from 'wouter';
import { navEntries } from '../sections';
import { accessibleName, EntryLabel } from './nav-entry-label';
import { useMyOverdueCount } from './use-my-overdue-count';

// Fluent's Menu, with its popover and positioning, is not needed to draw the first screen: it is
// loaded the first time "More" is used.
const MoreSectionsMenu = lazy(async () => ({ default: (await import('./more-sections-menu')).MoreSectionsMenu }));

const useStyles = makeStyles({
  nav: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
    // The overflow menu keeps every tab in the panel; this only catches a pixel lost to rounding.
    overflowX: 'hidden',
  },
  // The overflow container: the tabs that fit, then "More" with the rest.
  bar: { display: 'flex', alignItems: 'center', minWidth: 0 },
});

/** "More": the sections a narrow panel cannot fit in the tab list, in a menu reached with Tab, then Enter and the arrows. */
function MoreSections({ overdue, onSelect }: { overdue: number | undefined; onSelect: (path: string) => void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  // Undefined until the menu is first opened; then whether it is open.
  const [menuOpen, setMenuOpen] = useState<boolean>();
  if (!isOverflowing) return null;
  const button = (props: ButtonHTMLAttributes<HTMLButtonElement>) => (
    <Button {...props} ref={ref} appearance="transparent" icon={<MoreHorizontal20Regular />} aria-label={`More sections (${overflowCount})`}>
      More
    </Button>
  );
  // Until the menu is first opened, its button says it opens one, and opening it loads the menu.
  const closed = button({ 'aria-haspopup': 'menu', 'aria-expanded': false, onClick: () => setMenuOpen(true) });
  if (menuOpen === undefined) return closed;
  return (
    <Suspense fallback={closed}>
      <MoreSectionsMenu trigger={button({})} open={menuOpen} onOpenChange={setMenuOpen} overdue={overdue} onSelect={onSelect} />
    </Suspense>
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
