/**
 * `npm run test:jest`: Jest in two passes, one summary.
 *
 * Why two: V8 coverage attaches the inspector and enables its debugger in the process running the
 * tests (Jest runs in band on a 2-core machine), and Node 20's V8 can abort the whole run with a
 * fatal check (`ScopeIterator::VisitLocalScope`) when that debugger pauses inside the long jsdom
 * and browser suites. Coverage is required only for `src/domain`, which its own tests cover in
 * full, so only that pass runs with `--coverage`; everything else runs without the inspector.
 *
 *   1. `test/domain` (node project) with coverage and the 100% threshold on src/domain;
 *   2. every other test (node, jsdom, e2e), without coverage.
 *
 * Each pass writes its own totals (test/support/summary-reporter.cjs, path from JEST_SUMMARY);
 * this script adds them into test-artifacts/jest-summary.json, which .ci/run reads. A pass that
 * dies before writing its totals counts as one failure. Arguments after `--` run one plain Jest
 * pass with them instead (e.g. `npm run test:jest -- test/e2e/dashboard.test.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Totals {
  passed: number;
  failed: number;
  total: number;
  failedSuites: number;
}

const artifacts = 'test-artifacts';
const jestBin = join('node_modules', 'jest', 'bin', 'jest.js');

function runPass(name: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): { status: number; totals: Totals } {
  const summary = join(artifacts, `jest-summary-${name}.json`);
  rmSync(summary, { force: true });
  console.log(`\nJest, ${name}: jest ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [jestBin, '-c', 'jest.config.cjs', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, JEST_SUMMARY: summary },
  });
  const status = result.status ?? 1;
  if (!existsSync(summary)) {
    console.error(`Jest, ${name}: ended (${result.signal ?? `exit ${status}`}) without writing its totals; counted as one failure.`);
    return { status: status || 1, totals: { passed: 0, failed: 1, total: 1, failedSuites: 1 } };
  }
  return { status, totals: JSON.parse(readFileSync(summary, 'utf8')) as Totals };
}

const extra = process.argv.slice(2);
const passes =
  extra.length > 0
    ? [runPass('selected', extra)]
    : [
        // The domain tests need no built tab: skip the build here, the second pass makes it.
        runPass('domain', ['--selectProjects', 'node', '--coverage', '--', '/test/domain/'], { TAB_BUILD: 'skip' }),
        runPass('rest', ['--testPathIgnorePatterns', '/node_modules/', '/test/domain/']),
      ];

const totals = passes.reduce<Totals>(
  (sum, { totals: t }) => ({
    passed: sum.passed + t.passed,
    failed: sum.failed + t.failed,
    total: sum.total + t.total,
    failedSuites: sum.failedSuites + t.failedSuites,
  }),
  { passed: 0, failed: 0, total: 0, failedSuites: 0 },
);
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, 'jest-summary.json'), `${JSON.stringify(totals, null, 2)}\n`);
console.log(`\nJest, all passes: ${totals.passed} passed, ${totals.failed} failed.`);
process.exit(passes.every((pass) => pass.status === 0) ? 0 : 1);
