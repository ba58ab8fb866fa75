import { lazy, useState } from 'react';
import { Route, Switch } from 'wouter';
import { DashboardPage } from '../features/dashboard/dashboard-page';

// The entry form is not part of the first screen, so it is its own chunk, fetched when opened.
const WresEntryPage = lazy(async () => ({ default: (await import('../features/wres-data/wres-entry-page')).WresEntryPage }));

/**
 * The Dashboard section, relative to `/dashboard`: the dashboard feature's pages, and WRES data entry
 * from the wres-data feature. Features never import each other, so the two meet here. The chosen year
 * is kept here so it survives a visit to a detail page or the entry form.
 */
export function DashboardSection() {
  const [year, setYear] = useState<number | undefined>(undefined);
  return (
    <Switch>
      <Route path="/wres/new">
        <WresEntryPage year={undefined} onSaved={setYear} />
      </Route>
      <Route path="/wres/:year">{(params) => <WresEntryPage year={Number(params.year)} onSaved={setYear} />}</Route>
      <Route>
        <DashboardPage chosenYear={year} onChooseYear={setYear} />
      </Route>
    </Switch>
  );
}
