import { LineChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';

export interface TrendChartProps {
  title: string;
  points: readonly { year: number; value: number }[];
  /** Formats a value on the axis and in the callout. */
  unit: 'ratio' | 'percent' | 'points';
}

/** An indicator's headline figure over the years; the page gives the same figures as a table. */
export function TrendChart({ title, points, unit }: TrendChartProps) {
  const decimals = unit === 'ratio' ? 2 : 1;
  const suffix = unit === 'percent' ? '%' : unit === 'points' ? ' pp' : '';
  return (
    <LineChart
      data={{
        chartTitle: title,
        lineChartData: [
          {
            legend: title,
            color: tokens.colorBrandForeground1,
            data: points.map((point) => ({
              x: point.year,
              y: point.value,
              xAxisCalloutData: String(point.year),
              yAxisCalloutData: `${point.value.toFixed(decimals)}${suffix}`,
            })),
          },
        ],
      }}
      height={260}
      hideLegend
      tickValues={points.map((point) => point.year)}
      tickFormat="d"
      yAxisTickFormat={(value: number) => `${value.toFixed(decimals)}${suffix}`}
    />
  );
}
