import { makeStyles, tokens } from '@fluentui/react-components';

/** The share form: a column of fields, grids of checkboxes, and pairs of fields side by side. */
export const useShareCaseStudyStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  checks: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(110px, 1fr))' },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: tokens.spacingHorizontalM },
});
