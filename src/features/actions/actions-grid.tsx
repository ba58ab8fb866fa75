import { DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow, makeStyles, Spinner } from '@fluentui/react-components';
import { lazy, memo, Suspense } from 'react';
import { ScrollRegion } from '../../components/scroll-region';
import type { ActionRow } from './action-row';
import { type ActionsGridProps, useActionGridProps } from './actions-grid-columns';

/**
 * From this many rows the table draws only the rows in view. Below it every row is in the page, so
 * the browser's own find and a screen reader's table reading see the whole plan at once.
 */
const VIRTUAL_FROM_ROWS = 200;

// The virtualised grid (and react-window) loads only for a plan long enough to need it.
const VirtualActionsGrid = lazy(async () => ({ default: (await import('./actions-grid-virtual')).VirtualActionsGrid }));

const useStyles = makeStyles({
  grid: { minWidth: '860px' },
  row: { cursor: 'pointer' },
  wide: { flexGrow: 3 },
  narrow: { flexGrow: 0.6 },
});

/** The title gets the most room; short codes the least. */
function widthClass(styles: ReturnType<typeof useStyles>, columnId: string | number): string | undefined {
  if (columnId === 'title') return styles.wide;
  if (columnId === 'priority' || columnId === 'indicators' || columnId === 'eds') return styles.narrow;
  return undefined;
}

function PlainActionsGrid(props: ActionsGridProps) {
  const { rows } = props;
  const styles = useStyles();
  const { grid, onRowClick, onRowKeyDown } = useActionGridProps(props);
  return (
    <ScrollRegion label="Actions table">
      <DataGrid className={styles.grid} items={[...rows]} {...grid}>
        <DataGridHeader>
          <DataGridRow>
            {({ renderHeaderCell, columnId }) => <DataGridHeaderCell className={widthClass(styles, columnId)}>{renderHeaderCell()}</DataGridHeaderCell>}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<ActionRow>>
          {({ item, rowId }) => (
            <DataGridRow<ActionRow> key={rowId} className={styles.row} onClick={onRowClick(item)} onKeyDown={onRowKeyDown(item)}>
              {({ renderCell, columnId }) => <DataGridCell className={widthClass(styles, columnId)}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </ScrollRegion>
  );
}

/** The action plan as a sortable table; a row opens its action (click, or Enter on the row or its title link). */
// Memoised: a keystroke in the search box re-renders the page, and the table only when its rows change.
export const ActionsGrid = memo(function ActionsGrid(props: ActionsGridProps) {
  if (props.rows.length < VIRTUAL_FROM_ROWS) return <PlainActionsGrid {...props} />;
  return (
    <Suspense fallback={<Spinner label="Loading the table…" />}>
      <VirtualActionsGrid {...props} />
    </Suspense>
  );
});
