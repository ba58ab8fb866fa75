import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Everything the built tab depends on; a change to any of them makes the build stale. */
const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** True when `dist/` is missing or older than any source file. */
export function isTabBuildStale(rootDir: string, distDir: string): boolean {
  const builtIndex = join(distDir, 'index.html');
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return BUILD_INPUTS.some((input) => newestModification(join(rootDir, input)) > builtAt);
}

/** Builds the tab with Vite in this process when it is stale; returns whether it built. */
export async function ensureTabBuilt(rootDir: string, distDir: string, log: (line: string) => void): Promise<boolean> {
  if (!isTabBuildStale(rootDir, distDir)) return false;
  log('Building the tab…');
  // The served tab is always the production build, even when this runs under Jest (NODE_ENV=test),
  // which would otherwise pull React's development runtime into the bundle.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ root: rootDir, mode: 'production', logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  return true;
}
