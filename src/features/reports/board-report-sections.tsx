import { Badge, TableCell, TableRow, Text } from '@fluentui/react-components';
import { ReportTable } from '../../components/report-table';
import { TitledSection } from '../../components/titled-section';
import { boardEdsTable } from '../../domain/exports';
import { RAG_WORDS, type Rag } from '../../domain/reports';
import { useBoardReportStyles } from './board-report.styles';
import { FixedColumnsTable } from './fixed-columns-table';
import type { BoardReport } from './use-board-report';

/** Fluent badge colours for a RAG (an action's may be blue: completed); the badge always carries the word too. */
const RAG_COLOUR = { red: 'danger', amber: 'warning', green: 'success', grey: 'subtle', blue: 'brand' } as const;
const WORDS: Readonly<Record<Rag | 'blue', string>> = { ...RAG_WORDS, blue: 'Blue' };

/** A RAG as a tinted badge with its word, so colour is never the only sign. */
export function RagBadge({ rag }: { rag: Rag | 'blue' }) {
  return (
    <Badge appearance="tint" color={RAG_COLOUR[rag]} shape="rounded">
      {WORDS[rag]}
    </Badge>
  );
}

/** Widths that keep the nine indicators on one portrait page, words wrapping inside their cells. */
const INDICATOR_COLUMNS = [
  ['Indicator', '26%'],
  ['Figure', '11%'],
  ['Change', '11%'],
  ['England', '14%'],
  ['Verdict', '13%'],
  ['Certainty', '14%'],
  ['RAG', '11%'],
] as const;

/** The nine indicators: figure with unit, signed change, England, verdict, certainty and RAG. */
export function IndicatorsSection({ year, previousYear, rows }: Pick<BoardReport, 'year' | 'previousYear' | 'rows'>) {
  const styles = useBoardReportStyles();
  const caption = `The nine WRES indicators, ${year}${previousYear === undefined ? '' : `, with the change since ${previousYear}`}`;
  if (rows === undefined)
    return (
      <TitledSection title="WRES indicators">
        <Text>No WRES year is stored yet.</Text>
      </TitledSection>
    );
  return (
    <TitledSection title="WRES indicators" className={styles.narrowSafe}>
      <FixedColumnsTable caption={caption} columns={INDICATOR_COLUMNS}>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className={styles.cell}>
              {row.id}. {row.title} ({row.measure})
            </TableCell>
            <TableCell className={styles.cell}>{row.figure}</TableCell>
            <TableCell className={styles.cell}>{row.change}</TableCell>
            <TableCell className={styles.cell}>{row.england}</TableCell>
            <TableCell className={styles.cell}>{row.verdictText}</TableCell>
            <TableCell className={styles.cell}>{row.certaintyText}</TableCell>
            <TableCell className={styles.cell}>
              <RagBadge rag={row.rag} />
            </TableCell>
          </TableRow>
        ))}
      </FixedColumnsTable>
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
