import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import type { Action } from '../../domain/plan';
import { ACTION_STATUSES, dueState } from '../../domain/plan';
import type { IsoDate } from '../../domain/shared';
import type { ActionRow } from './action-row';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  count: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface BoardSummaryCounts {
  total: number;
  byStatus: Record<(typeof ACTION_STATUSES)[number], number>;
  overdue: number;
}

/** Counts by status, and overdue (on UK dates), of the actions given. */
function countActions(rows: readonly { value: Action }[], today: IsoDate): BoardSummaryCounts {
  // Every status is named, so the compiler notices a status added to the domain and not counted here.
  const byStatus: BoardSummaryCounts['byStatus'] = { 'Not started': 0, 'On track': 0, 'At risk': 0, 'Off track': 0, Completed: 0 };
  let overdue = 0;
  for (const { value: action } of rows) {
    byStatus[action.status] += 1;
    if (dueState(action, today) === 'overdue') overdue += 1;
  }
  return { total: rows.length, byStatus, overdue };
}

/** The board's view of the actions shown: how many in each status, and how many are overdue. */
export function BoardSummary({ rows, today }: { rows: readonly ActionRow[]; today: IsoDate }) {
  const styles = useStyles();
  const headingId = useId();
  // Counted when the rows shown change, not on each keystroke in the search box.
  const counts = useMemo(() => countActions(rows, today), [rows, today]);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Summary of {counts.total} {counts.total === 1 ? 'action' : 'actions'}
      </Subtitle2>
      <ul className={styles.list}>
        {ACTION_STATUSES.map((status) => (
          <li key={status} className={styles.item}>
            <Text className={styles.count}>{counts.byStatus[status]}</Text>
            <StatusBadge status={status} />
          </li>
        ))}
        <li className={styles.item}>
          <Text className={styles.count}>{counts.overdue}</Text>
          <Text className={styles.overdue}>overdue</Text>
        </li>
      </ul>
    </section>
  );
}
