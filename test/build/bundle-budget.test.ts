import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a person downloads before the dashboard is usable: the entry chunk and its static imports,
 * plus the Dashboard section's chunk (src/app/dashboard-section.tsx) and its static imports. Anything loaded later (charts, MSAL,
 * teams-js, other pages) is a dynamic import and does not count.
 */
interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

const distDir = join(process.cwd(), 'dist');
const manifestFile = join(distDir, '.vite', 'manifest.json');
const BUDGET_BYTES = 300 * 1024;

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
const gzipped = (key: string): number => gzipSync(readFileSync(join(distDir, manifest[key]?.file ?? ''))).length;

test('the dashboard is its own chunk, loaded after the shell', () => {
  expect(dashboard).toBeDefined();
  expect(manifest[entry]?.dynamicImports).toContain(dashboard);
});

test(`the dashboard's initial JavaScript is at most ${BUDGET_BYTES / 1024} KB gzipped`, () => {
  const total = [...initial].reduce((sum, key) => sum + gzipped(key), 0);
  console.log(`Dashboard initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${initial.size} chunks`);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});

test('charts, sign-in libraries and teams-js are not in the initial download', () => {
  const lazyOnly = Object.keys(manifest).filter((key) =>
    /chart|Chart|PublicClientApplication|msal|teams-js|naa-session|redirect-session|detect-host/.test(key),
  );
  expect(lazyOnly.length).toBeGreaterThan(0);
  expect(lazyOnly.filter((key) => initial.has(key))).toEqual([]);
});
