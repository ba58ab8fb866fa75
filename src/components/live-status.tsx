import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'block' },
});

/** A polite live region (an `output`, whose role is status): screen readers announce what appears in it. */
export function LiveStatus({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <output className={styles.root} aria-live="polite">
      {children}
    </output>
  );
}
