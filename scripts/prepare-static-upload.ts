import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { staticWebAppConfig } from '../config/static-web-app-config';

/**
 * Readies a built tab (dist/) for upload to an Azure Static Web App:
 * - writes `staticwebapp.config.json` with the security headers (and the api's origin in
 *   connect-src when the api is elsewhere);
 * - removes Vite's build manifest (`.vite/`), which maps source files to chunks and is of no use
 *   to anyone running the tab.
 *
 *   node --import tsx scripts/prepare-static-upload.ts [--dist ./dist] [--api-base-url https://<fn>.azurewebsites.net]
 */
export function prepareStaticUpload(distDir: string, apiBaseUrl: string | undefined): string {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} holds no index.html: build the tab first (npm run build).`);
  const config = staticWebAppConfig(apiBaseUrl ? { apiBaseUrl } : {});
  const target = join(distDir, 'staticwebapp.config.json');
  writeFileSync(target, `${JSON.stringify(config, null, 2)}\n`);
  rmSync(join(distDir, '.vite'), { recursive: true, force: true });
  return target;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, 'api-base-url': { type: 'string' } } });
  try {
    // An unset toolkit variable arrives as an empty string: the api is then the tab's own origin.
    const api = values['api-base-url']?.trim();
    const written = prepareStaticUpload(resolve(values.dist), api === '' ? undefined : api);
    console.log(`Wrote ${written}; removed the build manifest.`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
