import { makeStyles, tokens } from '@fluentui/react-components';

export const useShareStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  checks: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(110px, 1fr))' },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: tokens.spacingHorizontalM },
});
