/** Builds the tab once, before any test starts a server that would otherwise build it itself. */
const { spawnSync } = require('node:child_process');

module.exports = async function globalSetup() {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-tab-built.ts'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The tab could not be built before the tests.');
};
