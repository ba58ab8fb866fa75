import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Action } from '../../domain/plan';
import { dueState } from '../../domain/plan';
import { type IsoDate, formatUkDate } from '../../domain/shared';
import { edsOutcomeArea, edsOutcomeWording, indicatorLabel } from './action-labels';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  group: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

const DUE_WORDS = { completed: 'completed', overdue: 'overdue', 'due-soon': 'due soon', later: '' } as const;

/** Every value of an action, as a description list. */
export function ActionDetails({ action, today, lastChanged }: { action: Action; today: IsoDate; lastChanged?: string }) {
  const styles = useStyles();
  const state = dueState(action, today);
  const rows: [string, ReactNode][] = [
    ['Status', <StatusBadge key="s" status={action.status} />],
    ['Owner', `${action.owner.name}${action.owner.email ? ` (${action.owner.email})` : ''}`],
    [
      'Due date',
      <span key="d" className={state === 'overdue' ? styles.overdue : undefined}>
        {formatUkDate(action.dueDate)}
        {DUE_WORDS[state] ? ` (${DUE_WORDS[state]})` : ''}
      </span>,
    ],
    ['Plan year', action.planYear],
    ['Priority', action.priority],
    [
      'Linked indicators',
      action.indicators.length === 0 ? (
        'None'
      ) : (
        <ul key="i" className={styles.links}>
          {action.indicators.map((id) => (
            <li key={id}>{indicatorLabel(id)}</li>
          ))}
        </ul>
      ),
    ],
    [
      'Linked EDS outcomes',
      action.edsOutcomes.length === 0 ? (
        'None'
      ) : (
        <ul key="e" className={styles.links}>
          {action.edsOutcomes.map((id) => (
            <li key={id}>
              {id} · {edsOutcomeWording(id)} <Caption1 className={styles.muted}>({edsOutcomeArea(id)})</Caption1>
            </li>
          ))}
        </ul>
      ),
    ],
    ['Description', action.description || '—'],
    ['Measure of success', action.measureOfSuccess],
    ['Baseline', action.baseline || '—'],
    ['Target', action.target || '—'],
  ];
  if (action.completedOn) rows.push(['Completed on', formatUkDate(action.completedOn)]);
  if (lastChanged) rows.push(['Last changed', lastChanged]);
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} className={styles.group}>
          <dt className={styles.term}>
            <Body1 className={styles.term}>{term}</Body1>
          </dt>
          <dd className={styles.value}>{typeof value === 'string' ? <Body1>{value}</Body1> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
