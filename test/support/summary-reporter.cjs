/**
 * Writes Jest's totals to test-artifacts/jest-summary.json (or the path in JEST_SUMMARY, one per
 * pass of scripts/run-jest.ts), so .ci/run can print one plain `tests: N passed, N failed` line
 * that counts every test, browser tests included.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const file = process.env.JEST_SUMMARY ? resolve(this.rootDir, process.env.JEST_SUMMARY) : join(this.rootDir, 'test-artifacts', 'jest-summary.json');
    mkdirSync(dirname(file), { recursive: true });
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      total: results.numTotalTests,
      failedSuites: results.numFailedTestSuites,
    };
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  }
}

module.exports = SummaryReporter;
