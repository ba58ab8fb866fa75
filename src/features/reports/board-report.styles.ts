import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A4 portrait print rules, only while the board report is shown: everything but the report is
 * hidden (navigation too), so "Print" or "Save as PDF" gives the report alone, compact enough for
 * three pages, with table rows kept whole.
 */
export const PRINT_CSS = `
@media print {
  @page { size: A4 portrait; margin: 8mm 8mm; }
  body * { visibility: hidden; }
  nav, [role="navigation"] { display: none !important; }
  [data-print-root], [data-print-root] * { visibility: visible; }
  [data-print-root] { position: absolute; left: 0; top: 0; width: 100%; }
  [data-print-hide] { display: none !important; }
  [data-print-root] h1 { font-size: 16pt; margin: 0; }
  [data-print-root] h2 { font-size: 12pt; margin: 4pt 0 2pt; break-after: avoid-page; }
  [data-print-root] caption { break-after: avoid-page; }
  [data-print-root] table { font-size: 7pt; line-height: 1.15; }
  [data-print-root] { font-size: 9pt; }
  [data-print-root] td, [data-print-root] th { padding: 0 2pt; height: auto; min-height: 0; }
  [data-print-root] tr { break-inside: avoid; }
}`;

export const useBoardReportStyles = makeStyles({
  root: { minWidth: 0 },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  organisation: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  summary: { maxWidth: '70em' },
  // Fixed layout with set column widths: long titles wrap inside their own cell, never one word a line or into the next column.
  fixedTable: { width: '100%', minWidth: '600px' },
  // A grid or flex item grows to its content's width unless told otherwise: this lets the table scroll in its region instead.
  narrowSafe: { minWidth: 0, maxWidth: '100%' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXXS },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top', whiteSpace: 'normal' },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  changeGrid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16em, 1fr))', gap: tokens.spacingHorizontalM },
});
