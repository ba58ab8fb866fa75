import { makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { headlineFigure, headlineSpec, WRES_INDICATOR_IDS, WRES_INDICATORS, type WresIndicatorId, type WresResult } from '../../domain/wres';
import { formatHeadline } from '../../components/figure-format';
import { VerdictBadge } from '../../components/verdict-badge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  name: { flexBasis: '100%', fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface WresResultsPreviewProps {
  result: WresResult | null;
  /** Indicators whose figures have something to fix. */
  withProblems: readonly WresIndicatorId[];
}

/** The results worked out from the figures as they are typed, indicator by indicator. */
export function WresResultsPreview({ result, withProblems }: WresResultsPreviewProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        Results from these figures
      </Subtitle1>
      <ul className={styles.list}>
        {WRES_INDICATOR_IDS.map((id) => {
          const figure = result === null ? null : headlineFigure(result, id);
          const spec = headlineSpec(id);
          return (
            <li key={id} className={styles.item}>
              <Text className={styles.name}>
                Indicator {id}: {WRES_INDICATORS[id].shortTitle}
              </Text>
              {withProblems.includes(id) ? (
                <Text className={styles.muted}>Fix the figures to see the result</Text>
              ) : figure === null ? (
                <Text className={styles.muted}>Not entered</Text>
              ) : (
                <>
                  <Text>
                    {formatHeadline(spec.measure, figure.value)} ({spec.label})
                  </Text>
                  <VerdictBadge verdict={figure.verdict} />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
