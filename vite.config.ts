import { type Plugin, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * zod 4 decides, as each object schema is built, whether to compile its parser with
 * `new Function`, probing first with `Function('')`. The tab's Content-Security-Policy
 * (config/security-headers.ts) forbids eval, so the probe is blocked and reported as a violation.
 * Schemas are built as modules load, before any app code could call `z.config`, so the switch is
 * made where zod creates its configuration: the end of its core module, with zod's own documented
 * `config({ jitless: true })`. Parsing without the compiler gives the same results. The browser
 * test test/e2e/security-headers.test.ts fails if a zod upgrade moves this.
 */
function zodWithoutEval(): Plugin {
  const coreModule = /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/;
  return {
    name: 'zod-without-eval',
    transform(code, id) {
      if (!coreModule.test(id)) return undefined;
      return { code: `${code}\nconfig({ jitless: true });\n`, map: null };
    },
  };
}

/**
 * exceljs is ~0.93 MB, used by the page (report workbooks) and by the staff-file Worker (reading a
 * workbook). The page and the Worker are separate builds, so each would bundle its own copy. Instead
 * both load exceljs's prebuilt browser file (a UMD script that defines `ExcelJS` on the global object,
 * `window` or the Worker's `self`) as one emitted asset: its name comes from its content, so both builds
 * emit the same file and refer to it. Loading it by `import()` runs it as a module script from the
 * tab's own origin, which the Content-Security-Policy allows (no eval). test/build/one-exceljs.test.ts
 * checks there is one copy.
 */
function oneExceljs(): Plugin {
  const shared = '\0exceljs-shared';
  return {
    name: 'one-exceljs',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return source === 'exceljs' ? shared : undefined;
    },
    load(id) {
      if (id !== shared) return undefined;
      return [
        `import url from 'exceljs/dist/exceljs.min.js?url';`,
        `await import(/* @vite-ignore */ url);`,
        `const { ExcelJS } = globalThis;`,
        `export const Workbook = ExcelJS.Workbook;`,
        `export default ExcelJS;`,
      ].join('\n');
    },
  };
}

export default defineConfig({
  plugins: [react(), zodWithoutEval(), oneExceljs()],
  // The staff-file Worker is an ES module, so it can share chunks (papaparse) with the page.
  worker: { format: 'es', plugins: () => [zodWithoutEval(), oneExceljs()] },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // dist/.vite/manifest.json maps each source to its chunk; the bundle-budget test reads it. It is
    // never served: the local server refuses it, and the deploy removes it (scripts/prepare-static-upload.ts).
    manifest: true,
    // Fluent + React + MSAL is ~900 kB raw before code splitting; the charts are loaded lazily.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Microsoft's Graph client declares no `sideEffects`, so its index keeps every module it
      // re-exports (large-file and OneDrive upload tasks, the chaos handler…) although the tab uses
      // only the client, two middlewares and GraphError. Its modules only define classes, so unused
      // ones may be dropped; the browser tests exercise the client that remains.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]@microsoft[\\/]microsoft-graph-client[\\/]/, sideEffects: false },
          // The app's own modules only declare (no module imports another for its effects alone), so a
          // barrel such as src/domain/wres/index.ts brings in only what its importer uses: the
          // dashboard does not download the staff-file readers it re-exports.
          { test: /[\\/]src[\\/]/, sideEffects: false },
        ],
      },
      output: {
        codeSplitting: {
          // What the entry loads at start as two files rather than dozens of small ones, each a request
          // of its own before the first screen: the libraries (React, Fluent's core, the router…), then
          // the app's own modules (the shell, the plan's storage and the Dashboard). Left to itself the
          // bundler gives every module the entry shares with a later page a chunk of its own, and each
          // small file is compressed alone and lists its imports: the same modules in 37 files were 11 KB more.
          groups: [
            { name: 'shell', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] },
            { name: 'app', test: /[\\/]src[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
