import { MessageBar, MessageBarBody, Subtitle1, Text } from '@fluentui/react-components';
import { Suspense, useId, type ReactNode } from 'react';
import type { WresIndicatorId } from '../../domain/wres';
import { CreateActionLink } from '../../components/create-action-link';
import { VerdictBadge } from '../../components/verdict-badge';
import type { LinkedActions } from './action-links';
import { ChartBoundary } from './chart-boundary';
import { DetailTable } from './detail-table';
import { useIndicatorDetailStyles } from './indicator-detail-page.styles';
import type { IndicatorDetailModel } from './indicator-detail-types';
import { LazyBandChart, LazyTrendChart } from './lazy-charts';
import { LinkedActionCounts } from './linked-action-counts';

/** A titled part of the page, labelled by its own heading. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useIndicatorDetailStyles();
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

/** A chart loaded on demand, with a fallback while it loads and a boundary if it cannot be. */
function LazyChart({ children }: { children: ReactNode }) {
  const styles = useIndicatorDetailStyles();
  return (
    <div className={styles.chart}>
      <ChartBoundary>
        <Suspense fallback={<Text>Loading the chart…</Text>}>{children}</Suspense>
      </ChartBoundary>
    </div>
  );
}

export interface ResultSectionProps {
  model: IndicatorDetailModel;
  year: number;
  actions: LinkedActions;
  /** Offers "Create action" for the indicator (to people who may edit the plan). */
  canEdit: boolean;
}

/** The year's figure, its verdict and certainty, the calculation in words, and the linked actions. */
export function ResultSection({ model, year, actions, canEdit }: ResultSectionProps) {
  const styles = useIndicatorDetailStyles();
  return (
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
      <LinkedActionCounts actions={actions} filter={{ indicator: model.id }} subject={`indicator ${model.id}`} />
      {canEdit ? <CreateActionLink cause={{ indicator: model.id }} subject={`indicator ${model.id}`} /> : null}
    </Section>
  );
}

/** Every table of figures by group, or a note that the year has none for this indicator. */
export function NumbersSection({ model, year }: { model: IndicatorDetailModel; year: number }) {
  return (
    <Section title="Numbers by group">
      {model.tables.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>
            No figures for indicator {model.id} in {year}.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {model.tables.map((table) => (
        <DetailTable key={table.caption} table={table} />
      ))}
    </Section>
  );
}

/** Indicator 1's BME share band by band, as a chart beside the tables that give the same figures. */
export function BandSection({ model, year }: { model: IndicatorDetailModel; year: number }) {
  const styles = useIndicatorDetailStyles();
  return (
    <Section title="BME share by pay band">
      <LazyChart>
        <LazyBandChart points={model.bands} year={year} />
      </LazyChart>
      <Text size={200} className={styles.muted}>
        The tables above give every band's figures.
      </Text>
    </Section>
  );
}

/** How the figure compares with England's, one sentence a line. */
export function EnglandSection({ model }: { model: IndicatorDetailModel }) {
  const styles = useIndicatorDetailStyles();
  return (
    <Section title="Against England">
      <ul className={styles.list}>
        {model.england.map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export interface TrendSectionProps {
  id: WresIndicatorId;
  model: IndicatorDetailModel;
  trendPoints: readonly { year: number; value: number }[];
}

/** The figure over the stored years: a chart once there are two, and always the table. */
export function TrendSection({ id, model, trendPoints }: TrendSectionProps) {
  const percent = model.trendUnit === 'percent';
  return (
    <Section title="Over the years">
      {trendPoints.length >= 2 ? (
        <LazyChart>
          <LazyTrendChart title={`Indicator ${id}, ${model.measureLabel}, by year`} points={[...trendPoints]} unit={model.trendUnit} />
        </LazyChart>
      ) : null}
      <DetailTable
        table={{
          caption: `Indicator ${id} by year (${model.measureLabel})`,
          columns: percent ? ['Year', 'Figure', 'Verdict'] : ['Year', 'Figure', 'Verdict and certainty', '95% interval'],
          rows: model.trend.map((point) => ({
            key: String(point.year),
            cells: percent ? [String(point.year), point.text, point.verdict] : [String(point.year), point.text, point.verdict, point.interval],
          })),
        }}
      />
    </Section>
  );
}
