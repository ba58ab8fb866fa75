/**
 * Bundles the Azure Functions (api/src/functions) and everything they import into one CommonJS
 * file, api/dist/functions.js, so the Function App needs no node_modules and no TypeScript: deploy
 * the api/ folder (host.json, package.json, dist/). `@azure/functions-core` stays external because
 * the Functions host provides it at run time. The entry wires only Entra verification and the
 * managed identity; the local demo's sign-in (api/src/local) is the local server's and never reaches
 * the bundle (test/build/api-bundle.test.ts checks).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'api', 'dist');

export async function buildApi(): Promise<string> {
  const outfile = join(outDir, 'functions.js');
  await build({
    entryPoints: [join(root, 'api', 'src', 'functions', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['@azure/functions-core'],
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  // api/package.json says "module" (its TypeScript sources are ES modules); the bundle is CommonJS.
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  return outfile;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = await buildApi();
  console.log(`Built ${file}. Deploy the api/ folder: host.json, package.json and dist/.`);
}
