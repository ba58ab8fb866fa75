import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * exceljs is ~0.93 MB: the page (report workbooks) and the staff-file Worker (reading a workbook) must
 * share one copy of it, not ship one each (vite.config.ts, oneExceljs). A file is a copy when it holds
 * a path only exceljs's workbook code spells out.
 */
const distDir = join(process.cwd(), 'dist');
const SIGNATURE = 'xl/sharedStrings.xml';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

test('the built tab holds exactly one copy of exceljs', () => {
  if (!existsSync(distDir)) throw new Error(`No build at ${distDir}: the tab did not build (npm run build).`);
  const copies = files(distDir).filter((file) => /\.m?js$/.test(file) && readFileSync(file, 'utf8').includes(SIGNATURE));
  expect(copies.map((file) => file.slice(distDir.length + 1))).toHaveLength(1);
});
