import { makeResetStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HTMLAttributes } from 'react';

// Fluent's Card, filled and medium: 12 px padding and gap, the medium radius and shadow 4.
const useSurfaceClassName = makeResetStyles({
  position: 'relative',
  display: 'flex',
  flexDirection: 'column',
  boxSizing: 'border-box',
  gap: '12px',
  padding: '12px',
  overflow: 'hidden',
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  boxShadow: tokens.shadow4,
  // The border is transparent, so forced colours (which drop the shadow) still draw the card's edge.
  '::after': {
    content: '""',
    position: 'absolute',
    inset: 0,
    pointerEvents: 'none',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
});

/**
 * A card to be read, not chosen: Fluent's Card as it looks, as a plain block. Fluent's own Card
 * manages focus inside itself with tabster, which cards of text and links do not need and which would
 * add about 20 KB (gzipped) to the dashboard's first download.
 */
export function CardSurface({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div {...props} className={mergeClasses(useSurfaceClassName(), className)} />;
}
