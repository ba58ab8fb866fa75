/** Runs every benchmark in turn: `npm run bench`. Figures go in the README. */
import { runAggregateStaffBench } from './aggregate-staff-bench';

await runAggregateStaffBench();
