/// <reference lib="webworker" />
/**
 * The Worker that reads staff files. Files reach it as File handles (structured clone shares the
 * handle, not a copy of the contents), it reads and counts them here, off the page's thread, and
 * it posts back only counts. It has no network code: nothing here can send a file anywhere.
 */
import { readStaffFileHeader } from './read-staff-file';
import { runStaffJob } from './run-staff-job';
import { messageOf } from '../../storage/ports';
import type { FromWorker, ToWorker } from './worker-protocol';

/** This Worker's own scope, checked: the module means nothing anywhere else. */
function workerScope(): DedicatedWorkerGlobalScope {
  if (typeof DedicatedWorkerGlobalScope === 'function' && self instanceof DedicatedWorkerGlobalScope) return self;
  throw new Error('The staff file reader runs only in a dedicated Worker.');
}

const scope = workerScope();
// A Worker's postMessage goes only to the page that started it and takes no target origin.
// oxlint-disable-next-line unicorn/require-post-message-target-origin
const post = (message: FromWorker) => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const work =
    message.type === 'header'
      ? readStaffFileHeader(message.file).then((header) => post({ type: 'header', header }))
      : runStaffJob(message.job, (progress) => post({ type: 'progress', progress })).then((counts) => post({ type: 'counted', counts }));
  work.catch((error: unknown) => post({ type: 'failed', message: messageOf(error) }));
});
