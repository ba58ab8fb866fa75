import { Route, Switch } from 'wouter';
import { ReportsPage } from '../features/reports/reports-page';
import { ImportWresPage } from '../features/wres-data/import-wres-page';
import { StaffImportPage } from '../features/wres-data/staff-import-page';

/**
 * The Reports section, relative to `/reports`: the WRES file import (/import) and the staff-records
 * import (/import/staff) from the wres-data feature, and the reports feature's own pages. Features
 * never import each other, so the two meet here.
 */
export function ReportsSection() {
  return (
    <Switch>
      <Route path="/import/staff">
        <StaffImportPage />
      </Route>
      <Route path="/import">
        <ImportWresPage />
      </Route>
      <Route>
        <ReportsPage />
      </Route>
    </Switch>
  );
}
