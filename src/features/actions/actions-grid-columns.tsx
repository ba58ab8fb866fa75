import { Badge, createTableColumn, Link as FluentLink, makeStyles, Text, tokens, type TableColumnDefinition } from '@fluentui/react-components';
import { type KeyboardEvent, type MouseEvent, type ReactNode, useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { dueState } from '../../domain/plan';
import { type IsoDate, formatUkDate } from '../../domain/shared';
import { edsOutcomeLabel, indicatorLabel } from './action-labels';
import type { ActionRow } from './action-row';
import type { SortColumn, SortDirection } from './action-sort';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  title: { fontWeight: tokens.fontWeightSemibold },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function DueText({ row, today }: { row: ActionRow; today: IsoDate }) {
  const styles = useStyles();
  const overdue = dueState(row.value, today) === 'overdue';
  return (
    <Text className={overdue ? styles.overdue : undefined}>
      {formatUkDate(row.value.dueDate)}
      {overdue ? ' (overdue)' : ''}
    </Text>
  );
}

export function TitleLink({ row }: { row: ActionRow }) {
  const styles = useStyles();
  return (
    <span>
      <Link href={`/${row.value.id}`} asChild>
        <FluentLink className={styles.title}>{row.value.title}</FluentLink>
      </Link>
      {row.saving ? (
        <>
          {' '}
          <Badge appearance="outline" color="informative">
            Saving…
          </Badge>
        </>
      ) : null}
    </span>
  );
}

// Fluent counts a column as sortable when its compare takes the two rows, so it names them.
const keepOrder = (_a: ActionRow, _b: ActionRow): number => 0;

const column = (columnId: SortColumn, label: string, renderCell: (row: ActionRow) => ReactNode) =>
  createTableColumn<ActionRow>({
    columnId,
    // The rows come sorted by the list (sortActions); the grid's own stable sort, kept for its
    // header's sort buttons and aria-sort, then leaves them in that order with no comparing at all.
    compare: keepOrder,
    renderHeaderCell: () => label,
    renderCell,
  });

/** The table's columns, in reading order: what, who, when, how it is going, then its links. */
function actionColumns(today: IsoDate): TableColumnDefinition<ActionRow>[] {
  return [
    column('title', 'Title', (row) => <TitleLink row={row} />),
    column('owner', 'Owner', (row) => row.value.owner.name),
    column('due', 'Due', (row) => <DueText row={row} today={today} />),
    column('status', 'Status', (row) => <StatusBadge status={row.value.status} />),
    column('priority', 'Priority', (row) => row.value.priority),
    column('indicators', 'Indicators', (row) => (
      <span title={row.value.indicators.map(indicatorLabel).join('\n')}>{row.value.indicators.join(', ') || '—'}</span>
    )),
    column('eds', 'EDS outcomes', (row) => (
      <span title={row.value.edsOutcomes.map(edsOutcomeLabel).join('\n')}>{row.value.edsOutcomes.join(', ') || '—'}</span>
    )),
  ];
}

/**
 * What both grids share: the columns, the sort the list opens with, the row ids, and how a row
 * opens its action (a click, or Enter on the row; the title link's own click and Enter are the link's).
 */
export interface ActionsGridProps {
  /** The rows to show, already in the order `sort` gives. */
  rows: readonly ActionRow[];
  today: IsoDate;
  /** The order the header shows, kept by the list so it survives the table being drawn again. */
  sort: { column: SortColumn; direction: SortDirection };
  onSortChange: (sort: { column: SortColumn; direction: SortDirection }) => void;
}

const isSortColumn = (id: string | number | undefined): id is SortColumn =>
  id === 'title' || id === 'owner' || id === 'due' || id === 'status' || id === 'priority' || id === 'indicators' || id === 'eds';

const rowIdOf = (row: ActionRow): string => row.value.id;

export function useActionGridProps({ rows, today, sort, onSortChange }: ActionsGridProps) {
  const [, navigate] = useLocation();
  // The same columns, items and row ids while the rows and the day are the same: the grid works
  // out its rows, their ids and its sort again whenever one of them is new.
  const columns = useMemo(() => actionColumns(today), [today]);
  const items = useMemo(() => [...rows], [rows]);
  const open = (row: ActionRow) => navigate(`/${row.value.id}`);
  // A click on the title link is the link's own: it has navigated already (or, with Ctrl or the middle
  // button, opened a new tab). Opening the row as well would add the page to history twice, so Back
  // would need two presses, or would open the action here too.
  const onRowClick = (row: ActionRow) => (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || (event.target instanceof Element && event.target.closest('a'))) return;
    open(row);
  };
  const onRowKeyDown = (row: ActionRow) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLAnchorElement)) {
      event.preventDefault();
      open(row);
    }
  };
  return {
    grid: {
      items,
      columns,
      sortable: true,
      // Controlled: the rows come sorted, and the columns' compare keeps their order.
      sortState: { sortColumn: sort.column, sortDirection: sort.direction },
      onSortChange: (_: unknown, next: { sortColumn: string | number | undefined; sortDirection: SortDirection }) => {
        if (isSortColumn(next.sortColumn)) onSortChange({ column: next.sortColumn, direction: next.sortDirection });
      },
      getRowId: rowIdOf,
      focusMode: 'row_unstable' as const,
      'aria-label': 'Actions',
    },
    onRowClick,
    onRowKeyDown,
  };
}
