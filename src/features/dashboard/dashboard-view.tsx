import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { PageLayout } from '../../components/page-layout';
import { EdsPanel } from './eds-panel';
import type { IndicatorCardModel } from './dashboard-model';
import { IndicatorCard } from './indicator-card';
import { PlanGlanceStrip } from './plan-glance-strip';
import { RouterLink } from '../../components/router-link';
import { useDashboardModel, type DashboardModel } from './use-dashboard-model';
import { YearPicker } from './year-picker';

import { FirstRunChecklist } from './first-run-checklist';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (min-width: 1100px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(280px, 1fr)' },
  },
  indicators: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

export interface DashboardViewProps {
  chosenYear: number | undefined;
  onChooseYear: (year: number) => void;
}

/**
 * The plan at a glance, then the chosen year's nine WRES indicators as cards beside the EDS panel.
 * A new plan shows its first steps instead of empty placeholders, until each is done.
 */
export function DashboardView({ chosenYear, onChooseYear }: DashboardViewProps) {
  const styles = useStyles();
  const model = useDashboardModel(chosenYear);
  return (
    <PageLayout
      title="Dashboard"
      description="The trust's WRES indicators for the chosen year, against England and over time, beside its EDS outcomes and the actions linked to each."
    >
      {/* Static, not lazy: a chunk of its own would cost the first screen more than the checklist itself. */}
      {model.showFirstRun ? <FirstRunChecklist progress={model.firstRun} /> : null}
      {model.hasFigures ? <PlanGlanceStrip glance={model.glance} /> : null}
      <YearToolbar model={model} onChooseYear={onChooseYear} />
      <div className={styles.layout}>
        {model.year === undefined ? null : <IndicatorCards year={model.year} cards={model.cards} />}
        {/* An EDS panel of ungraded outcomes says nothing the checklist does not. */}
        {model.hasEdsReview || !model.showFirstRun ? <EdsPanel model={model.eds} /> : null}
      </div>
    </PageLayout>
  );
}

/** The year picker and the links to correct or add a year; or, with no year, where to start. */
function YearToolbar({ model, onChooseYear }: { model: DashboardModel; onChooseYear: (year: number) => void }) {
  const styles = useStyles();
  const { year } = model;
  if (year === undefined) {
    // The checklist already says how to add the first year.
    if (model.showFirstRun) return null;
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>No WRES data yet</MessageBarTitle>
          {model.canEdit ? <RouterLink href="/wres/new">Enter WRES data</RouterLink> : 'An EDI lead can enter the figures for a year.'}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.toolbar}>
      <YearPicker years={model.years} year={year} onChange={onChooseYear} />
      {model.canEdit ? (
        <>
          <RouterLink href={`/wres/${year}`}>Correct the {year} figures</RouterLink>
          <RouterLink href="/wres/new">Enter another year</RouterLink>
        </>
      ) : null}
    </div>
  );
}

/** The nine indicator cards of the year shown. */
function IndicatorCards({ year, cards }: { year: number; cards: readonly IndicatorCardModel[] }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.indicators} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        WRES indicators, {year}
      </Subtitle1>
      <div className={styles.cards}>
        {cards.map((card) => (
          <IndicatorCard key={card.id} card={card} />
        ))}
      </div>
    </section>
  );
}
