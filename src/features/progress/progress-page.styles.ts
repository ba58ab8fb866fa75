import { makeStyles, tokens } from '@fluentui/react-components';

/** The RAG colours: a dot beside the status words, which carry the meaning; printed too. */
export const RAG_COLOURS = {
  grey: tokens.colorNeutralBackground5,
  green: tokens.colorPaletteGreenBackground3,
  amber: tokens.colorPaletteMarigoldBackground3,
  red: tokens.colorPaletteRedBackground3,
  blue: tokens.colorBrandBackground,
} as const;

export const useProgressStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media print': { gridTemplateColumns: 'repeat(5, 1fr)', gap: '4px' },
    '@media (max-width: 400px)': { gridTemplateColumns: '1fr' },
  },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    '& h3': { margin: 0, fontSize: tokens.fontSizeBase300 },
    '@media print': { padding: '2px 4px', fontSize: '6.5pt', lineHeight: '1.15', breakInside: 'avoid', '& h3': { fontSize: '7.5pt' } },
  },
  figure: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, '@media print': { fontSize: '9pt' } },
  small: { color: tokens.colorNeutralForeground2, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  rag: { fontWeight: tokens.fontWeightSemibold },
  ragDot: {
    display: 'inline-block',
    width: '0.7em',
    height: '0.7em',
    borderRadius: '50%',
    marginRight: '0.25em',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    printColorAdjust: 'exact',
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    '@media print': { display: 'none' },
  },
  changes: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    '& h3': { margin: 0, fontSize: tokens.fontSizeBase300 },
    '@media print': { gridTemplateColumns: 'repeat(4, 1fr)', fontSize: '7pt', '& h3': { fontSize: '8pt' } },
  },
  sparkline: { display: 'block', color: tokens.colorBrandForeground1 },
});

/**
 * Print rules, only while the page is shown: everything but the page is hidden (the navigation
 * too), on one landscape A4 sheet, so the board gets the page alone.
 */
export const PROGRESS_PRINT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 8mm; }
  body * { visibility: hidden; }
  [data-print-root], [data-print-root] * { visibility: visible; }
  [data-print-root] { position: absolute; left: 0; top: 0; width: 100%; }
  [data-print-root] h1 { font-size: 12pt; }
  [data-print-root] h2 { font-size: 10pt; margin: 2px 0; }
  [data-print-root] p { margin: 0; }
  /* The indicators fill the first sheet; the EDS outcomes and what changed follow on the next. */
  [aria-labelledby="progress-eds"] { break-before: page; }
}`;
