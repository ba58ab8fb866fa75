import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTabBuildStale } from '../../../api/src/local/tab-build';

function project(): { root: string; dist: string; touch: (path: string, secondsAgo: number) => void } {
  const root = mkdtempSync(join(tmpdir(), 'tab-'));
  const dist = join(root, 'dist');
  mkdirSync(join(root, 'src', 'features'), { recursive: true });
  mkdirSync(dist);
  const touch = (path: string, secondsAgo: number): void => {
    const full = join(root, path);
    writeFileSync(full, 'x');
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(full, when, when);
  };
  return { root, dist, touch };
}

test('a missing build is stale', () => {
  const { root, dist } = project();
  expect(isTabBuildStale(root, dist)).toBe(true);
});

test('a build newer than every source is reused', () => {
  const { root, dist, touch } = project();
  touch('src/features/page.tsx', 100);
  touch('index.html', 100);
  touch('dist/index.html', 10);
  for (const dir of ['src', 'src/features']) utimesSync(join(root, dir), new Date(0), new Date(0));
  expect(isTabBuildStale(root, dist)).toBe(false);
});

test.each(['src/features/page.tsx', 'index.html', 'package-lock.json'])('editing %s after the build makes it stale', (path) => {
  const { root, dist, touch } = project();
  touch('dist/index.html', 100);
  for (const dir of ['src', 'src/features']) utimesSync(join(root, dir), new Date(0), new Date(0));
  touch(path, 1);
  expect(isTabBuildStale(root, dist)).toBe(true);
});
