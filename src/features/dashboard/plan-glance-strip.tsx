import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { PlanGlance } from '../../domain/plan';
import { WRES_INDICATOR_IDS } from '../../domain/wres';
import { RouterLink } from '../../components/router-link';
import { actionsHref } from './action-links';

const useStyles = makeStyles({
  strip: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0 },
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  indicators: { display: 'inline-flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, marginInlineStart: tokens.spacingHorizontalS },
});

/** A figure and what it counts: a link to the list it counts, or plain text when there is nothing to list. */
function Figure({ count, words, href }: { count: number; words: string; href: string }) {
  const styles = useStyles();
  const content: ReactNode = (
    <>
      <span className={styles.figure}>{count}</span> {words}
    </>
  );
  return <li>{count === 0 ? <Text>{content}</Text> : <RouterLink href={href}>{content}</RouterLink>}</li>;
}

/** "actions overdue", or "action overdue" for one: the words after the figure. */
const actionWords = (count: number, what: string): string => `${count === 1 ? 'action' : 'actions'} ${what}`;

/**
 * The plan at a glance, at the top of the dashboard: how many of the nine indicators are adverse in
 * the year shown (each one a link to its detail), and how many actions are overdue, at risk or off
 * track, and completed this plan year (each a link to the Actions list filtered to them).
 */
export function PlanGlanceStrip({ glance }: { glance: PlanGlance }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.strip} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        At a glance
      </Subtitle2>
      <ul className={styles.figures}>
        {glance.wresYear === null ? null : (
          <li>
            <Text>
              <span className={styles.figure}>
                {glance.adverse.length} of {WRES_INDICATOR_IDS.length}
              </span>{' '}
              indicators adverse in {glance.wresYear}
            </Text>
            {glance.adverse.length === 0 ? null : (
              <span className={styles.indicators}>
                {glance.adverse.map((id) => (
                  <RouterLink key={id} href={`/indicator/${id}`}>
                    Indicator {id}
                  </RouterLink>
                ))}
              </span>
            )}
          </li>
        )}
        <Figure count={glance.overdue} words={actionWords(glance.overdue, 'overdue')} href={actionsHref({ state: 'overdue' })} />
        <Figure count={glance.atRisk} words={actionWords(glance.atRisk, 'at risk or off track')} href={actionsHref({ state: 'at-risk' })} />
        <Figure
          count={glance.completedThisPlanYear}
          words={actionWords(glance.completedThisPlanYear, `completed in ${glance.planYear}`)}
          href={actionsHref({ status: 'Completed' })}
        />
      </ul>
    </section>
  );
}
