/**
 * Runs the test suite while every core is kept busy, as on a shared or overloaded CI machine
 * (issue 13: the suite must hold under load, twice in a row).
 *
 *   npm run test:under-load                         # `npm test` with one CPU burner per core
 *   npm run test:under-load -- npx jest -c jest.config.cjs test/e2e/dashboard.test.ts
 *   npm run test:under-load -- --burn-only          # only the burners, until Ctrl+C
 *
 * LOAD_BURNERS=N sets the number of burners (default: one per core). The environment (e.g.
 * REQUIRE_BROWSER=1) is passed on to the command. The burners are stopped whatever happens: when
 * the command ends, on Ctrl+C or SIGTERM, and by themselves if this script dies without cleaning up.
 * The exit code is the command's.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

// Busy for 200 ms at a time, then checks that the script that started it is still there.
const BURNER = `
const parent = process.ppid;
for (;;) {
  const until = Date.now() + 200;
  while (Date.now() < until);
  if (process.ppid !== parent) process.exit(0);
  try { process.kill(parent, 0); } catch { process.exit(0); }
}
`;

const args = process.argv.slice(2);
const burnOnly = args[0] === '--burn-only';
const command = burnOnly || args.length === 0 ? ['npm', 'test'] : args;
const count = Number(process.env.LOAD_BURNERS ?? availableParallelism());
if (!Number.isInteger(count) || count < 0) throw new Error(`LOAD_BURNERS must be a whole number, not "${process.env.LOAD_BURNERS}".`);

const burners: ChildProcess[] = Array.from({ length: count }, () => spawn(process.execPath, ['-e', BURNER], { stdio: 'ignore' }));
let stopped = false;
function stopBurners(): void {
  if (stopped) return;
  stopped = true;
  for (const burner of burners) if (burner.exitCode === null && burner.signalCode === null) burner.kill('SIGKILL');
}
process.on('exit', stopBurners);

console.log(`test-under-load: ${count} CPU burner${count === 1 ? '' : 's'} running (pids ${burners.map((b) => b.pid).join(', ')}).`);

let suite: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopBurners();
    if (suite && suite.exitCode === null) suite.kill(signal);
    else process.exit(130);
  });
}

if (burnOnly) {
  console.log('test-under-load: burning only; stop with Ctrl+C.');
  setInterval(() => undefined, 1 << 30);
} else {
  const started = Date.now();
  console.log(`test-under-load: running ${command.join(' ')}`);
  const [file = 'npm', ...rest] = command;
  suite = spawn(file, rest, { stdio: 'inherit', env: process.env });
  suite.on('error', (error) => {
    console.error(`test-under-load: could not start ${file}: ${error.message}`);
    stopBurners();
    process.exit(127);
  });
  suite.on('exit', (code, signal) => {
    stopBurners();
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`test-under-load: ${command.join(' ')} ended with ${signal ?? `code ${code}`} after ${seconds} s under load.`);
    process.exit(code ?? 1);
  });
}
