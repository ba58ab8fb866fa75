/** Worker: aggregates the extract with DuckDB (`<file> <threads>`), in a process of its own. */
import { aggregateWithDuckDb } from './aggregate-with-duckdb';
import { reportFromWorker } from './worker-protocol';

const [file, threads] = process.argv.slice(2);
if (file === undefined || threads === undefined) throw new Error('usage: aggregate-duckdb-worker.ts <file> <threads>');
await reportFromWorker(() => aggregateWithDuckDb(file, Number(threads)));
