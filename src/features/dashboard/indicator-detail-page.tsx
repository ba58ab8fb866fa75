import { makeStyles, MessageBar, MessageBarBody, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { Suspense, useId, useMemo, type ReactNode } from 'react';
import { PageLayout } from '../../components/page-layout';
import { summariseActions } from '../../domain/plan';
import { WRES_INDICATOR_IDS, type WresIndicatorId } from '../../domain/wres';
import { usePlanData } from '../../app/plan-data';
import { linkedActions } from './action-links';
import { reportingYears } from './dashboard-model';
import { DetailTable } from './detail-table';
import { indicatorDetail } from './indicator-detail-model';
import { ChartBoundary } from './chart-boundary';
import { LazyBandChart, LazyTrendChart } from './lazy-charts';
import { LinkedActionCounts } from './linked-action-counts';
import { RouterLink } from '../../components/router-link';
import { useWresInputs } from './use-dashboard-model';
import { VerdictBadge } from '../../components/verdict-badge';
import { YearPicker } from './year-picker';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  figure: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  calculation: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  chart: { minWidth: 0, maxWidth: '720px' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {title}
      </Subtitle1>
      {children}
    </section>
  );
}

function isIndicatorId(id: string): id is WresIndicatorId {
  return WRES_INDICATOR_IDS.some((known) => known === id);
}

export interface IndicatorDetailPageProps {
  id: string;
  chosenYear: number | undefined;
  onChooseYear: (year: number) => void;
}

/** One indicator for a year: the numbers by group, the calculation in words, England, and the trend. */
export function IndicatorDetailPage({ id, chosenYear, onChooseYear }: IndicatorDetailPageProps) {
  const styles = useStyles();
  const { snapshot, today } = usePlanData();
  const inputs = useWresInputs();
  const years = useMemo(() => reportingYears(inputs), [inputs]);
  const year = chosenYear !== undefined && years.includes(chosenYear) ? chosenYear : years[0];
  const known = isIndicatorId(id);
  const model = useMemo(() => (known && year !== undefined ? indicatorDetail(inputs, id, year) : null), [inputs, id, known, year]);
  const actions = useMemo(
    () => linkedActions(summariseActions((snapshot?.actions ?? []).map((stored) => stored.value), today).byIndicator[id]),
    [snapshot, today, id],
  );
  const back = <RouterLink href="/">Back to the dashboard</RouterLink>;

  if (!known) {
    return (
      <PageLayout title="Indicator not found" description="WRES has indicators 1 to 9.">
        {back}
      </PageLayout>
    );
  }
  if (model === null || year === undefined) {
    return (
      <PageLayout title={`Indicator ${id}`} description="No WRES data yet.">
        {back}
      </PageLayout>
    );
  }
  const trendPoints = model.trend.flatMap((point) => (point.value === null ? [] : [{ year: point.year, value: point.value }]));
  return (
    <PageLayout title={model.title} description={model.wording}>
      {back}
      <YearPicker years={years} year={year} onChange={onChooseYear} />
      <Section title={`Result for ${year}`}>
        <Text className={styles.muted}>{model.measureLabel}</Text>
        <div className={styles.figure}>
          <Text className={styles.value}>{model.value}</Text>
          <VerdictBadge verdict={model.verdict} />
        </div>
        {model.calculation ? <Text className={styles.calculation}>{model.calculation}</Text> : null}
        {model.statement ? <Text>{model.statement}</Text> : null}
        {model.meaning ? <Text>{model.meaning}</Text> : null}
        {model.certaintyText ? <Text weight="semibold">Certainty: {model.certaintyText}.</Text> : null}
        {model.verdict === 'not-calculable' && model.reason ? <Text>Not calculable: {model.reason}.</Text> : null}
        {model.notes.map((note) => (
          <Text key={note}>{note}</Text>
        ))}
        <Text size={200} className={styles.muted}>
          Formula: {model.formula}. Source: {model.source}.
        </Text>
        <LinkedActionCounts actions={actions} filter={{ indicator: id }} subject={`indicator ${id}`} />
      </Section>
      <Section title="Numbers by group">
        {model.tables.length === 0 ? <MessageBar intent="info"><MessageBarBody>No figures for indicator {id} in {year}.</MessageBarBody></MessageBar> : null}
        {model.tables.map((table) => (
          <DetailTable key={table.caption} table={table} />
        ))}
      </Section>
      {id === '1' && model.bands.length > 0 ? (
        <Section title="BME share by pay band">
          <div className={styles.chart}>
            <ChartBoundary>
              <Suspense fallback={<Text>Loading the chart…</Text>}>
                <LazyBandChart points={model.bands} year={year} />
              </Suspense>
            </ChartBoundary>
          </div>
          <Text size={200} className={styles.muted}>
            The tables above give every band's figures.
          </Text>
        </Section>
      ) : null}
      <Section title="Against England">
        <ul className={styles.list}>
          {model.england.map((line) => (
            <li key={line}>
              <Text>{line}</Text>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Over the years">
        {trendPoints.length >= 2 ? (
          <div className={styles.chart}>
            <ChartBoundary>
              <Suspense fallback={<Text>Loading the chart…</Text>}>
                <LazyTrendChart title={`Indicator ${id}, ${model.measureLabel}, by year`} points={trendPoints} unit={model.trendUnit} />
              </Suspense>
            </ChartBoundary>
          </div>
        ) : null}
        <DetailTable
          table={{
            caption: `Indicator ${id} by year (${model.measureLabel})`,
            columns: model.trendUnit === 'percent' ? ['Year', 'Figure', 'Verdict'] : ['Year', 'Figure', 'Verdict and certainty', '95% interval'],
            rows: model.trend.map((point) => ({
              key: String(point.year),
              cells: model.trendUnit === 'percent' ? [String(point.year), point.text, point.verdict] : [String(point.year), point.text, point.verdict, point.interval],
            })),
          }}
        />
      </Section>
    </PageLayout>
  );
}
