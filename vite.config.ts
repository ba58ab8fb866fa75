import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // The staff-file Worker is an ES module, so it can share chunks (papaparse, exceljs) with the page.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // dist/.vite/manifest.json maps each source to its chunk; the bundle-budget test reads it.
    manifest: true,
    // Fluent + React + MSAL is ~900 kB raw before code splitting; the charts are loaded lazily.
    chunkSizeWarningLimit: 1200,
  },
});
