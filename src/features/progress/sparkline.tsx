/** A small trend line: plain SVG, so the page needs no chart library. The words beside it are its text. */
export function Sparkline({ values, label, className }: { values: readonly number[]; label: string; className?: string }) {
  if (values.length < 2) return null;
  const width = 80;
  const height = 20;
  const low = Math.min(...values);
  const span = Math.max(...values) - low || 1;
  const points = values
    .map((value, index) => `${((index / (values.length - 1)) * width).toFixed(1)},${(height - 2 - ((value - low) / span) * (height - 4)).toFixed(1)}`)
    .join(' ');
  return (
    <svg className={className} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
