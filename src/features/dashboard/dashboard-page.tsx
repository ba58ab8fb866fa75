import { useState } from 'react';
import { Route, Switch } from 'wouter';
import { DashboardView } from './dashboard-view';
import { IndicatorDetailPage } from './indicator-detail-page';
import { WresEntryPage } from './wres-entry-page';

/**
 * The dashboard and its own pages, relative to `/dashboard`: the cards, one indicator in detail,
 * and WRES data entry. The chosen year is kept here so it survives a visit to a detail page.
 */
export function DashboardPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  return (
    <Switch>
      <Route path="/indicator/:id">{(params) => <IndicatorDetailPage id={params.id} chosenYear={year} onChooseYear={setYear} />}</Route>
      <Route path="/wres/new">
        <WresEntryPage year={undefined} onSaved={setYear} />
      </Route>
      <Route path="/wres/:year">{(params) => <WresEntryPage year={Number(params.year)} onSaved={setYear} />}</Route>
      <Route>
        <DashboardView chosenYear={year} onChooseYear={setYear} />
      </Route>
    </Switch>
  );
}
