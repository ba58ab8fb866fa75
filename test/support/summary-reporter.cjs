/**
 * Writes Jest's totals to test-artifacts/jest-summary.json, so .ci/run can print one plain
 * `tests: N passed, N failed` line that counts every test, browser tests included.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = join(this.rootDir, 'test-artifacts');
    mkdirSync(dir, { recursive: true });
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      total: results.numTotalTests,
      failedSuites: results.numFailedTestSuites,
    };
    writeFileSync(join(dir, 'jest-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  }
}

module.exports = SummaryReporter;
