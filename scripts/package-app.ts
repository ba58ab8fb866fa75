/**
 * `npm run package [-- --env <name>] [--out <dir>] [--env-dir <dir>]`
 *
 * Builds the Teams app package for one environment (default `local`) from appPackage/manifest.json
 * and env/.env.<name> (+ env/.env.<name>.user), validated offline. The zip is ready to upload in
 * Teams (Apps > Manage your apps > Upload an app) or in the Teams admin centre.
 */
import { PackageError, buildAppPackage } from './app-package/build-package';

interface CliOptions {
  envName: string;
  outDir?: string;
  envDir?: string;
}

const usage = 'Usage: npm run package -- [--env <name>] [--out <dir>] [--env-dir <dir>]';

function parseArgs(args: readonly string[]): CliOptions {
  const options: CliOptions = { envName: 'local' };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') {
      console.log(usage);
      process.exit(0);
    }
    if (flag !== '--env' && flag !== '--out' && flag !== '--env-dir') throw new Error(`Unknown argument "${arg}".\n${usage}`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new Error(`${flag} needs a value.\n${usage}`);
    if (flag === '--env') options.envName = value;
    else if (flag === '--out') options.outDir = value;
    else options.envDir = value;
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const built = await buildAppPackage({ rootDir: process.cwd(), ...options });
  console.log(`Values from: ${built.envFiles.join(', ')}`);
  console.log(`Wrote ${built.zipPath} (${built.entries.join(', ')}); the manifest is valid against its schema.`);
}

main().catch((error: unknown) => {
  if (error instanceof PackageError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
