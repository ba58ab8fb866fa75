import { makeStyles } from '@fluentui/react-components';

/**
 * A Fluent Input that shows a value someone may not change: no box, no fill, no inset, so it reads
 * as plain text rather than an empty-looking field to type in. It stays a read-only text box, so a
 * screen reader still names it by its label and says "read only", and focus still shows Fluent's
 * underline.
 */
export const useReadOnlyStyles = makeStyles({
  input: {
    backgroundColor: 'transparent',
    borderTopStyle: 'none',
    borderRightStyle: 'none',
    borderBottomStyle: 'none',
    borderLeftStyle: 'none',
    paddingInline: 0,
    '& > input': { paddingInline: 0 },
  },
});
