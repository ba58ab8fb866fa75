import { LineChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { TrendValue } from './dashboard-model';

export interface TrendSparklineProps {
  points: readonly TrendValue[];
  /** Decimal places of the figure: 2 for ratios, 1 for percentages and points. */
  decimals: 1 | 2;
}

/**
 * The small trend line of a card: a compact LineChart with the years along the bottom. (Fluent's
 * Sparkline reads its data once, through a closure that a re-render loses, and fails in a
 * production build.) Its text alternative is the caption the card gives it.
 */
export function TrendSparkline({ points, decimals }: TrendSparklineProps) {
  return (
    <LineChart
      data={{
        lineChartData: [
          {
            legend: 'Trend',
            color: tokens.colorBrandForeground1,
            data: points.map((point) => ({ x: point.year, y: point.value })),
          },
        ],
      }}
      height={96}
      hideLegend
      hideTooltip
      tickValues={points.map((point) => point.year)}
      tickFormat="d"
      yAxisTickCount={2}
      yAxisTickFormat={(value: number) => value.toFixed(decimals)}
      margins={{ top: 8, bottom: 24, left: 40, right: 20 }}
    />
  );
}
