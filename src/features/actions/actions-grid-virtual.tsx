import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow } from '@fluentui-contrib/react-data-grid-react-window';
import { useEffect, useState } from 'react';
import { ScrollRegion } from '../../components/scroll-region';
import type { ActionRow } from './action-row';
import { type ActionsGridProps, useActionGridProps } from './actions-grid-columns';

/** One line per row, so every row is the same height and only the rows in view need drawing. */
const ROW_HEIGHT = 44;

const useStyles = makeStyles({
  grid: { minWidth: '960px' },
  row: { cursor: 'pointer' },
  // Fixed widths, so the header and the rows line up although only the body has a scroll bar; the
  // last column takes what is left.
  title: { flex: '0 0 340px', minWidth: 0 },
  owner: { flex: '0 0 160px', minWidth: 0 },
  due: { flex: '0 0 150px', minWidth: 0 },
  status: { flex: '0 0 120px', minWidth: 0 },
  priority: { flex: '0 0 80px', minWidth: 0 },
  indicators: { flex: '0 0 100px', minWidth: 0 },
  eds: { flex: '1 1 100px', minWidth: 0 },
  // A long title is cut at the end of its line; the link keeps the whole title for a screen reader,
  // and the action's page shows it in full.
  line: {
    minWidth: 0,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    '& > *': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  },
  header: { backgroundColor: tokens.colorNeutralBackground1 },
});

type ColumnClass = 'title' | 'owner' | 'due' | 'status' | 'priority' | 'indicators' | 'eds';
const isColumnClass = (id: string | number): id is ColumnClass =>
  id === 'title' || id === 'owner' || id === 'due' || id === 'status' || id === 'priority' || id === 'indicators' || id === 'eds';

/** Most of the window, so the page around the table stays in view; never fewer than six rows nor more than sixteen. */
const bodyHeightFor = (windowHeight: number) => Math.max(6 * ROW_HEIGHT, Math.min(16 * ROW_HEIGHT, windowHeight - 240));

/** The table body's height, followed as the window resizes. */
function useBodyHeight(): number {
  const [height, setHeight] = useState(() => bodyHeightFor(window.innerHeight));
  useEffect(() => {
    const onResize = () => setHeight(bodyHeightFor(window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/**
 * The actions table for a long plan: the same columns, sort and row opening as the plain grid, but
 * only the rows in view (and one either side) are in the page. `aria-rowcount` and each row's
 * `aria-rowindex` tell a screen reader where it is in the whole plan.
 */
export function VirtualActionsGrid(props: ActionsGridProps) {
  const styles = useStyles();
  const height = useBodyHeight();
  const { grid, onRowClick, onRowKeyDown } = useActionGridProps(props);
  const cellClass = (columnId: string | number) => (isColumnClass(columnId) ? mergeClasses(styles[columnId], styles.line) : styles.line);
  return (
    <ScrollRegion label="Actions table">
      <DataGrid className={styles.grid} {...grid}>
        <DataGridHeader className={styles.header}>
          <DataGridRow>
            {({ renderHeaderCell, columnId }) => <DataGridHeaderCell className={cellClass(columnId)}>{renderHeaderCell()}</DataGridHeaderCell>}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<ActionRow> itemSize={ROW_HEIGHT} height={height} listProps={{ overscanCount: 4 }}>
          {/* No key: each place in the window keeps its row and cells, and only their text changes
              when a search or a sort brings other actions there, instead of every row in view
              being taken down and built again on each keystroke. */}
          {({ item }, style) => (
            <DataGridRow<ActionRow> style={style} className={styles.row} onClick={onRowClick(item)} onKeyDown={onRowKeyDown(item)}>
              {({ renderCell, columnId }) => <DataGridCell className={cellClass(columnId)}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </ScrollRegion>
  );
}
