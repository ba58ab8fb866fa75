import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { TrendValue } from './dashboard-model';

export interface TrendSparklineProps {
  points: readonly TrendValue[];
  /** Decimal places of the figure: 2 for ratios, 1 for percentages and points. */
  decimals: 1 | 2;
}

const useStyles = makeStyles({
  // The values up the side, the line, and the years beneath it, as the chart library drew them.
  chart: {
    display: 'grid',
    gridTemplateColumns: '40px minmax(0, 1fr) 20px',
    gridTemplateRows: '8px minmax(0, 1fr) 24px',
    height: '96px',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  values: {
    gridColumn: '1',
    gridRow: '2',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    paddingRight: tokens.spacingHorizontalXS,
    marginTop: `calc(-1 * ${tokens.lineHeightBase100} / 2)`,
    marginBottom: `calc(-1 * ${tokens.lineHeightBase100} / 2)`,
  },
  plot: {
    gridColumn: '2',
    gridRow: '2',
    width: '100%',
    height: '100%',
    overflow: 'visible',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxSizing: 'border-box',
  },
  line: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: 2, strokeLinejoin: 'round', strokeLinecap: 'round' },
  years: { gridColumn: '2', gridRow: '3', position: 'relative', paddingTop: tokens.spacingVerticalXXS },
  year: { position: 'absolute', transform: 'translateX(-50%)' },
  // The axis labels are drawn, not written: the caption already says each value, and a second copy
  // in the text would be found twice by find-in-page and by anything reading the card's text.
  label: { '::before': { content: 'attr(data-label)' } },
});

/**
 * The small trend line of a card, in plain SVG and CSS so the first screen needs no chart library
 * (the detail page's full charts load with it): the years along the bottom, the lowest and highest
 * values up the side. The line stretches to the card's width while its stroke keeps its thickness.
 * It is hidden from assistive technology because the card's caption gives the same values in words.
 */
export function TrendSparkline({ points, decimals }: TrendSparklineProps) {
  const styles = useStyles();
  const values = points.map((point) => point.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Across 0–100 of the drawing's own units; a flat trend is drawn across the middle.
  const x = (index: number): number => (points.length < 2 ? 50 : (index / (points.length - 1)) * 100);
  const y = (value: number): number => (high === low ? 50 : ((high - value) / (high - low)) * 100);
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(2)},${y(point.value).toFixed(2)}`).join(' ');
  return (
    <div className={styles.chart} aria-hidden="true">
      <div className={styles.values}>
        <span className={styles.label} data-label={high.toFixed(decimals)} />
        {high === low ? null : <span className={styles.label} data-label={low.toFixed(decimals)} />}
      </div>
      <svg className={styles.plot} viewBox="0 0 100 100" preserveAspectRatio="none" focusable="false">
        <path className={styles.line} d={path} vectorEffect="non-scaling-stroke" />
      </svg>
      <div className={styles.years}>
        {points.map((point, index) => (
          <span key={point.year} className={mergeClasses(styles.year, styles.label)} data-label={point.year} style={{ left: `${x(index)}%` }} />
        ))}
      </div>
    </div>
  );
}
