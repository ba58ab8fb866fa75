/**
 * Starts the staff-file Worker. Kept apart, and loaded only when a Worker is wanted, because
 * `import.meta.url` exists only in the browser's module build.
 */
export function startStaffWorker(): Worker {
  // Vite recognises this exact form and bundles the Worker as a module of its own.
  return new Worker(new URL('./staff-aggregation.worker.ts', import.meta.url), { type: 'module', name: 'staff-aggregation' });
}
