import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Print20Regular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { Link as RouterLink } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { TitledSection } from '../../components/titled-section';
import { boardActionsTable, boardEdsTable, boardIndicatorsTable } from '../../domain/exports';
import { ACTION_STATUSES, dueState, summariseActions } from '../../domain/plan';
import { formatUkDate } from '../../domain/shared';
import { calculateWres } from '../../domain/wres';
import { usePlanData } from '../../app/plan-data';
import { actionsOf, latestEdsReview, organisationName, wresYearsNewestFirst, yearAndPrevious } from './report-data';
import { ReportTable } from '../../components/report-table';

/**
 * A4 print rules, only while this page is shown: everything but the report is hidden, so the
 * browser's "Print" or "Save as PDF" gives the report alone, with its tables kept whole where they fit.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body * { visibility: hidden; }
  [data-print-root], [data-print-root] * { visibility: visible; }
  [data-print-root] { position: absolute; left: 0; top: 0; width: 100%; }
  [data-print-hide] { display: none !important; }
  [data-print-root] h2 { break-after: avoid-page; }
  [data-print-root] caption { break-after: avoid-page; }
  [data-print-root] table { font-size: 9pt; }
  [data-print-root] tr { break-inside: avoid; }
}`;

const useStyles = makeStyles({
  root: { minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, paddingBlockEnd: tokens.spacingVerticalS },
  organisation: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyleType: 'none' },
});

/** The board report as a printable page: indicators with verdicts and trends, EDS, and the action plan. */
export function BoardReportPage({ year: chosenYear }: { year?: number }) {
  const styles = useStyles();
  const { snapshot, today } = usePlanData();
  const years = useMemo(() => wresYearsNewestFirst(snapshot), [snapshot]);
  const year = chosenYear !== undefined && years.some((input) => input.year === chosenYear) ? chosenYear : years[0]?.year;
  const { current, previous } = year === undefined ? { current: undefined, previous: undefined } : yearAndPrevious(years, year);
  const indicators = useMemo(
    () => (current === undefined ? undefined : boardIndicatorsTable(calculateWres(current), previous === undefined ? undefined : calculateWres(previous))),
    [current, previous],
  );
  const actions = actionsOf(snapshot);
  const summary = summariseActions(actions, today);
  const overdue = actions.filter((action) => dueState(action, today) === 'overdue');
  const review = latestEdsReview(snapshot);

  return (
    <div data-print-root className={styles.root}>
      <style>{PRINT_CSS}</style>
      <PageLayout title="Board report">
        <div className={styles.header}>
          <Text className={styles.organisation}>{organisationName(snapshot)}</Text>
          <Text>
            Race equality: WRES {year ?? '(no year stored)'}, EDS and the action plan for {summary.planYear}. Prepared {formatUkDate(today)}.
          </Text>
        </div>
        <div className={styles.tools} data-print-hide>
          <Button appearance="primary" icon={<Print20Regular />} onClick={() => window.print()}>
            Print or save as PDF
          </Button>
          <RouterLink href="/" asChild>
            <Link>Back to reports</Link>
          </RouterLink>
        </div>

        <TitledSection title="WRES indicators">
          {indicators === undefined ? (
            <Text>No WRES year is stored yet.</Text>
          ) : (
            <ReportTable table={indicators} caption={`The nine WRES indicators, ${year}${previous === undefined ? '' : `, with the change since ${previous.year}`}`} />
          )}
        </TitledSection>

        <TitledSection title="Equality Delivery System">
          {review === undefined ? <Text>No EDS review is recorded yet.</Text> : <ReportTable table={boardEdsTable(review)} caption={`EDS ${review.framework === 'eds2' ? '2' : '2022'} review ${review.year}, ${review.status.toLowerCase()}`} />}
        </TitledSection>

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
          {overdue.length === 0 ? <Text>No action is overdue.</Text> : <ReportTable table={boardActionsTable(overdue, today)} caption={`Overdue actions (${overdue.length})`} />}
          {actions.length === 0 ? <Text>No actions are recorded yet.</Text> : <ReportTable table={boardActionsTable(actions, today)} caption="Every action, by status" />}
        </TitledSection>
      </PageLayout>
    </div>
  );
}
