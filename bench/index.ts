/** Runs every benchmark in turn: `npm run bench`. Figures go in the README. */
import { runAggregateStaffBench } from './aggregate-staff-bench';
import { runStaffImportBrowserBench } from './staff-import-browser-bench';

await runAggregateStaffBench();
await runStaffImportBrowserBench();
