import { Route, Switch } from 'wouter';
import { DashboardView } from './dashboard-view';
import { IndicatorDetailPage } from './indicator-detail-page';

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
