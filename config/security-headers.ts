/**
 * The tab's HTTP security headers, defined once. The local server (`npm start`) sends them on every
 * response, and the Azure Static Web App serves the same ones as `globalHeaders` in
 * `staticwebapp.config.json`, which the deploy step writes from this module
 * (scripts/static-web-app-config.ts). Pure data: no I/O, so the server, the deploy script, the
 * Vite config and the tests can all import it.
 */

/** Microsoft Graph, which the tab calls directly with each person's own token. */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
/** Microsoft Entra sign-in: MSAL's token requests and, in a plain browser, silent renewal in a hidden frame. */
export const LOGIN_ORIGIN = 'https://login.microsoftonline.com';

/**
 * The only pages that may frame the tab: Teams, Outlook and the Microsoft 365 app, as Microsoft
 * lists them for tabs ("Tab requirements", learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements),
 * plus the tab's own origin. Every other site gets a blank frame, so the tab cannot be clickjacked.
 */
export const FRAME_ANCESTORS: readonly string[] = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  // Teams, Outlook and Microsoft 365 on the web are moving to *.cloud.microsoft (teams.cloud.microsoft, outlook.cloud.microsoft, m365.cloud.microsoft).
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

export interface SecurityHeaderOptions {
  /**
   * The api's address when it is not the tab's own origin: the Function App that publishes to the
   * Good Practice Hub (`apiBaseUrl` in config.json, `API_FUNCTION_ENDPOINT` in env/.env.<name>).
   * Locally the api is served by the same process, so it is left out.
   */
  apiBaseUrl?: string;
}

/** The origin of an https address (or http on loopback, for local tests); anything else is refused, naming the setting. */
export function apiOrigin(apiBaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(apiBaseUrl);
  } catch {
    throw new Error(`apiBaseUrl must be an absolute https address such as https://<name>.azurewebsites.net; it is "${apiBaseUrl}".`);
  }
  const loopback = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  if (url.protocol !== 'https:' && !loopback) {
    throw new Error(`apiBaseUrl must use https; it is "${apiBaseUrl}".`);
  }
  return url.origin;
}

/**
 * The Content-Security-Policy, directive by directive.
 *
 * - Scripts come only from the tab's own origin: Vite's build has no inline script (a browser test
 *   checks), and the staff-file Worker is a module file of its own (`worker-src 'self'`).
 * - Styles allow 'unsafe-inline', and only styles: Fluent UI v9 (Griffel) writes its atomic CSS into
 *   `<style>` elements at run time, and its positioning (popovers, menus, tooltips) and the charts
 *   set inline `style` attributes. A static host cannot give each response a nonce, and Fluent has no
 *   supported build-time extraction for Vite. Inline CSS cannot run script; the data-stealing tricks
 *   it allows need to load an image or font from elsewhere, which `img-src` and `font-src` forbid.
 * - Connections go to the tab's origin (locally also the Graph store and the api), Graph, Entra
 *   sign-in, and the api's origin when it is elsewhere. Nothing else: no analytics, no CDN.
 */
export function contentSecurityPolicy(options: SecurityHeaderOptions = {}): string {
  const connect = ["'self'", GRAPH_ORIGIN, LOGIN_ORIGIN];
  if (options.apiBaseUrl) {
    const origin = apiOrigin(options.apiBaseUrl);
    if (!connect.includes(origin)) connect.push(origin);
  }
  const directives: [string, readonly string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // data: for the empty favicon in index.html.
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', connect],
    ['worker-src', ["'self'"]],
    // MSAL's silent renewal in a plain browser: Entra's page, which returns to a page of the tab's own origin.
    ['frame-src', ["'self'", LOGIN_ORIGIN]],
    ['frame-ancestors', FRAME_ANCESTORS],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Every security header the tab is served with. `Strict-Transport-Security` is ignored by browsers
 * over plain http (RFC 6797 §8.1), so sending it locally changes nothing there.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    // Graph URLs carry site ids: no page address is sent to any other site.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // The tab uses no device features; clipboard (Copy link) and fullscreen stay as the host frames allow.
    'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Strict-Transport-Security': 'max-age=31536000',
  };
}

/** Cache rules, the same locally and on the static host: index.html and config.json are always fresh; hashed assets never change. */
export const CACHE_CONTROL = {
  configJson: 'no-store',
  indexHtml: 'no-cache',
  hashedAsset: 'public, max-age=31536000, immutable',
} as const;

/** Built files that are never served: Vite's build manifest (it maps source paths to chunks) and the host's own configuration. */
export function isPrivateBuildFile(pathName: string): boolean {
  const path = pathName.replace(/^\/+/, '');
  return path.startsWith('.vite/') || path === '.vite' || path === 'staticwebapp.config.json';
}
