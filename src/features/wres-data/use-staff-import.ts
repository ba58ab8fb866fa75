import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useOperation, type OperationStatus } from '../../components/use-operation';
import type { EthnicCodeMapping, WresInput } from '../../domain/wres';
import { messageOf } from '../../storage/ports';
import { usePlanData } from '../../app/plan-data';
import { newestStoredYear, whyImportNotSaved } from './stored-years';
import { type StaffImportAbout, type StaffImportPlan, planStaffImport } from './staff-import-plan';
import { CancelledError, type StaffFileCounts, type StaffJobProgress } from './staff-job';
import type { RunningJob, StaffRunner } from './staff-runner';
import { type StaffFiles, useStaffFiles } from './use-staff-files';

/** Where counting the chosen files has got to; saving the counts is an operation of its own. */
export type CountRun =
  | { readonly kind: 'idle' }
  | { readonly kind: 'counting'; readonly progress: StaffJobProgress | undefined; readonly job: RunningJob }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'counted'; readonly counts: readonly StaffFileCounts[]; readonly mapping: EthnicCodeMapping };

export interface StaffImportState {
  readonly files: StaffFiles;
  readonly run: CountRun;
  /** Counting or saving: the files and mappings cannot change meanwhile. */
  readonly busy: boolean;
  readonly canCount: boolean;
  /** Whether the files are read by a background Worker (rather than on the page). */
  readonly inWorker: boolean;
  readonly about: StaffImportAbout;
  readonly setAbout: (field: keyof StaffImportAbout, value: string) => void;
  /** What the counts would store, once counted. */
  readonly plan: StaffImportPlan | undefined;
  readonly canEdit: boolean;
  readonly saving: OperationStatus<WresInput>;
  readonly count: () => void;
  readonly cancel: () => void;
  readonly save: () => void;
  readonly discard: () => void;
}

/**
 * The state of the staff-records import: the chosen files, their count (in a Worker, with
 * progress, and cancellable), what the counts would store for the organisation and year typed,
 * and the save of those counts once checked.
 */
export function useStaffImport(runner: StaffRunner): StaffImportState {
  const { snapshot, storage, canEdit, refresh, today } = usePlanData();
  const [run, setRun] = useState<CountRun>({ kind: 'idle' });
  // What the person typed; until then, the plan's settings and its newest stored year.
  const [edits, setEdits] = useState<Partial<StaffImportAbout>>({});
  const running = useRef<RunningJob | undefined>(undefined);
  // Leaving the page ends a count in progress: its Worker and the files it holds go with it.
  useEffect(() => () => running.current?.cancel(), []);

  const settings = snapshot?.settings ?? {};
  const newest = newestStoredYear(snapshot?.wresYears);
  const year = edits.year ?? String(newest?.year ?? today.slice(0, 4));
  const about: StaffImportAbout = {
    name: edits.name ?? (settings.organisationName || newest?.organisation.name || ''),
    odsCode: edits.odsCode ?? (settings.odsCode || newest?.organisation.odsCode || ''),
    year,
  };

  const describe = useMemo(() => whyImportNotSaved(year, 'Count the files again to see their version.'), [year]);
  const saveYear = useCallback((input: WresInput, eTag: string | undefined) => storage.wres.saveYear(input, eTag).then(() => input), [storage]);
  const saving = useOperation(saveYear, describe);

  // Counts made before a file or mapping changed no longer hold, and nor does what was said of them.
  const stale = () => {
    setRun((current) => (current.kind === 'counting' ? current : { kind: 'idle' }));
    if (!saving.busy) saving.reset();
  };
  const files = useStaffFiles(runner, stale);
  const busy = run.kind === 'counting' || saving.busy;
  const canCount = files.complete && !busy;

  const count = async () => {
    if (!canCount) return;
    files.rememberMappings();
    saving.reset();
    const mapping = files.ethnicMapping;
    const job = runner.count({ ethnicCodeMapping: mapping, files: files.jobs }, (progress) =>
      setRun((current) => (current.kind === 'counting' ? { ...current, progress } : current)),
    );
    running.current = job;
    setRun({ kind: 'counting', progress: undefined, job });
    try {
      setRun({ kind: 'counted', counts: await job.done, mapping });
    } catch (error) {
      setRun(error instanceof CancelledError ? { kind: 'cancelled' } : { kind: 'failed', message: messageOf(error) });
    } finally {
      running.current = undefined;
    }
  };

  const plan = run.kind === 'counted' ? planStaffImport(run.counts, about, snapshot?.wresYears ?? []) : undefined;

  const save = async () => {
    if (plan?.validated.ok !== true || saving.busy) return;
    await saving.run(plan.validated.value, plan.stored?.eTag);
    // Saved or not, these counts have had their turn: a failure says to count again.
    setRun({ kind: 'idle' });
    void refresh();
  };

  return {
    files,
    run,
    busy,
    canCount,
    inWorker: runner.inWorker,
    about,
    setAbout: (field, value) => setEdits((current) => ({ ...current, [field]: value })),
    plan,
    canEdit,
    saving: saving.status,
    count: () => void count(),
    cancel: () => (run.kind === 'counting' ? run.job.cancel() : undefined),
    save: () => void save(),
    discard: () => setRun({ kind: 'idle' }),
  };
}
