import { Button, Label, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { useId } from 'react';
import { Link as RouterLink } from 'wouter';
import { LiveStatus } from '../../components/live-status';
import { OperationMessage } from '../../components/operation-message';
import { PageLayout } from '../../components/page-layout';
import { TitledSection } from '../../components/titled-section';
import { MAX_IMPORT_BYTES } from '../../lib/files/wres-year-file';
import { useImportWresStyles } from './import-wres-page.styles';
import { Notes, PreviewSection, ProblemsTable } from './import-wres-preview';
import type { ImportStage, ImportWresState } from './use-import-wres';

function TemplateSection({ state }: { state: ImportWresState }) {
  const styles = useImportWresStyles();
  return (
    <section className={styles.section} aria-label="Template">
      <Text>
        Start from the template: one row per figure, named in words (&ldquo;Indicator 2, Shortlisted, White&rdquo;), with guidance; fill in the Value column. A
        year exported from Reports can be imported as it is.
      </Text>
      <div className={styles.buttons}>
        <Button onClick={state.downloads.blankCsv}>Blank template (CSV)</Button>
        <Button onClick={state.downloads.blankXlsx}>Blank template (XLSX)</Button>
        <RouterLink href="/import/staff" asChild>
          <Link>Count from staff records (ESR) instead</Link>
        </RouterLink>
        <RouterLink href="/" asChild>
          <Link>Back to reports</Link>
        </RouterLink>
      </div>
    </section>
  );
}

function SurveySection({ state }: { state: ImportWresState }) {
  const styles = useImportWresStyles();
  return (
    <TitledSection className={styles.section} title="Staff Survey results (indicators 5–8)">
      <Text>
        The White and BME percentages and respondent counts from the NHS Staff Survey. Fill in the Staff Survey template
        {state.newest === undefined ? '' : ` (set for ${state.newest.year})`} and import it below: the year's other indicators are kept.
      </Text>
      <div className={styles.buttons}>
        <Button onClick={state.downloads.surveyCsv}>Staff Survey template (CSV)</Button>
        <Button onClick={state.downloads.surveyXlsx}>Staff Survey template (XLSX)</Button>
      </div>
    </TitledSection>
  );
}

function FileSection({ state }: { state: ImportWresState }) {
  const styles = useImportWresStyles();
  const fileId = useId();
  const hintId = useId();
  const { fileInput, choose } = state;
  return (
    <TitledSection className={styles.section} title="Choose a file">
      <Label htmlFor={fileId}>WRES data file (.csv, .xlsx or .json)</Label>
      <input
        id={fileId}
        ref={fileInput}
        className={styles.file}
        type="file"
        accept=".csv,.xlsx,.json,text/csv,application/json"
        aria-describedby={hintId}
        onChange={(event) => choose(event.currentTarget.files?.[0])}
      />
      <Text id={hintId} size={200} className={styles.hint}>
        At most {MAX_IMPORT_BYTES / 1024 / 1024} MB: a larger file is refused before it is read.
      </Text>
    </TitledSection>
  );
}

/** How reading the chosen file went, said as it changes. */
function StageStatus({ stage }: { stage: ImportStage }) {
  if (stage.kind === 'reading') return <Spinner size="small" label={`Reading ${stage.fileName}…`} />;
  if (stage.kind === 'unreadable') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{stage.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (stage.kind !== 'problems') return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{stage.fileName} was not imported.</MessageBarTitle>
        {stage.problems.length === 1 ? 'There is 1 problem' : `There are ${stage.problems.length} problems`}, listed below. Nothing has been stored.
      </MessageBarBody>
    </MessageBar>
  );
}

/** The WRES file import as its state has it: templates, the file chooser, then what the file holds. */
export function ImportWresPageView({ state }: { state: ImportWresState }) {
  const styles = useImportWresStyles();
  const { stage } = state;
  return (
    <PageLayout
      title="Import WRES data"
      description="Bring in one year's WRES counts from the template (CSV or XLSX) or a WRES input JSON file. The file is read in your browser and nothing is stored until you confirm."
    >
      <TemplateSection state={state} />
      <SurveySection state={state} />
      <FileSection state={state} />
      <LiveStatus>
        <StageStatus stage={stage} />
      </LiveStatus>
      <OperationMessage
        status={state.saving}
        busyLabel="Saving…"
        failedTitle="Nothing was saved"
        doneText={(input) => `Saved the ${input.year} WRES figures for ${input.organisation.name}.`}
      />
      {stage.kind === 'problems' ? (
        <section className={styles.section} aria-label="Problems">
          <Notes notes={stage.notes} />
          <ProblemsTable fileName={stage.fileName} problems={stage.problems} />
        </section>
      ) : null}
      {stage.kind === 'preview' ? <PreviewSection preview={stage} state={state} /> : null}
    </PageLayout>
  );
}
