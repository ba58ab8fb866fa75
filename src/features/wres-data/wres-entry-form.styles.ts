import { makeStyles, tokens } from '@fluentui/react-components';

export const useWresEntryFormStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (min-width: 1000px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(260px, 1fr)' },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  preview: {
    minWidth: 0,
    '@media (min-width: 1000px)': { position: 'sticky', top: tokens.spacingVerticalL, maxHeight: '100vh', overflowY: 'auto' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
