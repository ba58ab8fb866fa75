import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useLocation } from 'wouter';
import { sections } from '../sections';

const useStyles = makeStyles({
  nav: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // A 320 px side panel cannot fit six tabs: let them scroll rather than wrap or clip.
    overflowX: 'auto',
    paddingInline: tokens.spacingHorizontalS,
  },
});

export function SectionNav() {
  const styles = useStyles();
  const [location, navigate] = useLocation();
  const current = sections.find((section) => location.startsWith(section.path))?.path;
  return (
    <nav aria-label="Sections" className={styles.nav}>
      {/* The trailing "?" clears any filter left in the address by the previous section. */}
      <TabList selectedValue={current ?? null} onTabSelect={(_, data) => navigate(`${String(data.value)}?`)}>
        {sections.map((section) => (
          <Tab key={section.path} value={section.path} icon={section.icon}>
            {section.label}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
