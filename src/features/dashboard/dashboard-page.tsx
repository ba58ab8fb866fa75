import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { DashboardView } from './dashboard-view';

// One indicator in detail (its tables, and the charts it loads) is not part of the first screen: it
// is its own chunk, fetched when opened. The section's loading state covers the wait.
const IndicatorDetailPage = lazy(async () => ({ default: (await import('./indicator-detail-page')).IndicatorDetailPage }));

export interface DashboardPageProps {
  /** The year being looked at; undefined for the latest. Kept by the section so it survives page changes. */
  chosenYear: number | undefined;
  onChooseYear: (year: number) => void;
}

/** The dashboard and its own pages, relative to `/dashboard`: the cards, and one indicator in detail. */
export function DashboardPage({ chosenYear, onChooseYear }: DashboardPageProps) {
  return (
    <Switch>
      <Route path="/indicator/:id">{(params) => <IndicatorDetailPage id={params.id} chosenYear={chosenYear} onChooseYear={onChooseYear} />}</Route>
      <Route>
        <DashboardView chosenYear={chosenYear} onChooseYear={onChooseYear} />
      </Route>
    </Switch>
  );
}
