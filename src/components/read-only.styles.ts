import { makeStyles, tokens } from '@fluentui/react-components';

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
  /**
   * A Fluent Select that is disabled because the person may only read: the chosen option as plain
   * text in the page's own colour, not a greyed-out box (a select has no read-only state of its own).
   */
  select: {
    '& > select': {
      color: tokens.colorNeutralForeground1,
      backgroundColor: 'transparent',
      borderTopStyle: 'none',
      borderRightStyle: 'none',
      borderBottomStyle: 'none',
      borderLeftStyle: 'none',
      paddingInline: 0,
      cursor: 'default',
    },
    '& > .fui-Select__icon': { display: 'none' },
  },
});
