import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, normalize, relative, resolve, sep } from 'node:path';
import JSZip from 'jszip';
import { loadEnvironment } from './env-file';
import { countOutlineViolations, readPngSize } from './png-size';
import { substitutePlaceholders } from './substitute';
import { validateManifest } from './validate-manifest';

/** A package that must not be uploaded; `problems` holds one line per thing to fix. */
export class PackageError extends Error {
  readonly problems: readonly string[];

  constructor(summary: string, problems: readonly string[]) {
    super(`${summary}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PackageError';
    this.problems = problems;
  }
}

export interface BuildOptions {
  /** The repository root: appPackage/, env/ and node_modules/ are found from here. */
  readonly rootDir: string;
  readonly envName: string;
  /** Defaults to `<rootDir>/env`. */
  readonly envDir?: string;
  /** Defaults to `<rootDir>/appPackage/build`. */
  readonly outDir?: string;
}

export interface BuiltPackage {
  readonly zipPath: string;
  readonly envFiles: readonly string[];
  readonly entries: readonly string[];
}

// Teams requires these sizes; the schema cannot say so, and the upload fails late without them.
const iconRules = [
  { key: 'color', width: 192, height: 192, outline: false },
  { key: 'outline', width: 32, height: 32, outline: true },
  { key: 'color32x32', width: 32, height: 32, outline: false },
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the icons the manifest names, checking each against Teams' rules. */
function collectIcons(manifest: Record<string, unknown>, appPackageDir: string, problems: string[]): Map<string, Buffer> {
  const icons = new Map<string, Buffer>();
  const declared = isRecord(manifest.icons) ? manifest.icons : {};
  for (const rule of iconRules) {
    const iconPath = declared[rule.key];
    if (typeof iconPath !== 'string') continue;
    const path = resolve(appPackageDir, iconPath);
    // An icon path is a path inside the package; refuse anything that climbs out of appPackage/.
    if (!path.startsWith(resolve(appPackageDir) + sep)) {
      problems.push(`icons.${rule.key} ("${iconPath}") must be a file inside appPackage/`);
      continue;
    }
    let buffer: Buffer;
    try {
      buffer = readFileSync(path);
    } catch {
      problems.push(`icons.${rule.key}: ${iconPath} does not exist in appPackage/`);
      continue;
    }
    try {
      const { width, height } = readPngSize(buffer);
      if (width !== rule.width || height !== rule.height) {
        problems.push(`icons.${rule.key}: ${iconPath} is ${width}x${height}; Teams needs ${rule.width}x${rule.height}`);
      }
      if (rule.outline) {
        const violations = countOutlineViolations(buffer);
        if (violations > 0) {
          problems.push(`icons.${rule.key}: ${iconPath} has ${violations} pixel(s) that are neither transparent nor pure white`);
        }
      }
    } catch (error) {
      problems.push(`icons.${rule.key}: ${iconPath} is not a readable PNG (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    icons.set(normalize(iconPath).split(sep).join('/'), buffer);
  }
  return icons;
}

/**
 * Builds `appPackage.<env>.zip` the way the Agents Toolkit's teamsApp/zipAppPackage does, but
 * offline: substitute `${{NAME}}` from the env files, validate against the bundled schema, check the
 * icons, and zip manifest.json with the icons at the root. Throws PackageError listing every problem.
 */
export async function buildAppPackage(options: BuildOptions): Promise<BuiltPackage> {
  const appPackageDir = join(options.rootDir, 'appPackage');
  const environment = loadEnvironment(options.envDir ?? join(options.rootDir, 'env'), options.envName);

  const template = readFileSync(join(appPackageDir, 'manifest.json'), 'utf8');
  const { text, missing } = substitutePlaceholders(template, environment.values);
  if (missing.length > 0) {
    throw new PackageError(
      `appPackage/manifest.json uses variables that have no value in ${environment.files.map((file) => relative(options.rootDir, file)).join(' or ')}:`,
      missing.map((name) => `${name} has no value`),
    );
  }

  const manifest: unknown = JSON.parse(text);
  if (!isRecord(manifest)) throw new PackageError('appPackage/manifest.json is not valid:', ['it must be a JSON object']);
  const problems = (await validateManifest(manifest, options.rootDir)).map((error) => `schema: ${error.trim()}`);
  const icons = collectIcons(manifest, appPackageDir, problems);
  if (problems.length > 0) {
    throw new PackageError(`The app package for "${options.envName}" is not valid:`, problems);
  }

  const zip = new JSZip();
  // A fixed timestamp makes the same inputs give the same zip, so a rebuilt package can be compared.
  const date = new Date(Date.UTC(2024, 0, 1));
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const [name, buffer] of icons) zip.file(name, buffer, { date });
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  const outDir = options.outDir ?? join(appPackageDir, 'build');
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${options.envName}.zip`);
  writeFileSync(zipPath, content);
  return { zipPath, envFiles: environment.files, entries: ['manifest.json', ...icons.keys()] };
}
