import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { BandPoint } from './indicator-detail-types';

/** BME % in each AfC band, non-clinical beside clinical; the page gives the same figures as tables. */
export function BandChart({ points, year }: { points: readonly BandPoint[]; year: number }) {
  return (
    <GroupedVerticalBarChart
      chartTitle={`BME % by pay band, ${year}`}
      height={300}
      yAxisTickFormat={(value: number) => `${value}%`}
      data={points.map((point) => ({
        name: point.band.replace('Band ', ''),
        series: [
          {
            key: 'non-clinical',
            legend: 'Non-clinical',
            data: point.nonClinical ?? 0,
            color: tokens.colorBrandForeground1,
            yAxisCalloutData: point.nonClinical === null ? 'none' : `${point.nonClinical}%`,
          },
          {
            key: 'clinical',
            legend: 'Clinical',
            data: point.clinical ?? 0,
            color: tokens.colorPaletteMarigoldForeground1,
            yAxisCalloutData: point.clinical === null ? 'none' : `${point.clinical}%`,
          },
        ],
      }))}
    />
  );
}
