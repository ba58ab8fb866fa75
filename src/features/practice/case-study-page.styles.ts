import { makeStyles, tokens } from '@fluentui/react-components';

/** The case study's sections, and the rows of its controls. */
export const useCaseStudyStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '760px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});
