import { CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { MY_ACTIONS_PATH, type NavEntry } from '../sections';

const useStyles = makeStyles({
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** The name a screen reader hears: the entry's label, and for My actions how many are overdue. */
export function accessibleName(entry: NavEntry, overdue: number | undefined): string {
  return entry.path === MY_ACTIONS_PATH && overdue ? `${entry.label}, ${overdue} overdue` : entry.label;
}

/** What an entry shows: its label, and for My actions a badge with the overdue count (which its accessible name says). */
export function EntryLabel({ entry, overdue }: { entry: NavEntry; overdue: number | undefined }) {
  const styles = useStyles();
  const count = entry.path === MY_ACTIONS_PATH ? (overdue ?? 0) : 0;
  return (
    <span className={styles.label}>
      {entry.label}
      {count > 0 ? <CounterBadge count={count} color="danger" size="small" aria-hidden /> : null}
    </span>
  );
}
