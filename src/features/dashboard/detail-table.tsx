import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { ScrollRegion } from '../../components/scroll-region';
import type { DetailTable as DetailTableModel } from './indicator-detail-types';

const useStyles = makeStyles({
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
});

/** Figures by group in a Fluent table with a caption; the first column names each row. */
export function DetailTable({ table }: { table: DetailTableModel }) {
  const styles = useStyles();
  return (
    // Words wrap whole; what still does not fit a narrow panel scrolls in the table's own region, not the page.
    <ScrollRegion label={table.caption}>
      <Table size="small">
        <caption className={styles.caption}>{table.caption}</caption>
        <TableHeader>
          <TableRow>
            {table.columns.map((column) => (
              <TableHeaderCell key={column} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <TableHeaderCell key={`${row.key}-${index}`} scope="row">
                    {cell}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={`${row.key}-${index}`}>{cell}</TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
