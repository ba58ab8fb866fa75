import { Route, Switch } from 'wouter';
import { ImportWresPage } from '../data-import/import-wres-page';
import { StaffImportPage } from '../staff-import/staff-import-page';
import { BoardReportPage } from './board-report-page';
import { ReportsHome } from './reports-home';

/** Reports: the exports, the printable board report (/board, or /board/2024 for a year) the WRES import (/import) and the staff-records import (/import/staff). */
export function ReportsPage() {
  return (
    <Switch>
      <Route path="/board">
        <BoardReportPage />
      </Route>
      <Route path="/board/:year">{(params) => <BoardReportPage year={Number(params.year)} />}</Route>
      <Route path="/import/staff">
        <StaffImportPage />
      </Route>
      <Route path="/import">
        <ImportWresPage />
      </Route>
      <Route>
        <ReportsHome />
      </Route>
    </Switch>
  );
}
