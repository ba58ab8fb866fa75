import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { actionsHref, type ActionsFilter, type LinkedActions } from './action-links';
import { countWords } from '../../components/figure-format';
import { RouterLink } from '../../components/router-link';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

export interface LinkedActionCountsProps {
  actions: LinkedActions;
  /** What the actions are linked to, as the filter of the Actions page. */
  filter: Pick<ActionsFilter, 'indicator' | 'eds'>;
  /** Names the subject in each link, e.g. "indicator 2", so every link makes sense on its own. */
  subject: string;
  /** Leave out the counts of none (and the whole list when all are none), where many rows would repeat "0 overdue". */
  nonZeroOnly?: boolean;
}

/**
 * How many actions are linked, overdue and at risk, each opening the Actions page filtered to
 * them. A count of none is plain text, so no link leads to an empty list; with no linked actions
 * at all, "No linked actions" says it once (not "0 overdue, 0 at risk" as well).
 */
export function LinkedActionCounts({ actions, filter, subject, nonZeroOnly = false }: LinkedActionCountsProps) {
  const styles = useStyles();
  const linked = countWords(actions.total, 'linked action');
  const entries = [
    { key: 'linked', count: actions.total, text: actions.total === 0 ? 'No linked actions' : linked, href: actionsHref(filter) },
    { key: 'overdue', count: actions.overdue, text: `${actions.overdue} overdue`, href: actionsHref({ ...filter, state: 'overdue' }) },
    { key: 'at-risk', count: actions.atRisk, text: `${actions.atRisk} at risk`, href: actionsHref({ ...filter, state: 'at-risk' }) },
  ].filter((entry) => (nonZeroOnly ? entry.count > 0 : entry.key === 'linked' || actions.total > 0));
  if (entries.length === 0) return null;
  return (
    <ul className={styles.list}>
      {entries.map((entry) => (
        <li key={entry.key}>
          {entry.count === 0 ? (
            <Text size={200}>{entry.text}</Text>
          ) : (
            <RouterLink href={entry.href} aria-label={`${entry.text} for ${subject}`}>
              {entry.text}
            </RouterLink>
          )}
        </li>
      ))}
    </ul>
  );
}
