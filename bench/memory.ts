/** Samples resident memory while a task runs, so a benchmark can report its peak. */
export async function withPeakRss<T>(task: () => Promise<T>): Promise<{ value: T; peakMb: number; ms: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const started = performance.now();
  try {
    const value = await task();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakMb: peak / 1024 / 1024, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}
