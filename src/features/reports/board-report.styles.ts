import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A4 print rules, only while the board report is shown: everything but the report is hidden, so the
 * browser's "Print" or "Save as PDF" gives the report alone, with its tables kept whole where they fit.
 */
export const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body * { visibility: hidden; }
  [data-print-root], [data-print-root] * { visibility: visible; }
  [data-print-root] { position: absolute; left: 0; top: 0; width: 100%; }
  [data-print-hide] { display: none !important; }
  [data-print-root] h2 { break-after: avoid-page; }
  [data-print-root] caption { break-after: avoid-page; }
  [data-print-root] table { font-size: 9pt; }
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
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyleType: 'none' },
});
