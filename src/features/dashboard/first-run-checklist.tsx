import { makeStyles, mergeClasses, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, Circle20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { FirstRunProgress } from '../../domain/plan';
import { RouterLink } from '../../components/router-link';
import { FIRST_RUN_STEP_TEXT } from './first-run-steps';
import { CardSurface } from '../../components/card-surface';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  step: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  tick: { marginTop: '1px', color: tokens.colorNeutralForeground3 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  links: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

/**
 * The first steps of a new plan, each ticking itself once the plan shows it done. The tick is
 * read-only: the state is in the text ("Done" or "To do") for screen readers, and the icon only
 * repeats it. A step still to do links to where it is done.
 */
export function FirstRunChecklist({ progress }: { progress: FirstRunProgress }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <CardSurface className={styles.card}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          Getting started: {progress.done} of {progress.steps.length} done
        </Subtitle1>
        <Text>Each step ticks itself once it is done, and this list goes once all are.</Text>
        <ol className={styles.list} aria-label="First steps">
          {progress.steps.map((step) => {
            const text = FIRST_RUN_STEP_TEXT[step.id];
            return (
              <li key={step.id} className={styles.step}>
                {step.done ? <CheckmarkCircle20Filled className={mergeClasses(styles.tick, styles.done)} /> : <Circle20Regular className={styles.tick} />}
                <div className={styles.body}>
                  <Text>
                    <Text weight="semibold">{text.label}</Text>: {step.done ? 'Done' : 'To do'}
                  </Text>
                  {step.done ? null : (
                    <span className={styles.links}>
                      {text.links.map((link) => (
                        <RouterLink key={link.href} href={link.href}>
                          {link.text}
                        </RouterLink>
                      ))}
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </CardSurface>
    </section>
  );
}
