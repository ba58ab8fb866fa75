import { makeStyles, Text, Title1, tokens } from '@fluentui/react-components';
import { useEffect, useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '1400px',
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
