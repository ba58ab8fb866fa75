import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { FRAME_ANCESTORS, securityHeaders } from '../../config/security-headers';
import { prepareStaticUpload } from '../../scripts/prepare-static-upload';
import type { RunningServer } from '../support/local-server';
import { writeSyntheticEsrExtract } from '../support/synthetic-esr-extract';
import { startServerAndBrowser, stopServerAndBrowser } from './support/browser';

let server: RunningServer;
let context: BrowserContext;
let page: Page;
/** Content-Security-Policy complaints Chromium writes to the console (pages and Workers alike). */
const consoleComplaints: string[] = [];

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    reportCspViolation?: (violation: Violation) => void;
    injectedScriptRan?: boolean;
  }
}

/** Every violation reported by any page or frame, kept here so that navigations lose none. */
const reported: Violation[] = [];
let onReport: (() => void) | undefined;

function complain(text: string): void {
  if (/Content Security Policy/i.test(text)) consoleComplaints.push(text);
}

/** The global headers of a written staticwebapp.config.json. */
function globalHeadersIn(file: string): Record<string, string> {
  return (JSON.parse(readFileSync(file, 'utf8')) as { globalHeaders: Record<string, string> }).globalHeaders;
}

beforeAll(async () => {
  ({ server, context, page } = await startServerAndBrowser({ REMINDERS: 'off' }));
  await context.exposeFunction('reportCspViolation', (violation: Violation) => {
    reported.push(violation);
    onReport?.();
  });
  // Before any page script runs, in every page and frame: pass on every violation the browser reports.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportCspViolation?.({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  page.on('console', (message) => complain(message.text()));
  // A Worker's violations reach neither the page's listener nor its console: listen to each Worker's own.
  page.on('worker', (worker) => worker.on('console', (message) => complain(`worker ${worker.url()}: ${message.text()}`)));
}, 180000);

afterAll(() => stopServerAndBrowser({ server, context }));

/** Resolves once at least one violation has been reported. */
const aViolationIsReported = (): Promise<void> =>
  new Promise((resolve) => {
    onReport = resolve;
    if (reported.length > 0) resolve();
  });

async function open(hash: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${server.url}/${hash}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

test('every response carries the Content-Security-Policy with frame-ancestors for Teams, Outlook and Microsoft 365 only, and the other security headers', async () => {
  const expected = securityHeaders();
  for (const path of ['/', '/index.html', '/config.json', '/graph/v1.0/sites/root', '/no-such-file.js']) {
    const response = await fetch(`${server.url}${path}`);
    const headers = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
    expect({ path, headers }).toEqual({ path, headers: expected });
  }
  const csp = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
  const frameAncestors = csp
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('frame-ancestors '));
  expect(frameAncestors?.split(' ').slice(1)).toEqual([...FRAME_ANCESTORS]);
  expect(frameAncestors).toContain('https://teams.microsoft.com');
  expect(frameAncestors).toContain('https://*.cloud.microsoft');
  expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe/);
});

test("Vite's build manifest and the static host's configuration are not served", async () => {
  // The build writes the manifest (the bundle-budget test reads it), so its absence from the answers is the server's doing.
  expect(readFileSync(join(process.cwd(), 'dist', '.vite', 'manifest.json'), 'utf8')).toContain('"isEntry"');
  for (const path of ['/.vite/manifest.json', '/.vite/', '/staticwebapp.config.json', '/%2Evite/manifest.json']) {
    const response = await fetch(`${server.url}${path}`);
    expect({ path, status: response.status }).toEqual({ path, status: 404 });
  }
});

test("the Static Web App is given exactly the headers the local server sends; only the api's origin is added to connect-src", async () => {
  const dist = mkdtempSync(join(tmpdir(), 'swa-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');

  const served = await fetch(server.url);
  const sameOrigin = globalHeadersIn(prepareStaticUpload(dist, undefined));
  expect(Object.keys(sameOrigin).toSorted()).toEqual(Object.keys(securityHeaders()).toSorted());
  for (const [name, value] of Object.entries(sameOrigin)) expect({ name, value }).toEqual({ name, value: served.headers.get(name) });

  const withApi = globalHeadersIn(prepareStaticUpload(dist, 'https://race-equality-api.azurewebsites.net/'));
  const localCsp = served.headers.get('content-security-policy') ?? '';
  expect(withApi['Content-Security-Policy']).toBe(localCsp.replace(/connect-src ([^;]*)/, 'connect-src $1 https://race-equality-api.azurewebsites.net'));
  expect({ ...withApi, 'Content-Security-Policy': '' }).toEqual({ ...sameOrigin, 'Content-Security-Policy': '' });
  expect(existsSync(join(dist, '.vite'))).toBe(false);
  expect(() => prepareStaticUpload(dist, 'http://api.example.org')).toThrow('apiBaseUrl must use https');
});

test('the tab runs under its policy with no violation: dashboard, an action, reports and the staff-import Worker', async () => {
  reported.length = 0;
  await open('#/dashboard', 'Dashboard');
  await page.getByRole('article', { name: /^Indicator 9: / }).waitFor();

  await open('#/actions', 'Actions');
  const firstAction = page.locator('main a[href^="#/actions/"]').first();
  const title = (await firstAction.textContent()) ?? '';
  await firstAction.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();

  await open('#/reports', 'Reports');
  await open('#/reports/board', 'Board report');

  const folder = mkdtempSync(join(tmpdir(), 'csp-staff-'));
  const staffFile = join(folder, 'esr-staff-in-post.csv');
  await writeSyntheticEsrExtract(staffFile, 60);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await open('#/reports/import/staff', 'Import staff records');
  await page.getByLabel('Staff in post (ESR extract)').setInputFiles(staffFile);
  await page.getByRole('button', { name: 'Count staff' }).click();
  await page.getByRole('heading', { name: 'Check the counts' }).waitFor();
  expect(workers.some((url) => url.includes('staff-aggregation'))).toBe(true);

  expect(reported).toEqual([]);
  expect(consoleComplaints).toEqual([]);
}, 120000);

test('the listener does catch a violation: an inline script injected on purpose is blocked and reported', async () => {
  await open('#/dashboard', 'Dashboard');
  reported.length = 0;
  const violation = aViolationIsReported();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.body.append(script);
  });
  await violation;
  expect(reported).toEqual([{ directive: 'script-src-elem', blocked: 'inline', sample: '' }]);
  expect(await page.evaluate(() => window.injectedScriptRan ?? false)).toBe(false);
});

test('a page on any other site that frames the tab gets nothing: the browser refuses to show it', async () => {
  // Another origin (another port on loopback) standing in for an attacker's site.
  const attacker: Server = createServer((_request, response) => {
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><title>elsewhere</title><iframe title="tab" src="${server.url}/#/dashboard"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  try {
    // Chromium replaces a frame its frame-ancestors refuse with its own error page. Whether or not a
    // navigation event is seen for it (it may come before or without one), the frame's address
    // settles there: wait for that state, within a bound.
    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    const frameUrl = (): string =>
      page
        .frames()
        .find((frame) => frame !== page.mainFrame())
        ?.url() ?? '';
    const deadline = Date.now() + 20000;
    while (frameUrl() !== 'chrome-error://chromewebdata/' && Date.now() < deadline) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
    expect(frameUrl()).toBe('chrome-error://chromewebdata/');
  } finally {
    attacker.closeAllConnections();
    await new Promise((resolve) => attacker.close(resolve));
    consoleComplaints.length = 0;
  }
}, 60000);
