import { Caption1, Card, CardHeader, makeStyles, tokens } from '@fluentui/react-components';
import type { IsoDate } from '../../domain/shared';
import type { ActionRow } from './action-row';
import { DueText, TitleLink } from './actions-grid-columns';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The list as cards, for a narrow side panel where a table would scroll sideways. */
export function ActionCards({ rows, today }: { rows: readonly ActionRow[]; today: IsoDate }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Actions">
      {rows.map((row) => (
        <li key={row.value.id}>
          <Card>
            <CardHeader header={<TitleLink row={row} />} description={<Caption1>{row.value.owner.name}</Caption1>} />
            <div className={styles.meta}>
              <StatusBadge status={row.value.status} />
              <Caption1>
                Due <DueText row={row} today={today} />
              </Caption1>
              <Caption1>{row.value.priority} priority</Caption1>
              {row.value.indicators.length > 0 ? <Caption1>Indicators {row.value.indicators.join(', ')}</Caption1> : null}
              {row.value.edsOutcomes.length > 0 ? <Caption1>EDS {row.value.edsOutcomes.join(', ')}</Caption1> : null}
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
