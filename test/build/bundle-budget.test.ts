import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How the tab is split: the entry chunk and its static imports, plus the Dashboard section's chunk
 * (src/app/dashboard-section.tsx) and its static imports, with what is loaded later (charts, MSAL,
 * teams-js, other pages) behind dynamic imports. The bytes of the first screen are counted the way
 * a browser fetches them, in test/e2e/first-screen-budget.test.ts.
 */
interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

const distDir = join(process.cwd(), 'dist');
const manifestFile = join(distDir, '.vite', 'manifest.json');

function load(): Record<string, ManifestChunk> {
  if (!existsSync(manifestFile)) throw new Error(`No build manifest at ${manifestFile}: the tab did not build (npm run build).`);
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
}

function staticClosure(manifest: Record<string, ManifestChunk>, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

const manifest = load();
const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? 'index.html';
const dashboard = Object.keys(manifest).find((key) => key.endsWith('src/app/dashboard-section.tsx'));
const initial = staticClosure(manifest, dashboard ? [entry, dashboard] : [entry]);

test('the dashboard is its own chunk, loaded after the shell', () => {
  expect(dashboard).toBeDefined();
  // Imported dynamically by the entry or by a chunk the entry loads with it (the sections' list may share one).
  const shell = staticClosure(manifest, [entry]);
  expect([...shell].some((key) => manifest[key]?.dynamicImports?.includes(dashboard ?? ''))).toBe(true);
  expect(shell.has(dashboard ?? '')).toBe(false);
});

test('charts, sign-in libraries and teams-js are not in the initial download', () => {
  const lazyOnly = Object.keys(manifest).filter((key) =>
    /chart|Chart|PublicClientApplication|msal|teams-js|naa-session|redirect-session|detect-host/.test(key),
  );
  expect(lazyOnly.length).toBeGreaterThan(0);
  expect(lazyOnly.filter((key) => initial.has(key))).toEqual([]);
});

test("the tab's scripts and its Worker hold zod/mini, never classic zod, whose schemas do not tree-shake", () => {
  // Classic zod names its schema classes ZodString, ZodObject…; zod/mini's are ZodMiniString, ZodMiniObject…
  const assets = join(distDir, 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const classic = scripts.filter((name) => /[`'"]ZodString[`'"]/.test(readFileSync(join(assets, name), 'utf8')));
  expect(scripts.some((name) => readFileSync(join(assets, name), 'utf8').includes('ZodMiniString'))).toBe(true);
  expect(classic).toEqual([]);
});
