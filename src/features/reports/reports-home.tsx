import { Button, Field, Link, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular, Print20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { TitledSection } from '../../components/titled-section';
import { blankTemplateCsvText, blankTemplateXlsxBytes, yearToXlsxBytes } from '../../lib/files/wres-year-file';
import { csvBlob } from '../../lib/files/csv-format';
import { downloadBlob } from '../../lib/files/download';
import { usePlanData } from '../../app/plan-data';
import { actionsTable, boardReportTables, publicationTables, suppressionRule, wresYearsNewestFirst } from './report-data';
import { downloadCsv, downloadXlsx, downloadXlsxBytes, exportFileName } from './report-files';

const useStyles = makeStyles({
  section: { maxWidth: '60rem' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  year: { maxWidth: '16rem' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Which counts a threshold hides, in words: "Counts from 1 to 4", "Counts of 1", "No counts". */
function smallCountsWords(threshold: number): string {
  if (threshold <= 1) return 'No counts';
  return threshold === 2 ? 'Counts of 1' : `Counts from 1 to ${threshold - 1}`;
}

/**
 * Reports: the board report (a printable page and a workbook), the publication pack for the
 * trust's website with small numbers suppressed, the actions as CSV, and the WRES year files.
 * Every file is made here in the browser; nothing is sent anywhere.
 */
export function ReportsHome() {
  const styles = useStyles();
  const { snapshot, today } = usePlanData();
  const years = useMemo(() => wresYearsNewestFirst(snapshot), [snapshot]);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const year = chosen !== undefined && years.some((input) => input.year === chosen) ? chosen : years[0]?.year;
  const current = years.find((input) => input.year === year);
  const ods = current?.organisation.odsCode ?? snapshot?.settings.odsCode;
  const rule = suppressionRule(snapshot?.settings ?? {});
  const [status, setStatus] = useState<{ kind: 'done' | 'failed'; text: string } | undefined>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);

  const run = async (label: string, fileName: string, make: () => void | Promise<void>) => {
    setBusy(label);
    setStatus(undefined);
    try {
      await make();
      setStatus({ kind: 'done', text: `${fileName} is ready in your downloads.` });
    } catch (error) {
      setStatus({ kind: 'failed', text: `${fileName} could not be made: ${(error as Error).message}` });
    } finally {
      setBusy(undefined);
    }
  };

  const button = (label: string, fileName: string, make: () => void | Promise<void>, disabled = false) => (
    <Button icon={<ArrowDownload20Regular />} disabled={disabled || busy !== undefined} onClick={() => void run(label, fileName, make)}>
      {busy === label ? 'Preparing…' : label}
    </Button>
  );

  const boardName = exportFileName(['board-report', ods, year], 'xlsx');
  // Choosing what to hide recalculates the indicators many times over: once per plan and year, not per render.
  const publication = useMemo(() => publicationTables(snapshot, year), [snapshot, year]);
  const wresCsv = exportFileName(['publication-wres', ods, year], 'csv');
  const planCsv = exportFileName(['publication-action-plan', ods], 'csv');
  const packXlsx = exportFileName(['publication-pack', ods, year], 'xlsx');
  const actionsCsv = exportFileName(['actions', ods, today], 'csv');
  const yearXlsx = exportFileName(['wres', ods, year], 'xlsx');

  return (
    <PageLayout title="Reports" description="The board report, the publication pack for the trust's website, and the WRES data files. Files are made in your browser and sent nowhere.">
      {years.length > 0 ? (
        <Field label="WRES year" className={styles.year}>
          <Select value={String(year)} onChange={(_, data) => setChosen(Number(data.value))}>
            {years.map((input) => (
              <option key={`${input.organisation.odsCode}-${input.year}`} value={input.year}>
                {input.year}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Text>No WRES year is stored yet: the reports will hold the action plan and EDS only. Import a year below.</Text>
      )}

      <TitledSection className={styles.section} title="Board report">
        <Text className={styles.muted}>The nine indicators with their verdicts and trends, the EDS summary, and the action plan by status with what is overdue.</Text>
        <div className={styles.buttons}>
          <RouterLink href={year === undefined ? '/board' : `/board/${year}`} asChild>
            <Link>
              <Print20Regular aria-hidden /> Open the printable board report
            </Link>
          </RouterLink>
          {button('Board report (XLSX)', boardName, () => downloadXlsx(boardReportTables(snapshot, year, today), boardName))}
        </div>
      </TitledSection>

      <TitledSection className={styles.section} title="Publication pack">
        <Text className={styles.muted}>
          For the trust's website.{' '}
          {rule.method === 'nhs-digital-2018'
            ? "By NHS Digital's 2018 rule (chosen in Settings): counts from 1 to 7 show as *, and other counts are rounded to the nearest 5."
            : `${smallCountsWords(rule.threshold)} (below the threshold of ${rule.threshold} in Settings) show as *.`}{' '}
          Zeros are shown; a few more entries are hidden where a small count could be worked back; the headline figures and their verdicts are always published. A note under the table says what was hidden.
        </Text>
        <div className={styles.buttons}>
          {button('WRES data (CSV)', wresCsv, () => downloadCsv(publication.wres as NonNullable<typeof publication.wres>, wresCsv), publication.wres === undefined)}
          {button('Action plan (CSV)', planCsv, () => downloadCsv(publication.actionPlan, planCsv))}
          {button('Publication pack (XLSX)', packXlsx, () => downloadXlsx(publication.wres === undefined ? [publication.actionPlan] : [publication.wres, publication.actionPlan], packXlsx))}
        </div>
      </TitledSection>

      <TitledSection className={styles.section} title="Actions">
        <Text className={styles.muted}>Every action with its owner, dates, links and latest update, to work on in a spreadsheet.</Text>
        <div className={styles.buttons}>{button('Actions (CSV)', actionsCsv, () => downloadCsv(actionsTable(snapshot, today), actionsCsv))}</div>
      </TitledSection>

      <TitledSection className={styles.section} title="WRES data files">
        <Text className={styles.muted}>One year's counts as a file with a row per field, to keep, check or import again; or the blank template to fill in.</Text>
        <div className={styles.buttons}>
          <RouterLink href="/import" asChild>
            <Link>
              <ArrowUpload20Regular aria-hidden /> Import WRES data
            </Link>
          </RouterLink>
          <RouterLink href="/import/staff" asChild>
            <Link>
              <ArrowUpload20Regular aria-hidden /> Import staff records (ESR)
            </Link>
          </RouterLink>
          {button(year === undefined ? 'WRES year data (XLSX)' : `WRES ${year} data (XLSX)`, yearXlsx, async () => downloadXlsxBytes(await yearToXlsxBytes(current as NonNullable<typeof current>), yearXlsx), current === undefined)}
          {button('Blank template (CSV)', 'wres-template.csv', () => downloadBlob(csvBlob(blankTemplateCsvText()), 'wres-template.csv'))}
          {button('Blank template (XLSX)', 'wres-template.xlsx', async () => downloadXlsxBytes(await blankTemplateXlsxBytes(), 'wres-template.xlsx'))}
        </div>
      </TitledSection>

      <output aria-live="polite">
        {status === undefined ? null : (
          <MessageBar intent={status.kind === 'done' ? 'success' : 'error'}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </output>
    </PageLayout>
  );
}
