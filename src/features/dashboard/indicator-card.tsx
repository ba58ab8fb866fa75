import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { IndicatorCardModel } from './dashboard-model';
import { TrendSparkline } from './trend-sparkline';
import { LinkedActionCounts } from './linked-action-counts';
import { usePlanData } from '../../app/plan-data';
import { CreateActionLink } from '../../components/create-action-link';
import { RouterLink } from '../../components/router-link';
import { VerdictBadge } from '../../components/verdict-badge';
import { CardSurface } from '../../components/card-surface';

const useStyles = makeStyles({
  article: { display: 'flex', minWidth: 0 },
  card: { gap: tokens.spacingVerticalS, minWidth: 0, flexGrow: 1 },
  heading: { margin: 0 },
  figure: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  caution: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  chartBox: { height: '96px', width: '100%', overflow: 'hidden' },
  trend: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  footer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  links: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
});

function Trend({ card }: { card: IndicatorCardModel }) {
  const styles = useStyles();
  if (card.trend.length < 2) {
    return (
      <Text size={200} className={styles.muted}>
        {card.trend.length === 1 ? 'One year so far: no trend yet' : 'No trend yet'}
      </Text>
    );
  }
  return (
    // The line only pictures the values its caption gives, so it stays out of the tab order.
    <figure className={styles.trend}>
      <div inert className={styles.chartBox}>
        <TrendSparkline points={card.trend} decimals={card.measure === 'relative-likelihood' ? 2 : 1} />
      </div>
      <figcaption>
        <Text size={200} className={styles.muted}>
          {card.trendText}
        </Text>
      </figcaption>
    </figure>
  );
}

/**
 * One WRES indicator for the chosen year: figure, verdict, change, England, trend and actions.
 * The card's heading names the indicator, so its links say only what they do on screen (their
 * accessible names still name the indicator), and "Create action" is offered to people who may
 * edit the plan.
 */
export function IndicatorCard({ card }: { card: IndicatorCardModel }) {
  const styles = useStyles();
  const { canEdit } = usePlanData();
  const headingId = useId();
  const subject = `indicator ${card.id}`;
  return (
    <article className={styles.article} aria-labelledby={headingId}>
      <CardSurface className={styles.card}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {card.title}
        </Subtitle2>
        <Text size={200} className={styles.muted}>
          {card.given ? card.measureLabel : 'No figures this year'}
        </Text>
        <div className={styles.figure}>
          <Text className={styles.value}>{card.value}</Text>
          <VerdictBadge verdict={card.verdict} />
        </div>
        {/* The certainty names the 95% interval it rests on, so the interval is read with it, in words. */}
        {card.certaintyText && card.verdict !== 'not-calculable' ? <Text size={200}>Certainty: {card.certaintyText}.</Text> : null}
        {card.caution ? <Text className={styles.caution}>{card.caution}</Text> : null}
        {card.verdict === 'not-calculable' && card.reason ? <Text>Not calculable: {card.reason}.</Text> : null}
        {card.detail ? <Text size={200}>{card.detail}</Text> : null}
        {card.change ? <Text size={200}>{card.change}</Text> : null}
        <Text size={200}>{card.england}</Text>
        <Trend card={card} />
        <div className={styles.footer}>
          <LinkedActionCounts actions={card.actions} filter={{ indicator: card.id }} subject={subject} />
          <div className={styles.links}>
            <RouterLink href={`/indicator/${card.id}`} aria-label={`Indicator ${card.id} in detail`}>
              In detail
            </RouterLink>
            {canEdit ? <CreateActionLink cause={{ indicator: card.id }} subject={subject} /> : null}
          </div>
        </div>
      </CardSurface>
    </article>
  );
}
