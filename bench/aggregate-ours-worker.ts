/** Worker: aggregates the extract with papaparse and the domain aggregator, in a process of its own. */
import { aggregateWithPapaparse } from './aggregate-with-papaparse';
import { reportFromWorker } from './worker-protocol';

const [file] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: aggregate-ours-worker.ts <file>');
await reportFromWorker(() => aggregateWithPapaparse(file));
