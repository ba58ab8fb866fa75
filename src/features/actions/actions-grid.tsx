import {
  Badge,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Link as FluentLink,
  makeStyles,
  Text,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ScrollRegion } from '../../components/scroll-region';
import { dueState } from '../../domain/plan';
import { type IsoDate, formatUkDate } from '../../domain/shared';
import { edsOutcomeLabel, indicatorLabel } from './action-labels';
import type { ActionRow } from './action-row';
import { compareActions, type SortColumn } from './action-sort';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  grid: { minWidth: '860px' },
  row: { cursor: 'pointer' },
  title: { fontWeight: tokens.fontWeightSemibold },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  wide: { flexGrow: 3 },
  narrow: { flexGrow: 0.6 },
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

const column = (columnId: SortColumn, label: string, renderCell: (row: ActionRow) => ReactNode) =>
  createTableColumn<ActionRow>({
    columnId,
    compare: (a, b) => compareActions(columnId, a.value, b.value),
    renderHeaderCell: () => label,
    renderCell,
  });

function columns(today: IsoDate): TableColumnDefinition<ActionRow>[] {
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

/** The title gets the most room; short codes the least. */
function widthClass(styles: ReturnType<typeof useStyles>, columnId: string | number): string | undefined {
  if (columnId === 'title') return styles.wide;
  if (columnId === 'priority' || columnId === 'indicators' || columnId === 'eds') return styles.narrow;
  return undefined;
}

/** The action plan as a sortable table; a row opens its action (click, or Enter on the row or its title link). */
export function ActionsGrid({ rows, today }: { rows: readonly ActionRow[]; today: IsoDate }) {
  const styles = useStyles();
  const [, navigate] = useLocation();
  const open = (row: ActionRow) => navigate(`/${row.value.id}`);
  // A click on the title link is the link's own: it has navigated already (or, with Ctrl or the middle
  // button, opened a new tab). Opening the row as well would add the page to history twice, so Back
  // would need two presses, or would open the action here too.
  const onClick = (row: ActionRow) => (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || (event.target instanceof Element && event.target.closest('a'))) return;
    open(row);
  };
  const onKeyDown = (row: ActionRow) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLAnchorElement)) {
      event.preventDefault();
      open(row);
    }
  };
  return (
    <ScrollRegion label="Actions table">
      <DataGrid
        className={styles.grid}
        items={[...rows]}
        columns={columns(today)}
        sortable
        defaultSortState={{ sortColumn: 'due', sortDirection: 'ascending' }}
        getRowId={(row: ActionRow) => row.value.id}
        focusMode="row_unstable"
        aria-label="Actions"
      >
        <DataGridHeader>
          <DataGridRow>
            {({ renderHeaderCell, columnId }) => <DataGridHeaderCell className={widthClass(styles, columnId)}>{renderHeaderCell()}</DataGridHeaderCell>}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<ActionRow>>
          {({ item, rowId }) => (
            <DataGridRow<ActionRow> key={rowId} className={styles.row} onClick={onClick(item)} onKeyDown={onKeyDown(item)}>
              {({ renderCell, columnId }) => <DataGridCell className={widthClass(styles, columnId)}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </ScrollRegion>
  );
}
