/**
 * Runs every benchmark in turn: `npm run bench`, or some of them by name
 * (`npm run bench -- local-store`). Figures go in the README.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runAggregateStaffBench } from './aggregate-staff-bench';
import { runLocalStoreBench } from './local-store-bench';
import { runPlanSizeBrowserBench } from './plan-size-browser-bench';
import { runStaffImportBrowserBench } from './staff-import-browser-bench';

const BENCHMARKS: Readonly<Record<string, () => Promise<void>>> = {
  'staff-aggregation': runAggregateStaffBench,
  'staff-import-browser': runStaffImportBrowserBench,
  'local-store': runLocalStoreBench,
  'plan-size-browser': runPlanSizeBrowserBench,
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}.`);

// Generated inputs and scratch databases live here; a fresh clone has no such folder (it is ignored by git).
mkdirSync(join(process.cwd(), 'bench', '.work'), { recursive: true });
for (const [name, run] of Object.entries(BENCHMARKS)) {
  if (chosen.length === 0 || chosen.includes(name)) await run();
}
