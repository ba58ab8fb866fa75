import type { FromWorker, ToWorker } from './worker-protocol';
import { CancelledError, type StaffFileCounts, type StaffFileHeader, type StaffJob, type StaffJobProgress } from './staff-job';

/** A running count that can be cancelled. */
export interface RunningJob {
  readonly done: Promise<StaffFileCounts[]>;
  cancel(): void;
}

/** Reads and counts staff files: in a Web Worker in the browser, in the page where none exists. */
export interface StaffRunner {
  readonly inWorker: boolean;
  readHeader(file: File): Promise<StaffFileHeader>;
  count(job: StaffJob, onProgress: (progress: StaffJobProgress) => void): RunningJob;
}

async function ask(message: ToWorker, onProgress?: (progress: StaffJobProgress) => void): Promise<{ answer: Promise<FromWorker>; worker: Worker }> {
  const { startStaffWorker } = await import('./start-worker');
  const worker = startStaffWorker();
  const answer = new Promise<FromWorker>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      if (event.data.type === 'progress') onProgress?.(event.data.progress);
      else resolve(event.data);
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'The file reader stopped unexpectedly.')));
  });
  // A Worker's postMessage goes only to that Worker and takes no target origin.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  worker.postMessage(message);
  // Each request gets its own Worker, ended once it has answered: no file handle outlives its job.
  void answer.finally(() => worker.terminate()).catch(() => undefined);
  return { answer, worker };
}

/**
 * Runs in a Worker. A File posted to it is shared by handle, so even a 70 MB extract is not
 * copied; Cancel ends the Worker at once, mid-chunk, and with it everything it had read.
 */
const workerRunner: StaffRunner = {
  inWorker: true,
  async readHeader(file) {
    const { answer } = await ask({ type: 'header', file });
    const reply = await answer;
    if (reply.type === 'header') return reply.header;
    throw new Error(reply.type === 'failed' ? reply.message : 'Unexpected reply from the file reader.');
  },
  count(job, onProgress) {
    const started = ask({ type: 'count', job }, onProgress);
    let rejectCancel: ((error: Error) => void) | undefined;
    const cancelled = new Promise<never>((_, reject) => (rejectCancel = reject));
    const done = Promise.race([started.then(({ answer }) => answer), cancelled]).then((reply) => {
      if (reply.type === 'counted') return reply.counts;
      throw new Error(reply.type === 'failed' ? reply.message : 'Unexpected reply from the file reader.');
    });
    return {
      done,
      cancel() {
        rejectCancel?.(new CancelledError());
        // If the Worker never started, `done` already carries that failure; there is nothing to end.
        void started.then(({ worker }) => worker.terminate()).catch(() => undefined);
      },
    };
  },
};

/** Runs on the page's own thread, for environments without Web Workers; Cancel stops at the next chunk. */
export const pageRunner: StaffRunner = {
  inWorker: false,
  async readHeader(file) {
    const { readStaffFileHeader } = await import('./read-staff-file');
    return readStaffFileHeader(file);
  },
  count(job, onProgress) {
    const controller = new AbortController();
    const done = import('./run-staff-job').then(({ runStaffJob }) => runStaffJob(job, onProgress, controller.signal));
    return { done, cancel: () => controller.abort() };
  },
};

/** The Worker runner wherever Web Workers exist. */
export function defaultStaffRunner(): StaffRunner {
  return typeof Worker === 'function' ? workerRunner : pageRunner;
}
