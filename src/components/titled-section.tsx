import { Title2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** A part of a page under a level-2 heading, named by that heading for screen readers. */
export function TitledSection({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={mergeClasses(styles.section, className)} aria-labelledby={id}>
      <Title2 as="h2" id={id}>
        {title}
      </Title2>
      {children}
    </section>
  );
}
