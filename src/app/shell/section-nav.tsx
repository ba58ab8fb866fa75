import { Button, createFocusOutlineStyle, makeStyles, mergeClasses, Overflow, OverflowItem, tokens, useOverflowMenu } from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useState, type ButtonHTMLAttributes } from 'react';
import { Link, useLocation } from 'wouter';
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
  // Plain links drawn as Fluent's medium tabs, whose TabList the first screen need not download.
  tab: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    flexShrink: 0,
    columnGap: tokens.spacingHorizontalSNudge,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: 'nowrap',
    textDecorationLine: 'none',
    ':hover': { color: tokens.colorNeutralForeground2Hover },
    ':hover::after': { backgroundColor: tokens.colorNeutralStroke1Hover },
    // The line under a tab: shown on hover, and in the brand colour under the current section.
    '::after': {
      content: '""',
      position: 'absolute',
      insetInline: tokens.spacingHorizontalM,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
    },
    ...createFocusOutlineStyle(),
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { color: tokens.colorNeutralForeground1 },
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    // Forced colours would paint the line as the background; it keeps the system's highlight instead.
    '@media (forced-colors: active)': { '::after': { forcedColorAdjust: 'none', backgroundColor: 'Highlight' } },
  },
  icon: { display: 'inline-flex', fontSize: '20px' },
});

/** "More": the sections a narrow panel cannot fit in the row of links, in a menu reached with Tab, then Enter and the arrows. */
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

/** The sections as links drawn as tabs, the current one marked as the page; in a narrow panel the ones that do not fit move to "More", never off the side. */
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
          {navEntries.map((entry) => (
            // The current section keeps its tab, so it is always in view.
            <OverflowItem key={entry.path} id={entry.path} priority={entry.path === current ? 2 : 1}>
              <Link
                href={entry.path}
                className={mergeClasses(styles.tab, entry.path === current && styles.current)}
                aria-current={entry.path === current ? 'page' : undefined}
                aria-label={accessibleName(entry, overdue)}
              >
                <span className={styles.icon} aria-hidden>
                  {entry.icon}
                </span>
                <EntryLabel entry={entry} overdue={overdue} />
              </Link>
            </OverflowItem>
          ))}
          <MoreSections overdue={overdue} onSelect={open} />
        </div>
      </Overflow>
    </nav>
  );
}
