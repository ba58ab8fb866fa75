import { Subtitle1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Clearly a step below the page's heading (Title1), and spaced by the section's gap alone.
  heading: { margin: 0 },
});

/** A part of a page under a level-2 heading, named by that heading for screen readers. */
export function TitledSection({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={mergeClasses(styles.section, className)} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle1>
      {children}
    </section>
  );
}
