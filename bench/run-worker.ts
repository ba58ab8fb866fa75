/**
 * Runs a benchmark worker in its own Node process, so each side's memory is its own: the parent
 * polls the child's VmHWM while it runs, and the child reports its own peak at the end.
 */
import { spawn } from 'node:child_process';
import { REPORT_PREFIX, type WorkerReport, vmHwmBytes } from './worker-protocol';

export interface WorkerRun<T> extends WorkerReport<T> {
  /** Wall time of the whole child process, start-up included. */
  readonly processMs: number;
  /** Highest VmHWM the parent saw while polling the child, in bytes. */
  readonly polledPeakBytes: number;
}

export function runWorker<T>(script: string, args: readonly string[]): Promise<WorkerRun<T>> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let polledPeakBytes = 0;
    const poll = setInterval(() => {
      if (child.pid !== undefined) polledPeakBytes = Math.max(polledPeakBytes, vmHwmBytes(child.pid) ?? 0);
    }, 5);
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      stdout += text;
    });
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const processMs = performance.now() - started;
      const line = stdout.split('\n').find((l) => l.startsWith(REPORT_PREFIX));
      if (code !== 0 || line === undefined) {
        reject(new Error(`${script} ${args.join(' ')} exited with code ${String(code)} and no report:\n${stdout}`));
        return;
      }
      const report = JSON.parse(line.slice(REPORT_PREFIX.length)) as WorkerReport<T>;
      resolve({ ...report, processMs, polledPeakBytes, peakRssBytes: Math.max(report.peakRssBytes, polledPeakBytes) });
    });
  });
}
