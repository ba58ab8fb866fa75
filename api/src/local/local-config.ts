import { resolve } from 'node:path';

/** How `npm start` is set up, from the environment, with the defaults the README promises. */
export interface LocalServerSettings {
  host: string;
  port: number;
  dataDir: string;
  organisationName: string;
}

export function readLocalServerSettings(env: NodeJS.ProcessEnv, cwd: string): LocalServerSettings {
  const rawPort = env.PORT ?? '53000';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (0 picks a free port); it is "${rawPort}".`);
  }
  return {
    // Bound to loopback only: the local store holds demo data and trusts its callers.
    host: '127.0.0.1',
    port,
    dataDir: resolve(cwd, env.DATA_DIR ?? '.data'),
    organisationName: env.ORGANISATION_NAME ?? 'Demo NHS Trust',
  };
}

/** The `config.json` the tab reads at start-up in local mode. */
export function localRuntimeConfig(settings: LocalServerSettings): Record<string, unknown> {
  return {
    mode: 'local',
    organisationName: settings.organisationName,
    graphBaseUrl: '/graph/v1.0',
    siteId: 'demo-trust',
    librarySite: 'good-practice-hub',
    demoDirectoryUrl: 'local/directory',
  };
}
