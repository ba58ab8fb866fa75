import { makeStyles, tokens } from '@fluentui/react-components';

export const useImportWresStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '60rem', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  file: { maxWidth: '100%', color: tokens.colorNeutralForeground1 },
  hint: { color: tokens.colorNeutralForeground2 },
  // The place is short ("Row 8, column B"); the words of the problem get the rest of the width.
  where: { width: '9rem' },
  problem: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
});
