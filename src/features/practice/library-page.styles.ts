import { makeStyles, tokens } from '@fluentui/react-components';

/** The library's filters, its grid of cards, and each card's badges. */
export const useLibraryStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});
