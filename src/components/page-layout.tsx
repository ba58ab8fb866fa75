import { makeStyles, Text, Title1, tokens } from '@fluentui/react-components';
import { useEffect, useId, type ReactNode } from 'react';
import { NARROW_MEDIA } from './use-media-query';

const narrow = `@media ${NARROW_MEDIA}`;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    maxWidth: '1400px',
    // A side panel has no room to spare at its edges.
    [narrow]: { gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
    // The page's heading is the largest text on it; the page's gap spaces it, not the browser's default margins.
    '& > h1': {
      margin: 0,
      [narrow]: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
    },
  },
  intro: { color: tokens.colorNeutralForeground2 },
});

export interface PageLayoutProps {
  title: string;
  /** One sentence under the title saying what the page is for. */
  description?: string;
  children?: ReactNode;
}

/** Every page has exactly one level-1 heading and names the browser tab after itself. */
export function PageLayout({ title, description, children }: PageLayoutProps) {
  const styles = useStyles();
  const headingId = useId();
  useEffect(() => {
    document.title = `${title} · Race Equality Plan`;
  }, [title]);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      {/* Focusable by script only: focus moves here when the page opens (src/app/shell/use-focus-heading.ts). */}
      <Title1 as="h1" id={headingId} tabIndex={-1}>
        {title}
      </Title1>
      {description ? <Text className={styles.intro}>{description}</Text> : null}
      {children}
    </section>
  );
}
