import { CACHE_CONTROL, type SecurityHeaderOptions, securityHeaders } from './security-headers';

/** The parts of Azure Static Web Apps' `staticwebapp.config.json` the tab uses. */
export interface StaticWebAppConfig {
  globalHeaders: Readonly<Record<string, string>>;
  routes: { route: string; headers?: Record<string, string>; statusCode?: number }[];
}

/**
 * `staticwebapp.config.json` for the tab: the security headers of config/security-headers.ts on
 * every response, and the local server's cache rules. Azure Static Web Apps takes headers only from
 * this file (its Azure resource has no header settings), so the deploy writes it into dist/.
 */
export function staticWebAppConfig(options: SecurityHeaderOptions = {}): StaticWebAppConfig {
  return {
    globalHeaders: securityHeaders(options),
    routes: [
      { route: '/config.json', headers: { 'Cache-Control': CACHE_CONTROL.configJson } },
      { route: '/index.html', headers: { 'Cache-Control': CACHE_CONTROL.indexHtml } },
      { route: '/', headers: { 'Cache-Control': CACHE_CONTROL.indexHtml } },
      { route: '/assets/*', headers: { 'Cache-Control': CACHE_CONTROL.hashedAsset } },
      // The deploy removes Vite's build manifest; should one ever be uploaded, it is still not served.
      { route: '/.vite/*', statusCode: 404 },
    ],
  };
}
