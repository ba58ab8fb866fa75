/** Worker: writes the synthetic ESR extract (`<file> <rows>`), in a process of its own. */
import { generateEsrCsv } from './generate-esr-csv';
import { reportFromWorker } from './worker-protocol';

const [file, rows] = process.argv.slice(2);
if (file === undefined || rows === undefined) throw new Error('usage: generate-worker.ts <file> <rows>');
await reportFromWorker(() => generateEsrCsv(file, Number(rows)));
