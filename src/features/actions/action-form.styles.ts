import { makeStyles, tokens } from '@fluentui/react-components';

export const useActionFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
    gap: tokens.spacingHorizontalM,
    // A long message under one field must not stretch its neighbours' controls.
    alignItems: 'start',
  },
  wide: { width: '100%', minWidth: 0 },
  listbox: { maxHeight: '360px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
