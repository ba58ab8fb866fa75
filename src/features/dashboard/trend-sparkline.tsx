import { Sparkline } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { TrendValue } from './dashboard-model';

export interface TrendSparklineProps {
  points: readonly TrendValue[];
  width?: number;
  height?: number;
}

/**
 * The small trend line of a card. Sparkline draws from zero up to the largest value, so the
 * values are lifted above zero first (a gap of −12 pp cannot be drawn otherwise); the shape is
 * unchanged. Its text alternative is given by the caller.
 */
export function TrendSparkline({ points, width = 120, height = 28 }: TrendSparklineProps) {
  const lowest = Math.min(...points.map((point) => point.value));
  const highest = Math.max(...points.map((point) => point.value));
  const lift = (highest - lowest) * 0.15 || 1;
  const data = points.map((point) => ({ x: point.year, y: point.value - lowest + lift }));
  return (
    <Sparkline
      // Sparkline reads its data once, on mount: a new series needs a new chart.
      key={points.map((point) => `${point.year}:${point.value}`).join(',')}
      width={width}
      height={height}
      data={{ lineChartData: [{ legend: 'Trend', color: tokens.colorBrandForeground1, data }] }}
    />
  );
}
