import { Table, TableBody, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ScrollRegion } from '../../components/scroll-region';
import { useBoardReportStyles } from './board-report.styles';

/** A column's heading and its share of the table's width ("14%"). */
type FixedColumn = readonly [name: string, width: string];

/**
 * A report table whose columns keep the widths given, so long words wrap inside their own cell on
 * paper instead of pushing the next column aside; in a narrow panel it scrolls in its own region.
 */
export function FixedColumnsTable({ caption, columns, children }: { caption: string; columns: readonly FixedColumn[]; children: ReactNode }) {
  const styles = useBoardReportStyles();
  return (
    <ScrollRegion label={caption} className={styles.narrowSafe}>
      <Table size="extra-small" className={styles.fixedTable} style={{ tableLayout: 'fixed' }}>
        <caption className={styles.caption}>{caption}</caption>
        <colgroup>
          {columns.map(([name, width]) => (
            <col key={name} style={{ width }} />
          ))}
        </colgroup>
        <TableHeader>
          <TableRow>
            {columns.map(([name]) => (
              <TableHeaderCell key={name} scope="col" className={styles.cell}>
                {name}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </ScrollRegion>
  );
}
