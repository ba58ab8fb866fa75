import { PageLayout } from '../../components/page-layout';
import { RouterLink } from '../../components/router-link';
import { BandSection, EnglandSection, NumbersSection, ResultSection, TrendSection } from './indicator-detail-sections';
import type { IndicatorDetailState } from './use-indicator-detail';
import { YearPicker } from './year-picker';

export interface IndicatorDetailViewProps {
  state: IndicatorDetailState;
  onChooseYear: (year: number) => void;
}

/** The indicator page from its state: the result, the numbers by group, England and the trend. */
export function IndicatorDetailView({ state, onChooseYear }: IndicatorDetailViewProps) {
  const back = <RouterLink href="/">Back to the dashboard</RouterLink>;
  if (state.kind === 'unknown') {
    return (
      <PageLayout title="Indicator not found" description="WRES has indicators 1 to 9.">
        {back}
      </PageLayout>
    );
  }
  if (state.kind === 'no-data') {
    return (
      <PageLayout title={`Indicator ${state.id}`} description="No WRES data yet.">
        {back}
      </PageLayout>
    );
  }
  const { id, model, year } = state;
  return (
    <PageLayout title={model.title} description={model.wording}>
      {back}
      <YearPicker years={[...state.years]} year={year} onChange={onChooseYear} />
      <ResultSection model={model} year={year} actions={state.actions} canEdit={state.canEdit} />
      <NumbersSection model={model} year={year} />
      {id === '1' && model.bands.length > 0 ? <BandSection model={model} year={year} /> : null}
      <EnglandSection model={model} />
      <TrendSection id={id} model={model} trendPoints={state.trendPoints} />
    </PageLayout>
  );
}
