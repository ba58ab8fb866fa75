/**
 * Builds the tab once, before any test starts a server, so servers started in parallel never race
 * to write dist/. A failed build is reported but does not stop the unit tests; the browser tests
 * then fail on their own, naming the missing page.
 */
const { spawnSync } = require('node:child_process');

module.exports = async function globalSetup() {
  // TAB_BUILD=skip (as for the server) runs unit tests without rebuilding a stale tab first.
  if (process.env.TAB_BUILD === 'skip') return;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-tab-built.ts'], { stdio: 'inherit' });
  if (result.status !== 0) console.warn('\nThe tab did not build (see above); the browser tests will fail until it does.\n');
};
