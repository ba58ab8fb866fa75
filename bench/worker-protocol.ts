/**
 * How a benchmark worker reports back: one JSON line on stdout, prefixed so that nothing else a
 * library prints can be mistaken for it.
 */
import { readFileSync } from 'node:fs';

export const REPORT_PREFIX = 'BENCH-REPORT ';

export interface WorkerReport<T> {
  /** Wall time of the measured work, from just before the file is opened to the final counts. */
  readonly ms: number;
  /** Peak resident set size of the whole worker process, in bytes (the larger of the two readings below). */
  readonly peakRssBytes: number;
  /** `process.resourceUsage().maxRSS`, in bytes. */
  readonly maxRssBytes: number;
  /** VmHWM from /proc/self/status, in bytes; null where there is no /proc. */
  readonly vmHwmBytes: number | null;
  readonly value: T;
}

/** VmHWM (peak resident set) of a process, in bytes, or null when /proc cannot be read. */
export function vmHwmBytes(pid: number | 'self'): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

/** Runs the measured work in this (worker) process and prints its report. */
export async function reportFromWorker<T>(work: () => Promise<T>): Promise<void> {
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const hwm = vmHwmBytes('self');
  const report: WorkerReport<T> = { ms, peakRssBytes: Math.max(maxRssBytes, hwm ?? 0), maxRssBytes, vmHwmBytes: hwm, value };
  process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(report)}\n`);
}
