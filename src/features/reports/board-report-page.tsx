import { Button, Link, Text } from '@fluentui/react-components';
import { Print20Regular } from '@fluentui/react-icons';
import { Link as RouterLink } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { TitledSection } from '../../components/titled-section';
import { formatUkDate } from '../../domain/shared';
import { ChangesSection, ProgressSection } from './board-report-progress';
import { EdsSection, IndicatorsSection } from './board-report-sections';
import { PRINT_CSS, useBoardReportStyles } from './board-report.styles';
import { useBoardReport } from './use-board-report';

/** The board report as a printable page, in the board paper's order: summary, indicators, progress, EDS, what changed. */
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
            WRES {report.year ?? '(no year stored)'}, EDS and the action plan for {report.planYear}. Prepared {formatUkDate(report.today)}.
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
        <TitledSection title="Summary">
          <Text as="p" className={styles.summary}>
            {report.sentence}
          </Text>
        </TitledSection>
        <IndicatorsSection year={report.year} previousYear={report.previousYear} rows={report.rows} />
        <ProgressSection progress={report.progress} />
        <EdsSection eds={report.eds} />
        <ChangesSection since={report.since} changes={report.changes} />
      </PageLayout>
    </div>
  );
}
