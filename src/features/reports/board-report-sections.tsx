import { Text } from '@fluentui/react-components';
import { ReportTable } from '../../components/report-table';
import { TitledSection } from '../../components/titled-section';
import { boardActionsTable, boardEdsTable } from '../../domain/exports';
import { ACTION_STATUSES } from '../../domain/plan';
import { useBoardReportStyles } from './board-report.styles';
import type { BoardReport } from './use-board-report';

/** The nine indicators for the year, with the change since the year before when it is stored. */
export function IndicatorsSection({ year, previousYear, indicators }: Pick<BoardReport, 'year' | 'previousYear' | 'indicators'>) {
  return (
    <TitledSection title="WRES indicators">
      {indicators === undefined ? (
        <Text>No WRES year is stored yet.</Text>
      ) : (
        <ReportTable
          table={indicators}
          caption={`The nine WRES indicators, ${year}${previousYear === undefined ? '' : `, with the change since ${previousYear}`}`}
        />
      )}
    </TitledSection>
  );
}

/** The EDS review to show (the latest agreed), and a newer draft named only as in progress. */
export function EdsSection({ eds }: Pick<BoardReport, 'eds'>) {
  const { shown, inProgress } = eds;
  return (
    <TitledSection title="Equality Delivery System">
      {shown === undefined ? (
        <Text>No agreed EDS review is recorded yet.</Text>
      ) : (
        <ReportTable
          table={boardEdsTable(shown)}
          caption={`EDS ${shown.framework === 'eds2' ? '2' : '2022'} review ${shown.year}, ${shown.status.toLowerCase()}`}
        />
      )}
      {inProgress === undefined ? null : <Text>The {inProgress.year} review is in progress and not yet agreed.</Text>}
    </TitledSection>
  );
}

/** The plan's counts by status, its overdue actions, and every action. */
export function ActionPlanSection({ summary, overdue, actions, today }: Pick<BoardReport, 'summary' | 'overdue' | 'actions' | 'today'>) {
  const styles = useBoardReportStyles();
  return (
    <TitledSection title="Action plan">
      <ul className={styles.counts} aria-label="Actions by status">
        <li>
          <Text weight="semibold">{summary.board.total}</Text> actions
        </li>
        {ACTION_STATUSES.map((status) => (
          <li key={status}>
            {status}: <Text weight="semibold">{summary.board.byStatus[status]}</Text>
          </li>
        ))}
        <li>
          Overdue: <Text weight="semibold">{summary.board.overdue}</Text>
        </li>
      </ul>
      {overdue.length === 0 ? (
        <Text>No action is overdue.</Text>
      ) : (
        <ReportTable table={boardActionsTable(overdue, today)} caption={`Overdue actions (${overdue.length})`} />
      )}
      {actions.length === 0 ? (
        <Text>No actions are recorded yet.</Text>
      ) : (
        <ReportTable table={boardActionsTable(actions, today)} caption="Every action, by status" />
      )}
    </TitledSection>
  );
}
