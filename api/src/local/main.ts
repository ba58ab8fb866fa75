import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localRuntimeConfig, readLocalServerSettings } from './local-config';
import { createLocalServer } from './server';
import { ensureTabBuilt } from './tab-build';

const rootDir = fileURLToPath(new URL('../../..', import.meta.url));
const distDir = join(rootDir, 'dist');

async function main(): Promise<void> {
  const settings = readLocalServerSettings(process.env, process.cwd());
  mkdirSync(settings.dataDir, { recursive: true });
  await ensureTabBuilt(rootDir, distDir, (line) => console.log(line));

  const server = await createLocalServer({ distDir, runtimeConfig: localRuntimeConfig(settings) });
  const address = await server.listen({ host: settings.host, port: settings.port });
  console.log(`Race Equality Plan is running at ${address}/ (demo data in ${settings.dataDir})`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
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
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
