/**
 * Staff-level aggregation over a generated 1.5-million-row ESR-style CSV: the domain's streaming
 * aggregator fed by papaparse, against DuckDB reading and grouping the same file.
 *
 * Each side runs in its own Node process (spawned `node --import tsx bench/…-worker.ts`), so
 * neither's memory or warm-up flatters the other, and the file is generated beforehand in a third.
 * Peak memory is the worker's whole-process peak resident set: the larger of VmHWM polled by this
 * process from /proc/<pid>/status and the worker's own maxRSS. Wall time is measured inside each
 * worker around the work itself; process start-up (node and tsx, the same for both) is shown
 * separately. Each side runs RUNS times, interleaved; the median time and the highest peak are
 * reported. The two sides' totals per ethnic group are checked to agree before anything is printed.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { StaffAggregate } from '../src/domain/wres';
import type { Totals } from './aggregate-with-duckdb';
import { type WorkerRun, runWorker } from './run-worker';

const ROWS = 1_500_000;
const RUNS = 3;
const DUCKDB_THREADS = 2;
const TARGET_RATIO = 1.25;
const TARGET_PEAK_MB = 150;

const MEASURES = ['headcount', 'shortlisted', 'appointed', 'enteredDisciplinary', 'accessedTraining', 'boardVoting', 'boardExecutive'] as const;

function disagreements(ours: StaffAggregate, duck: Totals): string[] {
  const problems = ours.records === duck.records ? [] : [`records: ours ${ours.records}, DuckDB ${duck.records}`];
  for (const measure of MEASURES) {
    const mine = [ours[measure].white, ours[measure].bme, ours[measure].unknown];
    const theirs = duck[measure];
    if (mine.some((n, i) => n !== theirs[i])) problems.push(`${measure}: ours ${mine.join('/')}, DuckDB ${theirs.join('/')}`);
  }
  return problems;
}

const median = (values: readonly number[]): number => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const mb = (bytes: number): number => bytes / 1024 / 1024;
const grouped = (n: number): string => Math.round(n).toLocaleString('en-GB');
const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');

export async function runAggregateStaffBench(): Promise<void> {
  const file = join(process.cwd(), 'bench', '.work', 'esr-extract.csv');
  const generated = await runWorker<{ bytes: number; reused: boolean }>('bench/generate-worker.ts', [file, String(ROWS)]);

  const ours: WorkerRun<StaffAggregate>[] = [];
  const duck: WorkerRun<Totals>[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    ours.push(await runWorker<StaffAggregate>('bench/aggregate-ours-worker.ts', [file]));
    duck.push(await runWorker<Totals>('bench/aggregate-duckdb-worker.ts', [file, String(DUCKDB_THREADS)]));
  }
  for (const [i, run] of ours.entries()) {
    const problems = disagreements(run.value, (duck[i] as WorkerRun<Totals>).value);
    if (problems.length > 0) throw new Error(`run ${i + 1}: the two aggregations disagree:\n  ${problems.join('\n  ')}`);
  }

  const oursMs = median(ours.map((r) => r.ms));
  const duckMs = median(duck.map((r) => r.ms));
  const oursPeak = mb(Math.max(...ours.map((r) => r.peakRssBytes)));
  const duckPeak = mb(Math.max(...duck.map((r) => r.peakRssBytes)));
  const startUp = median([...ours, ...duck].map((r) => r.processMs - r.ms));
  const ratio = oursMs / duckMs;
  const lines = [
    'WRES staff-level aggregation benchmark',
    `  input    ${grouped(ROWS)} rows, ${(generated.value.bytes / 1e6).toFixed(1)} MB ESR-style CSV (generated in its own process${generated.value.reused ? '; reused' : ''})`,
    `  machine  Node ${process.version}, ${cpus().length} CPUs; ${RUNS} runs of each side, interleaved, each in its own process`,
    `  ours     ${(oursMs / 1000).toFixed(2)} s  ${grouped(ROWS / (oursMs / 1000)).padStart(9)} rows/s  peak RSS ${oursPeak.toFixed(0)} MB  (papaparse + domain aggregator)`,
    `  DuckDB   ${(duckMs / 1000).toFixed(2)} s  ${grouped(ROWS / (duckMs / 1000)).padStart(9)} rows/s  peak RSS ${duckPeak.toFixed(0)} MB  (read_csv + GROUP BY, ${DUCKDB_THREADS} threads)`,
    `  ratio    ${ratio.toFixed(2)}× DuckDB's wall time (target ≤ ${TARGET_RATIO}×: ${met(ratio <= TARGET_RATIO)})`,
    `  memory   ours peaks at ${oursPeak.toFixed(0)} MB (target < ${TARGET_PEAK_MB} MB: ${met(oursPeak < TARGET_PEAK_MB)})`,
    `  check    totals per ethnic group agree: records, headcount, shortlisted, appointed, disciplinary, training, board`,
    `  note     median wall time of the work in each process; process start-up (node + tsx, ${(startUp / 1000).toFixed(2)} s) excluded from both`,
  ];
  console.log(lines.join('\n'));
}
