import { lazy } from 'react';

/** Charts live in their own chunks, loaded once a page shows one, so the first page stays small. */
export const LazyTrendChart = lazy(async () => ({ default: (await import('./trend-chart')).TrendChart }));
export const LazyBandChart = lazy(async () => ({ default: (await import('./band-chart')).BandChart }));
