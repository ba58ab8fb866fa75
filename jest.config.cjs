/**
 * One Jest run covers every layer, so `npm test` reports a single count:
 * - node:  domain, storage, api, app package, lint rules, scripts;
 * - jsdom: React components, features, host and app shell;
 * - e2e:   real Chromium against the real `npm start` server.
 */
const { existsSync } = require('node:fs');

const swcTs = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }];
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript', jsx: true }, target: 'es2022' } }];
const transform = { '^.+\\.tsx?$': swcTs, '^.+\\.(js|jsx|mjs)$': swcJs };
// These ship ESM only: d3-* and internmap (via @fluentui/react-charts), wouter and regexparam (routing),
// strip-bom (via @microsoft/app-manifest), content-disposition (via @fastify/static), cookie (via fastify's inject), jose (Entra token checks). Let swc compile them to CommonJS for Jest.
const transformIgnorePatterns = ['/node_modules/(?!(d3-[^/]+|internmap|wouter|regexparam|strip-bom|content-disposition|cookie|jose)/)'];

const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browserRequired = process.env.REQUIRE_BROWSER === '1';
const runBrowserTests = browserRequired || existsSync(chromiumPath);
if (!runBrowserTests) {
  console.log(
    `Browser tests skipped: Chromium not found at ${chromiumPath}. Install it with "apt-get install -y chromium" (or set CHROME_PATH); set REQUIRE_BROWSER=1 to make this a failure.`,
  );
}

const nodeProject = {
  displayName: 'node',
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns,
  // `*.node.test.ts` elsewhere: code that runs in a browser Worker and needs what jsdom lacks (Blob.arrayBuffer), which Node has as browsers do.
  testMatch: ['<rootDir>/test/{domain,storage,api,app-package,lint,scripts,build}/**/*.test.ts', '<rootDir>/test/**/*.node.test.ts'],
};

const jsdomProject = {
  displayName: 'jsdom',
  testEnvironment: 'jsdom',
  transform,
  transformIgnorePatterns,
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testMatch: ['<rootDir>/test/{app,features,components,host,lib}/**/*.test.ts?(x)'],
  testPathIgnorePatterns: ['\\.node\\.test\\.ts$'],
};

const e2eProject = {
  displayName: 'e2e',
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns,
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  // 120 s per browser test instead of the default 30 s (see the file).
  setupFilesAfterEnv: ['<rootDir>/test/e2e/support/timeouts.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: runBrowserTests ? [nodeProject, jsdomProject, e2eProject] : [nodeProject, jsdomProject],
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/support/global-setup.cjs',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
  // The domain is the numbers a board reads: `npm test` runs with --coverage, and every line and
  // branch of src/domain must be exercised.
  coverageProvider: 'v8',
  collectCoverageFrom: ['<rootDir>/src/domain/**/*.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { './src/domain/': { branches: 100, functions: 100, lines: 100, statements: 100 } },
};
