import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { type Cell, type ExportTable, cellText as exportedText, restoreNeutralisedText } from '../domain/exports';
import { ScrollRegion } from './scroll-region';

const useStyles = makeStyles({
  caption: { textAlign: 'start', fontWeight: 600, paddingBlockEnd: '4px' },
});

/**
 * How a cell reads on screen: numbers in UK style, a suppressed figure as "*", an empty cell as
 * "–", formatted figures with their units and signs, dates dd/mm/yyyy. The quote that guards a
 * formula-like text in a spreadsheet is not needed on a web page.
 */
function cellText(cell: Cell): string {
  if (cell === null || cell === '') return '–';
  if (typeof cell === 'number') return cell.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return restoreNeutralisedText(exportedText(cell));
}

/** An export table shown as an accessible table with a caption; its first row is the header. In a narrow panel it scrolls in its own region. */
export function ReportTable({ table, caption }: { table: ExportTable; caption: string }) {
  const styles = useStyles();
  const [header = [], ...rows] = table.rows;
  return (
    <ScrollRegion label={caption}>
      <Table size="small">
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            {header.map((cell, i) => (
              <TableHeaderCell key={i} scope="col">
                {cellText(cell)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, r) => (
            <TableRow key={r}>
              {row.map((cell, i) => (
                <TableCell key={i}>{cellText(cell)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
