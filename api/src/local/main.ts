import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localRuntimeConfig, readLocalServerSettings } from './local-config';
import { localGraphOptions } from './graph/settings';
import { loadDemoData, provisionHub } from './seed/seed-if-new';
import { createLocalServer } from './server';
import { ensureTabBuilt } from './tab-build';
import { startDailyReminders } from './local-wiring';

const rootDir = fileURLToPath(new URL('../../..', import.meta.url));
const distDir = join(rootDir, 'dist');

async function main(): Promise<void> {
  const settings = readLocalServerSettings(process.env, process.cwd());
  mkdirSync(settings.dataDir, { recursive: true });
  // TAB_BUILD=skip serves dist/ as it is (the store's own process tests need no tab).
  if (process.env.TAB_BUILD !== 'skip') await ensureTabBuilt(rootDir, distDir, (line) => console.log(line));

  // SEED=none starts with the empty sites only; otherwise a new DATA_DIR gets the demo trust.
  const seed = process.env.SEED ?? 'demo';
  if (seed !== 'demo' && seed !== 'none') throw new Error(`SEED must be "demo" or "none"; it is "${seed}".`);
  const server = await createLocalServer({
    distDir,
    runtimeConfig: localRuntimeConfig(settings),
    graph: localGraphOptions(settings.dataDir, process.env),
  });
  let reminders: { stop: () => void } | undefined;
  // Registered before the address is printed: until a listener exists, Ctrl+C kills the process outright.
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    reminders?.stop();
    console.log(`\n${signal} received: stopping…`);
    server.close().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const address = await server.listen({ host: settings.host, port: settings.port });
  const graphBaseUrl = `${address}/graph/v1.0`;
  if (seed === 'demo') {
    const outcome = await loadDemoData(graphBaseUrl, { rootDir, dataDir: settings.dataDir, today: new Date(), log: (line) => console.log(line) });
    if (outcome === 'loaded') console.log('Loaded the demo trust: three WRES years, an EDS2 review and 25 actions.');
    if (outcome === 'finished') console.log('Finished loading the demo data.');
  } else {
    // The hub's lists exist wherever the api is deployed; only the app's identity may create them.
    await provisionHub(graphBaseUrl);
  }
  console.log(`Race Equality Plan is running at ${address}/ (demo data in ${settings.dataDir})`);
  console.log('Press Ctrl+C to stop.');
  // The daily reminders, as the api's timer runs them in Azure: now for today, then every 24 hours.
  // REMINDERS=off leaves them out (the stores of SEED=none have no registered plans anyway).
  reminders = seed === 'demo' && process.env.REMINDERS !== 'off' ? startDailyReminders(graphBaseUrl, (line) => console.log(line)) : undefined;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
