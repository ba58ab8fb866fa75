import { Badge, makeStyles, mergeClasses, shorthands, MessageBar, MessageBarBody, Subtitle1, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { Eds2Colour } from '../../domain/eds/eds2';
import type { Eds2022DomainModel, Eds2GoalModel, EdsPanelModel } from './eds-model';
import type { LinkedActions } from './action-links';
import { LinkedActionCounts } from './linked-action-counts';
import { RouterLink } from '../../components/router-link';
import { CardSurface } from '../../components/card-surface';

const useStyles = makeStyles({
  region: { minWidth: 0, alignSelf: 'start' },
  panel: { gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groupHeading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  outcome: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  outcomeHead: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  id: { fontWeight: tokens.fontWeightSemibold },
  wording: { color: tokens.colorNeutralForeground2 },
  red: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    ...shorthands.borderColor(tokens.colorPaletteRedForeground2),
  },
  amber: {
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
    color: tokens.colorPaletteMarigoldForeground2,
    ...shorthands.borderColor(tokens.colorPaletteMarigoldForeground2),
  },
  green: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
    ...shorthands.borderColor(tokens.colorPaletteGreenForeground2),
  },
  purple: {
    backgroundColor: tokens.colorPalettePurpleBackground2,
    color: tokens.colorPalettePurpleForeground2,
    ...shorthands.borderColor(tokens.colorPalettePurpleForeground2),
  },
});

function GradeBadge({ grade, colour }: { grade: string | null; colour: Eds2Colour | null }) {
  const styles = useStyles();
  if (grade === null || colour === null) {
    return (
      <Badge appearance="outline" color="subtle">
        Not graded
      </Badge>
    );
  }
  return (
    <Badge appearance="tint" className={mergeClasses(styles[colour])}>
      {grade}
    </Badge>
  );
}

/** One outcome: its id and grade or score (`children`), its wording, and the actions linked to it, if any. */
function OutcomeItem({ outcome, children }: { outcome: { id: string; wording: string; actions: LinkedActions }; children: ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.outcome}>
      <div className={styles.outcomeHead}>
        <Text className={styles.id}>{outcome.id}</Text>
        {children}
      </div>
      <Text size={200} className={styles.wording}>
        {outcome.wording}
      </Text>
      <LinkedActionCounts actions={outcome.actions} filter={{ eds: outcome.id }} subject={`EDS outcome ${outcome.id}`} nonZeroOnly />
    </li>
  );
}

/** An EDS2 goal's outcomes; the year is said only for a grade from an earlier review than the latest. */
function Eds2Goal({ goal, latestYear }: { goal: Eds2GoalModel; latestYear: number | null }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.groupHeading}>
        Goal {goal.goal}: {goal.name}
      </Subtitle2>
      <ul className={styles.list}>
        {goal.outcomes.map((outcome) => (
          <OutcomeItem key={outcome.id} outcome={outcome}>
            <GradeBadge grade={outcome.grade} colour={outcome.colour} />
            {outcome.gradedIn === null || outcome.gradedIn === latestYear ? null : <Text size={200}>graded {outcome.gradedIn}</Text>}
          </OutcomeItem>
        ))}
      </ul>
    </section>
  );
}

function Eds2022Domain({ domain }: { domain: Eds2022DomainModel }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.groupHeading}>
        Domain {domain.domain}: {domain.name}
      </Subtitle2>
      <Text>
        Score {domain.subtotal} of {domain.maximum} ({domain.scored} of {domain.outcomes} outcomes scored)
        {domain.agreedRating === null ? '' : `; rating agreed by the panel: ${domain.agreedRating}`}
      </Text>
      <ul className={styles.list}>
        {domain.outcomeRows.map((outcome) => (
          <OutcomeItem key={outcome.id} outcome={outcome}>
            {outcome.score === null ? (
              <Badge appearance="outline" color="subtle">
                Not scored
              </Badge>
            ) : (
              <Badge appearance="tint" color="informative">
                Score {outcome.score}: {outcome.rating}
              </Badge>
            )}
          </OutcomeItem>
        ))}
      </ul>
    </section>
  );
}

/** The EDS outcomes beside the WRES cards: EDS2 goals and grades, or EDS 2022 domains and scores. */
export function EdsPanel({ model }: { model: EdsPanelModel }) {
  const styles = useStyles();
  const headingId = useId();
  const name = model.framework === 'eds2' ? 'EDS2' : 'EDS 2022';
  return (
    <section className={styles.region} aria-labelledby={headingId}>
      <CardSurface className={styles.panel}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {name} outcomes
        </Subtitle1>
        {model.latestYear === null ? (
          <MessageBar intent="info">
            <MessageBarBody>
              No agreed {name} review yet.
              {model.inProgressYear === null ? '' : ` The ${model.inProgressYear} review is in progress.`}{' '}
              <RouterLink href="~/eds">Open EDS reviews</RouterLink>
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Text>
            Latest agreed review {model.latestYear}
            {model.status === 'Published' ? ' (published)' : ''}
            {model.inProgressYear === null ? '' : `; the ${model.inProgressYear} review is in progress`}
            {model.framework === 'eds2022'
              ? `: total ${model.total} of 33, ${model.overallRating === null ? `no overall rating, as ${model.overallReason ?? 'not every outcome is scored'}` : `overall ${model.overallRating}`}`
              : ': each grade is from it unless another year is given'}
          </Text>
        )}
        {model.framework === 'eds2'
          ? model.goals.map((goal) => <Eds2Goal key={goal.goal} goal={goal} latestYear={model.latestYear} />)
          : model.domains.map((domain) => <Eds2022Domain key={domain.domain} domain={domain} />)}
      </CardSurface>
    </section>
  );
}
