import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/**
 * How the tab is split: the entry and its static imports are the first screen (the shell, the plan's
 * storage and the Dashboard, which is where the tab opens), with what is loaded later (charts, MSAL,
 * teams-js, the other pages) behind dynamic imports. The bytes of the first screen are counted the
 * way a browser fetches them, in test/e2e/first-screen-budget.test.ts.
 */
interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
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
const initial = staticClosure(manifest, [entry]);

/** The pages other than the Dashboard, each reached from the navigation. */
const OTHER_PAGES = [
  'src/features/progress/progress-page.tsx',
  'src/features/actions/actions-page.tsx',
  'src/features/actions/my-actions-page.tsx',
  'src/features/eds/eds-page.tsx',
  'src/features/practice/practice-page.tsx',
  'src/app/reports-section.tsx',
  'src/features/settings/settings-page.tsx',
];

test('the Dashboard comes with the first download, and every other page is loaded when it is first opened', () => {
  const lazy = Object.keys(manifest).filter((key) => manifest[key]?.isDynamicEntry);
  expect(lazy.some((key) => key.endsWith('src/app/dashboard-section.tsx'))).toBe(false);
  for (const page of OTHER_PAGES) {
    const key = lazy.find((candidate) => candidate.endsWith(page));
    expect(key).toBeDefined();
    expect(initial.has(key ?? '')).toBe(false);
  }
});

test('charts, sign-in libraries and teams-js are not in the initial download', () => {
  const lazyOnly = Object.keys(manifest).filter((key) =>
    /chart|Chart|PublicClientApplication|msal|teams-js|naa-session|redirect-session|detect-host/.test(key),
  );
  expect(lazyOnly.length).toBeGreaterThan(0);
  expect(lazyOnly.filter((key) => initial.has(key))).toEqual([]);
});

// What Teams adds was 88 KB: teams-js (15.7 KB, to learn it is in Teams) and MSAL (72.4 KB, for nested app authentication).
const TEAMS_BUDGET_BYTES = 100 * 1024;

test(`in Teams the tab adds only its sign-in: teams-js and MSAL, at most ${TEAMS_BUDGET_BYTES / 1024} KB gzipped`, () => {
  const teamsEntries = ['src/host/detect-host.ts', 'src/host/naa-session.ts', 'src/host/teams-runtime.ts'];
  for (const key of teamsEntries) expect(manifest[key]?.isDynamicEntry).toBe(true);
  const added = [...staticClosure(manifest, teamsEntries)].filter((key) => !initial.has(key)).map((key) => manifest[key]?.file ?? '');
  expect(added.filter((file) => !/\/(detect-host|naa-session|teams-runtime|PublicClientApplication)-[\w-]+\.js$/.test(file))).toEqual([]);
  const bytes = added.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file))).length, 0);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(TEAMS_BUDGET_BYTES);
});

test("the tab's scripts and its Worker hold zod/mini, never classic zod, whose schemas do not tree-shake", () => {
  // Classic zod names its schema classes ZodString, ZodObject…; zod/mini's are ZodMiniString, ZodMiniObject…
  const assets = join(distDir, 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const classic = scripts.filter((name) => /[`'"]ZodString[`'"]/.test(readFileSync(join(assets, name), 'utf8')));
  expect(scripts.some((name) => readFileSync(join(assets, name), 'utf8').includes('ZodMiniString'))).toBe(true);
  expect(classic).toEqual([]);
});
