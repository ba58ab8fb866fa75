import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink } from 'wouter';
import { PageLayout } from '../../components/page-layout';
import { TitledSection } from '../../components/titled-section';
import { ReportTable } from '../../components/report-table';
import { boardIndicatorsTable } from '../../domain/exports';
import {
  type ColumnMapping,
  type EthnicCodeMapping,
  type StaffAggregatesByFile,
  type StaffFileKind,
  type WresInput,
  STAFF_FILE_KINDS,
  calculateWres,
  combineStaffAggregates,
  indicatorsGiven,
  mergeYears,
  parseWresInput,
  rememberedOrDetected,
  resolveColumns,
  staffFilesToInput,
} from '../../domain/wres';
import { ConflictError } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { EthnicMappingEditor } from './ethnic-mapping-editor';
import { rememberColumns, rememberEthnicMapping, rememberedColumns, rememberedEthnicMapping } from './remembered-settings';
import { staffCountNotes } from './staff-count-notes';
import { StaffCountsTable } from './staff-counts-table';
import { type PickedFile, StaffFilePicker } from './staff-file-picker';
import { CancelledError, type StaffFileCounts, type StaffJobProgress } from './staff-job';
import { type RunningJob, type StaffRunner, defaultStaffRunner } from './staff-runner';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '60rem', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  about: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalM },
});

type Run =
  | { kind: 'idle' }
  | { kind: 'counting'; progress: StaffJobProgress | undefined; job: RunningJob | undefined }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'counted'; counts: StaffFileCounts[]; mapping: EthnicCodeMapping }
  | { kind: 'saving'; counts: StaffFileCounts[]; mapping: EthnicCodeMapping }
  | { kind: 'saved'; input: WresInput };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/**
 * Import staff-level files (an ESR staff-in-post extract and, optionally, recruitment,
 * disciplinary, training and board files). The files are read and counted in a Web Worker on
 * this device; only the counts are shown, and only the counts are stored, once the person has
 * checked them. No part of a file is sent anywhere, column mappings included: they are remembered
 * in this browser.
 */
export function StaffImportPage({ runner = defaultStaffRunner() }: { runner?: StaffRunner }) {
  const styles = useStyles();
  const { snapshot, storage, canEdit, refresh, today } = usePlanData();
  const [picked, setPicked] = useState<Partial<Record<StaffFileKind, PickedFile>>>({});
  const [ethnicMapping, setEthnicMapping] = useState<EthnicCodeMapping>(() => rememberedEthnicMapping());
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const settings = snapshot?.settings ?? {};
  const newest = (snapshot?.wresYears ?? []).map((stored) => stored.value).toSorted((a, b) => b.year - a.year)[0];
  // What the person typed; until then, the plan's settings and its newest stored year.
  const [edits, setEdits] = useState<Partial<Record<'name' | 'odsCode' | 'year', string>>>({});
  const about = {
    name: edits.name ?? (settings.organisationName || newest?.organisation.name || ''),
    odsCode: edits.odsCode ?? (settings.odsCode || newest?.organisation.odsCode || ''),
    year: edits.year ?? String(newest?.year ?? today.slice(0, 4)),
  };
  const running = useRef<RunningJob | undefined>(undefined);

  // Leaving the page ends a count in progress: its Worker and the files it holds go with it.
  useEffect(() => () => running.current?.cancel(), []);

  const busy = run.kind === 'counting' || run.kind === 'saving';
  const staleCounts = () => setRun((current) => (current.kind === 'counted' || current.kind === 'failed' || current.kind === 'cancelled' || current.kind === 'saved' ? { kind: 'idle' } : current));

  const choose = async (kind: StaffFileKind, file: File | undefined) => {
    staleCounts();
    if (file === undefined) {
      setPicked((current) => {
        const next = { ...current };
        delete next[kind];
        return next;
      });
      return;
    }
    setPicked((current) => ({ ...current, [kind]: { state: 'reading', file } }));
    let next: PickedFile;
    try {
      const header = await runner.readHeader(file);
      next = { state: 'ready', file, header, mapping: rememberedOrDetected(kind, header.header, rememberedColumns(kind)) };
    } catch (error) {
      next = { state: 'failed', file, message: `${file.name} could not be read: ${(error as Error).message}` };
    }
    // A newer choice for the same kind wins over this one.
    setPicked((current) => (current[kind]?.file === file ? { ...current, [kind]: next } : current));
  };

  const setMapping = (kind: StaffFileKind, mapping: ColumnMapping) => {
    staleCounts();
    setPicked((current) => {
      const file = current[kind];
      return file?.state === 'ready' ? { ...current, [kind]: { ...file, mapping } } : current;
    });
  };

  const changeEthnicMapping = (mapping: EthnicCodeMapping) => {
    staleCounts();
    setEthnicMapping(mapping);
    rememberEthnicMapping(mapping);
  };

  const ready = STAFF_FILE_KINDS.flatMap((kind) => {
    const file = picked[kind];
    return file?.state === 'ready' ? [{ kind, file }] : [];
  });
  const mappingProblems = ready.flatMap(({ kind, file }) => {
    const resolved = resolveColumns(kind, file.header.header, file.mapping);
    return resolved.ok ? [] : resolved.problems.map((problem) => `${file.file.name}: ${problem}`);
  });
  const canCount = picked.staff?.state === 'ready' && mappingProblems.length === 0 && !busy && STAFF_FILE_KINDS.every((kind) => picked[kind]?.state !== 'reading');

  const count = async () => {
    if (!canCount) return;
    for (const { kind, file } of ready) rememberColumns(kind, file.mapping);
    const mapping = ethnicMapping;
    const job = runner.count({ ethnicCodeMapping: mapping, files: ready.map(({ kind, file }) => ({ kind, file: file.file, headerRow: file.header.headerRow, mapping: file.mapping })) }, (progress) =>
      setRun((current) => (current.kind === 'counting' ? { ...current, progress } : current)),
    );
    running.current = job;
    setRun({ kind: 'counting', progress: undefined, job });
    try {
      const counts = await job.done;
      setRun({ kind: 'counted', counts, mapping });
    } catch (error) {
      setRun(error instanceof CancelledError ? { kind: 'cancelled' } : { kind: 'failed', message: (error as Error).message });
    } finally {
      running.current = undefined;
    }
  };

  const counted = run.kind === 'counted' || run.kind === 'saving' ? run : undefined;
  const byKind = useMemo(
    () => (counted === undefined ? undefined : (Object.fromEntries(counted.counts.map((file) => [file.kind, file.aggregate])) as unknown as StaffAggregatesByFile)),
    [counted],
  );
  const aggregate = byKind === undefined ? undefined : combineStaffAggregates(byKind);
  const year = Number(about.year);
  const stored = snapshot?.wresYears.find((entry) => entry.value.year === year && entry.value.organisation.odsCode === about.odsCode.trim());
  const imported = byKind === undefined ? undefined : staffFilesToInput(byKind, { organisation: { name: about.name.trim(), odsCode: about.odsCode.trim() }, year });
  const toSave = imported === undefined ? undefined : stored === undefined ? imported : mergeYears(stored.value, imported);
  const validated = toSave === undefined ? undefined : parseWresInput(toSave);
  const kept = stored === undefined || imported === undefined ? [] : indicatorsGiven(stored.value).filter((id) => !indicatorsGiven(imported).includes(id));

  const save = async () => {
    if (counted === undefined || run.kind !== 'counted' || validated?.ok !== true) return;
    const input = validated.value;
    setRun({ ...run, kind: 'saving' });
    try {
      await storage.wres.saveYear(input, stored?.eTag);
      setRun({ kind: 'saved', input });
      void refresh();
    } catch (error) {
      const message =
        error instanceof ConflictError
          ? `Someone changed the stored ${input.year} figures while you were importing, so nothing was saved. Count the files again to see their version.`
          : `Nothing was saved: ${(error as Error).message}`;
      setRun({ kind: 'failed', message });
      void refresh();
    }
  };

  const progress = run.kind === 'counting' ? run.progress : undefined;
  const fraction = progress === undefined || progress.bytesTotal === 0 ? undefined : progress.bytesDone / progress.bytesTotal;

  return (
    <PageLayout
      title="Import staff records"
      description="Count WRES figures from your ESR staff-in-post extract and, if you have them, recruitment, disciplinary, training and board files. The files are read in this browser and never leave this device; only the counts are stored, once you have checked them."
    >
      <TitledSection className={styles.section} title="Choose the files and check their columns">
        <Text>Columns are recognised from common ESR headings. Your choices are remembered in this browser for next time.</Text>
        {STAFF_FILE_KINDS.map((kind) => (
          <StaffFilePicker key={kind} kind={kind} picked={picked[kind]} disabled={busy} onFile={(file) => void choose(kind, file)} onMapping={(mapping) => setMapping(kind, mapping)} />
        ))}
      </TitledSection>

      <EthnicMappingEditor mapping={ethnicMapping} disabled={busy} onChange={changeEthnicMapping} />

      <section className={styles.section} aria-label="Count">
        {mappingProblems.length > 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>{mappingProblems.join(' ')}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={!canCount} onClick={() => void count()}>
            Count staff
          </Button>
          {run.kind === 'counting' ? <Button onClick={() => run.job?.cancel()}>Cancel</Button> : null}
          <RouterLink href="/import" asChild>
            <Link>Import a year's counts instead</Link>
          </RouterLink>
        </div>
        {picked.staff === undefined ? <Text size={200}>Choose the staff-in-post extract first.</Text> : null}
        {run.kind === 'counting' ? (
          <Field
            label="Counting"
            validationState="none"
            validationMessage={
              progress === undefined
                ? `Starting${runner.inWorker ? ' the background reader' : ''}…`
                : `${progress.fileName}: ${progress.rows.toLocaleString('en-GB')} rows counted; ${megabytes(progress.bytesDone)} of ${megabytes(progress.bytesTotal)} read`
            }
          >
            <ProgressBar value={fraction} max={1} aria-valuetext={fraction === undefined ? 'Starting' : `${Math.round(fraction * 100)}% read`} />
          </Field>
        ) : null}
      </section>

      <output aria-live="polite">
        {run.kind === 'cancelled' ? (
          <MessageBar intent="info">
            <MessageBarBody>Counting was cancelled. Nothing was stored.</MessageBarBody>
          </MessageBar>
        ) : null}
        {run.kind === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>{run.message} Nothing was stored.</MessageBarBody>
          </MessageBar>
        ) : null}
        {run.kind === 'saved' ? (
          <MessageBar intent="success">
            <MessageBarBody>
              Saved the {run.input.year} WRES counts for {run.input.organisation.name}. No staff record was stored or sent.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {counted !== undefined ? <Text>Counted. Check the figures below, then save.</Text> : null}
      </output>

      {counted !== undefined && aggregate !== undefined ? (
        <TitledSection className={styles.section} title="Check the counts">
          {staffCountNotes(counted.counts, counted.mapping).map((note) => (
            <MessageBar key={note} intent="warning">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          ))}
          <StaffCountsTable aggregate={aggregate} given={new Set(counted.counts.map((file) => file.kind))} />
          <div className={styles.about}>
            <Field label="Organisation" required>
              <Input value={about.name} onChange={(_, data) => setEdits({ ...edits, name: data.value })} />
            </Field>
            <Field label="ODS code" required>
              <Input value={about.odsCode} onChange={(_, data) => setEdits({ ...edits, odsCode: data.value })} />
            </Field>
            <Field label="WRES year (staff in post at 31 March)" required>
              <Input type="number" value={about.year} onChange={(_, data) => setEdits({ ...edits, year: data.value })} />
            </Field>
          </div>
          {stored !== undefined && imported !== undefined ? (
            <MessageBar intent="warning">
              <MessageBarBody>
                Saving replaces indicator{indicatorsGiven(imported).length === 1 ? '' : 's'} {indicatorsGiven(imported).join(', ')} of the {year} figures already stored
                {stored.modifiedBy ? `, last changed by ${stored.modifiedBy}` : ''}.{kept.length > 0 ? ` Indicator${kept.length === 1 ? '' : 's'} ${kept.join(', ')} stay as they are.` : ''}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {validated?.ok === false ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>These counts cannot be saved yet.</MessageBarTitle>
                {validated.errors.map((error) => error.message).join(' ')}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {validated?.ok === true ? <ReportTable table={boardIndicatorsTable(calculateWres(validated.value))} caption={`What will be stored for ${year}`} /> : null}
          {canEdit ? (
            <div className={styles.buttons}>
              <Button appearance="primary" disabled={run.kind === 'saving' || validated?.ok !== true} onClick={() => void save()}>
                {run.kind === 'saving' ? 'Saving…' : `Save the ${Number.isInteger(year) ? year : ''} counts`}
              </Button>
              <Button disabled={run.kind === 'saving'} onClick={() => setRun({ kind: 'idle' })}>
                Discard the counts
              </Button>
            </div>
          ) : (
            <Text>You have read-only access to this plan, so you cannot save these counts.</Text>
          )}
        </TitledSection>
      ) : null}
    </PageLayout>
  );
}
