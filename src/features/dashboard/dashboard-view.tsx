import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { PageLayout } from '../../components/page-layout';
import { EdsPanel } from './eds-panel';
import { IndicatorCard } from './indicator-card';
import { RouterLink } from '../../components/router-link';
import { useDashboardModel } from './use-dashboard-model';
import { YearPicker } from './year-picker';

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

/** The chosen year's nine WRES indicators as cards, beside the EDS panel. */
export function DashboardView({ chosenYear, onChooseYear }: DashboardViewProps) {
  const styles = useStyles();
  const headingId = useId();
  const model = useDashboardModel(chosenYear);
  const { year } = model;
  return (
    <PageLayout
      title="Dashboard"
      description="The trust's WRES indicators for the chosen year, against England and over time, beside its EDS outcomes and the actions linked to each."
    >
      {year === undefined ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>No WRES data yet</MessageBarTitle>
            {model.canEdit ? <RouterLink href="/wres/new">Enter WRES data</RouterLink> : 'An EDI lead can enter the figures for a year.'}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.toolbar}>
          <YearPicker years={model.years} year={year} onChange={onChooseYear} />
          {model.canEdit ? (
            <>
              <RouterLink href={`/wres/${year}`}>Correct the {year} figures</RouterLink>
              <RouterLink href="/wres/new">Enter another year</RouterLink>
            </>
          ) : null}
        </div>
      )}
      <div className={styles.layout}>
        {year === undefined ? null : (
          <section className={styles.indicators} aria-labelledby={headingId}>
            <Subtitle1 as="h2" id={headingId} className={styles.heading}>
              WRES indicators, {year}
            </Subtitle1>
            <div className={styles.cards}>
              {model.cards.map((card) => (
                <IndicatorCard key={card.id} card={card} />
              ))}
            </div>
          </section>
        )}
        <EdsPanel model={model.eds} />
      </div>
    </PageLayout>
  );
}
