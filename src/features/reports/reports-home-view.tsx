import { Button, Field, Link, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular, DocumentText20Regular, Print20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'wouter';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { TitledSection } from '../../components/titled-section';
import type { ReportFile, ReportsHomeState } from './use-reports-home';

const useStyles = makeStyles({
  section: { maxWidth: '60rem' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  year: { maxWidth: '16rem' },
  muted: { color: tokens.colorNeutralForeground2 },
});

type FileButtonProps = Pick<ReportsHomeState, 'download' | 'asked' | 'downloadFile'> & { file: ReportFile };

/** A button that makes one file; while any file is being made every button waits. */
function FileButton({ file, download, asked, downloadFile }: FileButtonProps) {
  return (
    <Button icon={<ArrowDownload20Regular />} disabled={file.make === undefined || download.busy} onClick={() => downloadFile(file)}>
      {download.busy && asked?.label === file.label ? 'Preparing…' : file.label}
    </Button>
  );
}

function YearChoice({ years, year, chooseYear }: Pick<ReportsHomeState, 'years' | 'year' | 'chooseYear'>) {
  const styles = useStyles();
  if (years.length === 0) return <Text>No WRES year is stored yet: the reports will hold the action plan and EDS only. Import a year below.</Text>;
  return (
    <Field label="WRES year" className={styles.year}>
      <Select value={String(year)} onChange={(_, data) => chooseYear(Number(data.value))}>
        {years.map((input) => (
          <option key={`${input.organisation.odsCode}-${input.year}`} value={input.year}>
            {input.year}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A titled part of the page: what its files hold, then its links and file buttons. */
function ReportSection({
  title,
  about,
  files,
  state,
  children,
}: {
  title: string;
  about: string;
  files: ReportFile[];
  state: ReportsHomeState;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <TitledSection className={styles.section} title={title}>
      <Text className={styles.muted}>{about}</Text>
      <div className={styles.buttons}>
        {children}
        {files.map((file) => (
          <FileButton key={file.label} file={file} download={state.download} asked={state.asked} downloadFile={state.downloadFile} />
        ))}
      </div>
    </TitledSection>
  );
}

/** A link to another page of Reports, with its icon. */
function PageLink({ href, icon, children }: { href: string; icon: ReactNode; children: string }) {
  return (
    <RouterLink href={href} asChild>
      <Link>
        {icon} {children}
      </Link>
    </RouterLink>
  );
}

/**
 * Reports: the board report (a printable page and a workbook), the publication pack for the
 * trust's website with small numbers suppressed, the actions as CSV, and the WRES year files.
 */
export function ReportsHomeView(state: ReportsHomeState) {
  const { download, asked } = state;
  return (
    <PageLayout
      title="Reports"
      description="The board report, the publication pack for the trust's website, and the WRES data files. Files are made in your browser and sent nowhere."
    >
      <YearChoice years={state.years} year={state.year} chooseYear={state.chooseYear} />
      <ReportSection
        title="Board report"
        about="The nine indicators with their verdicts and trends, the EDS summary, and the action plan by status with what is overdue."
        files={[state.boardFile]}
        state={state}
      >
        <PageLink href={state.boardLink} icon={<Print20Regular aria-hidden />}>
          Open the printable board report
        </PageLink>
        <PageLink href="/paper" icon={<DocumentText20Regular aria-hidden />}>
          Board paper (Word)
        </PageLink>
      </ReportSection>
      <ReportSection
        title="Publication pack"
        about={`For the trust's website. ${state.ruleWords} Zeros are shown; a few more entries are hidden where a small count could be worked back; the headline figures and their verdicts are always published. A note under the table says what was hidden. The pack also holds the action plan and, under EDS 2022, the agreed review's report.`}
        files={state.publicationFiles}
        state={state}
      />
      {state.edsReport && <ReportSection title="EDS 2022 report" about={state.edsReport.about} files={[state.edsReport.file]} state={state} />}
      <ReportSection
        title="Actions"
        about="Every action with its owner, dates, links and latest update, to work on in a spreadsheet."
        files={[state.actionsFile]}
        state={state}
      />
      <ReportSection
        title="WRES data files"
        about="One year's counts as a file with a row per field, to keep, check or import again; or the blank template to fill in."
        files={state.wresFiles}
        state={state}
      >
        <PageLink href="/import" icon={<ArrowUpload20Regular aria-hidden />}>
          Import WRES data
        </PageLink>
        <PageLink href="/import/staff" icon={<ArrowUpload20Regular aria-hidden />}>
          Import staff records (ESR)
        </PageLink>
      </ReportSection>
      <OperationMessage
        status={download.status}
        busyLabel={`Preparing ${asked?.fileName ?? 'the file'}…`}
        failedTitle={`${asked?.fileName ?? 'The file'} could not be made`}
        doneText={(fileName) => `${fileName} is ready in your downloads.`}
      />
    </PageLayout>
  );
}
