import { TableCell, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { TitledSection } from '../../components/titled-section';
import type { ActionChange } from '../../domain/plan';
import { formatUkDate } from '../../domain/shared';
import { WRES_INDICATORS } from '../../domain/wres';
import { RagBadge } from './board-report-sections';
import { useBoardReportStyles } from './board-report.styles';
import { FixedColumnsTable } from './fixed-columns-table';
import type { BoardReport } from './use-board-report';

/** A board reads the gist of the latest update; the full note is on the action's page. */
const UPDATE_CHARACTERS = 90;

function shortNote(note: string): string {
  return note.length <= UPDATE_CHARACTERS ? note : `${note.slice(0, UPDATE_CHARACTERS - 1).trimEnd()}…`;
}

const PROGRESS_COLUMNS = [
  ['Indicator', '14%'],
  ['Action', '26%'],
  ['Owner', '14%'],
  ['Due', '11%'],
  ['RAG', '10%'],
  ['Latest update', '25%'],
] as const;

/** Each indicator with actions: its actions with owner, due date, RAG and latest update, overdue first. */
export function ProgressSection({ progress }: Pick<BoardReport, 'progress'>) {
  const styles = useBoardReportStyles();
  const withActions = progress.filter((item) => item.actions.length > 0);
  const caption = 'Progress by indicator: actions linked to each WRES indicator, overdue first';
  return (
    <TitledSection title="Progress by indicator" className={styles.narrowSafe}>
      {withActions.length === 0 ? (
        <Text>No action is linked to a WRES indicator yet.</Text>
      ) : (
        <FixedColumnsTable caption={caption} columns={PROGRESS_COLUMNS}>
          {withActions.flatMap(({ indicator, actions }) =>
            actions.map((action, i) => (
              <TableRow key={`${indicator}-${action.id}`}>
                {i === 0 ? (
                  <TableHeaderCell scope="rowgroup" rowSpan={actions.length} className={styles.cell}>
                    {indicator}. {WRES_INDICATORS[indicator].shortTitle}
                  </TableHeaderCell>
                ) : null}
                <TableCell className={styles.cell}>{action.title}</TableCell>
                <TableCell className={styles.cell}>{action.ownerName}</TableCell>
                <TableCell className={styles.cell}>
                  {formatUkDate(action.dueDate)}
                  {action.due === 'overdue' ? ' (overdue)' : ''}
                </TableCell>
                <TableCell className={styles.cell}>
                  <RagBadge rag={action.rag} />
                </TableCell>
                <TableCell className={styles.cell}>
                  {action.latestUpdate === null ? 'None yet' : `${formatUkDate(action.latestUpdate.on)}: ${shortNote(action.latestUpdate.note)}`}
                </TableCell>
              </TableRow>
            )),
          )}
        </FixedColumnsTable>
      )}
    </TitledSection>
  );
}

/** A board paper names the latest few changes of each kind and counts the rest; the Progress page lists them all. */
const CHANGES_NAMED = 5;

function ChangeList({ title, changes, words }: { title: string; changes: readonly ActionChange[]; words?: (change: ActionChange) => string }) {
  const styles = useBoardReportStyles();
  return (
    <div>
      <Text weight="semibold">
        {title} ({changes.length})
      </Text>
      {changes.length === 0 ? null : (
        <ul className={styles.changes} aria-label={title}>
          {changes.slice(0, CHANGES_NAMED).map((change) => (
            <li key={`${change.actionId}-${change.on}`}>
              {formatUkDate(change.on)}: {change.title}
              {words === undefined ? '' : ` ${words(change)}`}
            </li>
          ))}
          {changes.length > CHANGES_NAMED ? <li>and {changes.length - CHANGES_NAMED} more, listed on the Progress page</li> : null}
        </ul>
      )}
    </div>
  );
}

/** What changed since the last board: status changes, completions, newly overdue and new actions. */
export function ChangesSection({ since, changes }: Pick<BoardReport, 'since' | 'changes'>) {
  const styles = useBoardReportStyles();
  const statusTo = new Map(changes.statusChanges.map((change) => [`${change.actionId}-${change.on}`, change.to]));
  return (
    <TitledSection title={`What changed since ${formatUkDate(since)}`}>
      <div className={styles.changeGrid}>
        <ChangeList title="Status changes" changes={changes.statusChanges} words={(c) => `→ ${statusTo.get(`${c.actionId}-${c.on}`) ?? ''}`} />
        <ChangeList title="Completed" changes={changes.completions} />
        <ChangeList title="Newly overdue" changes={changes.newlyOverdue} />
        <ChangeList title="New actions" changes={changes.newActions} />
      </div>
    </TitledSection>
  );
}
