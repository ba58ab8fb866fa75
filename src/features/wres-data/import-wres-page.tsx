import {
  Button,
  Label,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { Link as RouterLink } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { TitledSection } from '../../components/titled-section';
import { boardIndicatorsTable } from '../../domain/exports';
import { type WresInput, calculateWres, indicatorsGiven, mergeYears } from '../../domain/wres';
import { ConflictError, type Versioned } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { ReportTable } from '../../components/report-table';
import { csvBlob } from '../../lib/files/csv-format';
import { downloadBlob, fileBytes } from '../../lib/files/download';
import { tableToCsv } from '../../lib/files/csv-format';
import { XLSX_MIME as XLSX, tablesToXlsx } from '../../lib/files/xlsx-format';
import {
  type ImportProblem,
  MAX_IMPORT_BYTES,
  blankTemplateCsvText,
  blankTemplateXlsxBytes,
  readYearFile,
  surveyTemplateTable,
} from '../../lib/files/wres-year-file';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '60rem', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  file: { maxWidth: '100%', color: tokens.colorNeutralForeground1 },
  hint: { color: tokens.colorNeutralForeground2 },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
});

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'problems'; fileName: string; problems: readonly ImportProblem[]; notes: readonly string[] }
  | { kind: 'preview'; fileName: string; input: WresInput; notes: readonly string[]; replaces: Versioned<WresInput> | undefined }
  | { kind: 'saving'; fileName: string; input: WresInput; notes: readonly string[]; replaces: Versioned<WresInput> | undefined }
  | { kind: 'saved'; input: WresInput }
  | { kind: 'failed'; message: string };

function ProblemsTable({ fileName, problems }: { fileName: string; problems: readonly ImportProblem[] }) {
  const styles = useStyles();
  return (
    <div className={styles.tableWrap}>
      <Table size="small" aria-label={`Problems in ${fileName}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Row</TableHeaderCell>
            <TableHeaderCell scope="col">Column</TableHeaderCell>
            <TableHeaderCell scope="col">Field</TableHeaderCell>
            <TableHeaderCell scope="col">Problem</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {problems.map((problem, i) => (
            <TableRow key={i}>
              <TableCell>{problem.row ?? '–'}</TableCell>
              <TableCell>{problem.column ?? '–'}</TableCell>
              <TableCell>{problem.field ?? '–'}</TableCell>
              <TableCell>{problem.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Notes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{notes.join(' ')}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * Import one year's WRES counts from a CSV, XLSX or JSON file. The file is read in the browser;
 * every problem is listed by row and column; nothing is stored until the person confirms, and
 * then the year is saved in one write (replacing a stored year only with the version it was read
 * at, so someone else's change is never overwritten).
 */
export function ImportWresPage() {
  const styles = useStyles();
  const { snapshot, storage, canEdit, refresh } = usePlanData();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [keepOthers, setKeepOthers] = useState(true);
  const newest = (snapshot?.wresYears ?? []).map((stored) => stored.value).toSorted((a, b) => b.year - a.year)[0];
  const surveyName = `staff-survey${newest === undefined ? '' : `-${newest.organisation.odsCode}-${newest.year}`}`;
  const pending = stage.kind === 'preview' || stage.kind === 'saving' ? stage : undefined;
  /** Indicators stored for the year that the file leaves out. */
  const leftOut = pending?.replaces === undefined ? [] : indicatorsGiven(pending.replaces.value).filter((id) => !indicatorsGiven(pending.input).includes(id));
  const toSave = pending === undefined ? undefined : pending.replaces !== undefined && keepOthers ? mergeYears(pending.replaces.value, pending.input) : pending.input;
  const inputRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const hintId = useId();

  const stored = (input: WresInput) =>
    snapshot?.wresYears.find((year) => year.value.year === input.year && year.value.organisation.odsCode === input.organisation.odsCode);

  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    setStage({ kind: 'reading', fileName: file.name });
    setKeepOthers(true);
    try {
      const result = await readYearFile({ name: file.name, size: file.size, arrayBuffer: () => fileBytes(file) });
      if (result.ok) setStage({ kind: 'preview', fileName: file.name, input: result.input, notes: result.notes, replaces: stored(result.input) });
      else setStage({ kind: 'problems', fileName: file.name, problems: result.problems, notes: result.notes });
    } catch (error) {
      setStage({ kind: 'failed', message: `${file.name} could not be read: ${(error as Error).message}` });
    }
  };

  const save = async () => {
    if (stage.kind !== 'preview' || toSave === undefined) return;
    setStage({ ...stage, kind: 'saving' });
    try {
      await storage.wres.saveYear(toSave, stage.replaces?.eTag);
      setStage({ kind: 'saved', input: toSave });
      if (inputRef.current) inputRef.current.value = '';
      void refresh();
    } catch (error) {
      const message =
        error instanceof ConflictError
          ? `Someone changed the stored ${stage.input.year} figures while you were importing, so nothing was saved. Choose the file again to see and replace their version.`
          : `Nothing was saved: ${(error as Error).message}`;
      setStage({ kind: 'failed', message });
      void refresh();
    }
  };

  const cancel = () => {
    setStage({ kind: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <PageLayout title="Import WRES data" description="Bring in one year's WRES counts from the template (CSV or XLSX) or a WRES input JSON file. The file is read in your browser and nothing is stored until you confirm.">
      <section className={styles.section} aria-label="Template">
        <Text>
          Start from the template: one row per field, with guidance. A year exported from Reports can be imported as it is.
        </Text>
        <div className={styles.buttons}>
          <Button onClick={() => downloadBlob(csvBlob(blankTemplateCsvText()), 'wres-template.csv')}>Blank template (CSV)</Button>
          <Button onClick={() => void blankTemplateXlsxBytes().then((bytes) => downloadBlob(new Blob([bytes], { type: XLSX }), 'wres-template.xlsx'))}>Blank template (XLSX)</Button>
          <RouterLink href="/import/staff" asChild>
            <Link>Count from staff records (ESR) instead</Link>
          </RouterLink>
          <RouterLink href="/" asChild>
            <Link>Back to reports</Link>
          </RouterLink>
        </div>
      </section>

      <TitledSection className={styles.section} title="Staff Survey results (indicators 5–8)">
        <Text>
          The White and BME percentages and respondent counts from the NHS Staff Survey. Fill in the Staff Survey template
          {newest === undefined ? '' : ` (set for ${newest.year})`} and import it below: the year's other indicators are kept.
        </Text>
        <div className={styles.buttons}>
          <Button onClick={() => downloadBlob(csvBlob(tableToCsv(surveyTemplateTable(newest))), `${surveyName}.csv`)}>Staff Survey template (CSV)</Button>
          <Button onClick={() => void tablesToXlsx([surveyTemplateTable(newest)]).then((bytes) => downloadBlob(new Blob([bytes], { type: XLSX }), `${surveyName}.xlsx`))}>
            Staff Survey template (XLSX)
          </Button>
        </div>
      </TitledSection>

      <TitledSection className={styles.section} title="Choose a file">
        <Label htmlFor={fileId}>WRES data file (.csv, .xlsx or .json)</Label>
        <input
          id={fileId}
          ref={inputRef}
          className={styles.file}
          type="file"
          accept=".csv,.xlsx,.json,text/csv,application/json"
          aria-describedby={hintId}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
        <Text id={hintId} size={200} className={styles.hint}>
          At most {MAX_IMPORT_BYTES / 1024 / 1024} MB: a larger file is refused before it is read.
        </Text>
      </TitledSection>

      <output aria-live="polite">
        {stage.kind === 'reading' ? <Spinner size="small" label={`Reading ${stage.fileName}…`} /> : null}
        {stage.kind === 'saved' ? (
          <MessageBar intent="success">
            <MessageBarBody>
              Saved the {stage.input.year} WRES figures for {stage.input.organisation.name}.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {stage.kind === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>{stage.message}</MessageBarBody>
          </MessageBar>
        ) : null}
        {stage.kind === 'problems' ? (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{stage.fileName} was not imported.</MessageBarTitle>
              {stage.problems.length === 1 ? 'There is 1 problem' : `There are ${stage.problems.length} problems`}, listed below. Nothing has been stored.
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </output>

      {stage.kind === 'problems' ? (
        <section className={styles.section} aria-label="Problems">
          <Notes notes={stage.notes} />
          <ProblemsTable fileName={stage.fileName} problems={stage.problems} />
        </section>
      ) : null}

      {stage.kind === 'preview' || stage.kind === 'saving' ? (
        <section className={styles.section} aria-label="Preview">
          <Notes notes={stage.notes} />
          <Text>
            {stage.fileName} holds the {stage.input.year} WRES counts for {stage.input.organisation.name} ({stage.input.organisation.odsCode}). Check the figures, then save.
          </Text>
          {stage.replaces !== undefined ? (
            <MessageBar intent="warning">
              <MessageBarBody>Saving replaces the {stage.input.year} figures already stored{stage.replaces.modifiedBy ? `, last changed by ${stage.replaces.modifiedBy}` : ''}.</MessageBarBody>
            </MessageBar>
          ) : null}
          {leftOut.length > 0 ? (
            <RadioGroup
              aria-label={`The stored ${stage.input.year} figures also give indicator${leftOut.length === 1 ? '' : 's'} ${leftOut.join(', ')}, which the file leaves out`}
              value={keepOthers ? 'keep' : 'replace'}
              onChange={(_, data) => setKeepOthers(data.value === 'keep')}
            >
              <Radio value="keep" label={`Keep the stored indicator${leftOut.length === 1 ? '' : 's'} ${leftOut.join(', ')}; replace only what the file gives`} />
              <Radio value="replace" label={`Replace the whole year with the file (indicator${leftOut.length === 1 ? '' : 's'} ${leftOut.join(', ')} will be removed)`} />
            </RadioGroup>
          ) : null}
          <ReportTable table={boardIndicatorsTable(calculateWres(toSave ?? stage.input))} caption={`What will be stored for ${stage.input.year}`} />
          {canEdit ? (
            <div className={styles.buttons}>
              <Button appearance="primary" disabled={stage.kind === 'saving'} onClick={() => void save()}>
                {stage.kind === 'saving' ? 'Saving…' : `Save ${stage.input.year}`}
              </Button>
              <Button disabled={stage.kind === 'saving'} onClick={cancel}>
                Cancel
              </Button>
            </div>
          ) : (
            <Text>You have read-only access to this plan, so you cannot save these figures.</Text>
          )}
        </section>
      ) : null}
    </PageLayout>
  );
}
