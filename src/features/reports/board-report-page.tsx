import { Button, Link, Text } from '@fluentui/react-components';
import { Print20Regular } from '@fluentui/react-icons';
import { Link as RouterLink } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { formatUkDate } from '../../domain/shared';
import { ActionPlanSection, EdsSection, IndicatorsSection } from './board-report-sections';
import { PRINT_CSS, useBoardReportStyles } from './board-report.styles';
import { useBoardReport } from './use-board-report';

/** The board report as a printable page: indicators with verdicts and trends, EDS, and the action plan. */
export function BoardReportPage({ year: chosenYear }: { year?: number }) {
  const styles = useBoardReportStyles();
  const report = useBoardReport(chosenYear);
  return (
    <div data-print-root className={styles.root}>
      <style>{PRINT_CSS}</style>
      <PageLayout title="Board report">
        <div className={styles.header}>
          <Text className={styles.organisation}>{report.organisation}</Text>
          <Text>
            Race equality: WRES {report.year ?? '(no year stored)'}, EDS and the action plan for {report.summary.planYear}. Prepared{' '}
            {formatUkDate(report.today)}.
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
        <IndicatorsSection year={report.year} previousYear={report.previousYear} indicators={report.indicators} />
        <EdsSection eds={report.eds} />
        <ActionPlanSection summary={report.summary} overdue={report.overdue} actions={report.actions} today={report.today} />
      </PageLayout>
    </div>
  );
}
