import { makeStyles, tokens } from '@fluentui/react-components';

/** The share form: a column of fields, grids of checkboxes, and pairs of fields side by side. */
export const useShareCaseStudyStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '720px',
    // A fieldset and a select are as wide as their longest option unless told otherwise: in a 320 px panel they shrink instead.
    '& fieldset, & .fui-Select, & select': { minWidth: 0 },
  },
  checks: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(110px, 1fr))' },
  // min(…, 100%) and minWidth 0 let a field narrower than its longest option fit a 320 px panel.
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(160px, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
    '& > *': { minWidth: 0 },
  },
});
