/**
 * The staff-records import in the browser: a synthetic ESR staff-in-post extract is chosen on the
 * real page, in Debian's Chromium, and counted by the page's Web Worker, exactly as a WRES lead
 * would do it. Two sizes are run, 150,000 and 1,500,000 rows, to show that memory does not grow
 * with the file.
 *
 * Time is from pressing "Count staff" to the counts being shown. Memory is the renderer process's
 * resident set (the page and its Worker live there), polled every 20 ms from /proc; its rise over
 * the level before counting is what the counting costs. The counts shown are checked against the
 * generator's own tally before anything is printed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, firstPage } from '../test/e2e/support/browser';
import { startLocalServer } from '../test/support/local-server';
import { writeSyntheticEsrExtract } from '../test/support/synthetic-esr-extract';
import { rendererRss } from './renderer-memory';

const SIZES = [150_000, 1_500_000] as const;
const RUNS = 3;
const POLL_MS = 20;
/** Counting may take at most this many times as long as reading the file alone. */
const TARGET_RATIO = 1.5;

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const grouped = (n: number): string => Math.round(n).toLocaleString('en-GB');
const median = (values: readonly number[]): number => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function runStaffImportBrowserBench(): Promise<void> {
  const folder = join(process.cwd(), 'bench', '.work');
  mkdirSync(folder, { recursive: true });
  // TAB_BUILD=auto: the server builds the tab first if it is stale, as `npm start` does.
  const server = await startLocalServer({ TAB_BUILD: 'auto' });
  const context = await launchBrowser();
  const lines = ['Staff-records import in the browser (Chromium, Web Worker)'];
  try {
    const page = await firstPage(context);
    for (const rows of SIZES) {
      const file = join(folder, `esr-staff-in-post-${rows}.csv`);
      const extract = await writeSyntheticEsrExtract(file, rows);
      const times: number[] = [];
      const reads: number[] = [];
      const rises: number[] = [];
      const peaks: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        await page.goto(`${server.url}/#/reports/import/staff`);
        await page.getByRole('heading', { level: 1, name: 'Import staff records' }).waitFor();
        const input = page.getByLabel('Staff in post (ESR extract)');
        await input.setInputFiles(file);
        await page.getByRole('combobox', { name: 'Staff in post: Ethnic category' }).waitFor();
        // The floor: the same file read in the page, in the same 1 MiB slices and decoded to text
        // as the Worker reads it, with nothing parsed or counted.
        // (An unnamed function with no named ones inside, so that it reaches the page as written,
        // without the helper tsx adds to named functions.)
        reads.push(
          await input.evaluate(async (element: HTMLInputElement) => {
            const chosen = element.files?.[0];
            if (chosen === undefined) throw new Error('no file chosen');
            const decoder = new TextDecoder();
            const started = performance.now();
            let characters = 0;
            for (let at = 0; at < chosen.size; at += 1048576) {
              characters += decoder.decode(await chosen.slice(at, at + 1048576).arrayBuffer(), { stream: true }).length;
            }
            characters += decoder.decode().length;
            if (characters === 0) throw new Error('nothing read');
            return performance.now() - started;
          }),
        );
        const before = rendererRss();
        let peak = before;
        const poll = setInterval(() => (peak = Math.max(peak, rendererRss())), POLL_MS);
        const started = performance.now();
        await page.getByRole('button', { name: 'Count staff' }).click();
        await page.getByRole('heading', { name: 'Check the counts' }).waitFor({ timeout: 600000 });
        times.push(performance.now() - started);
        clearInterval(poll);
        peak = Math.max(peak, rendererRss());
        peaks.push(peak);
        rises.push(peak - before);
        const shown = await page
          .getByRole('table', { name: 'Counts from the staff files' })
          .getByRole('row', { name: /^Staff in post/ })
          .getByRole('cell')
          .allTextContents();
        const expected = [extract.headcount.white, extract.headcount.bme, extract.headcount.unknown, rows].map((n) => n.toLocaleString('en-GB'));
        if (shown.join() !== expected.join())
          throw new Error(`${grouped(rows)} rows: the page shows ${shown.join(' / ')}, the generator counted ${expected.join(' / ')}`);
      }
      const ms = median(times);
      const readMs = median(reads);
      const ratio = ms / readMs;
      lines.push(
        `  ${grouped(rows).padStart(9)} rows  ${(extract.bytes / 1e6).toFixed(1).padStart(5)} MB  ${(ms / 1000).toFixed(2)} s  ${grouped(rows / (ms / 1000)).padStart(9)} rows/s  renderer peak ${mb(Math.max(...peaks))}, rise while counting ${mb(Math.max(...rises))}`,
        `                            reading alone ${(readMs / 1000).toFixed(2)} s: counting takes ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
      );
    }
  } finally {
    await context.close();
    await server.stop();
  }
  lines.push(
    `  note     median of ${RUNS} runs from "Count staff" to the counts shown; reading alone is the file read in 1 MiB slices and decoded in the page, in the same runs; peak and rise are the highest seen; counts checked against the generator's tally`,
  );
  console.log(lines.join('\n'));
}
