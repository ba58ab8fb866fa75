import { Route, Switch } from 'wouter';
import { ImportWresPage } from '../data-import/import-wres-page';
import { BoardReportPage } from './board-report-page';
import { ReportsHome } from './reports-home';

/** Reports: the exports, the printable board report (/board) and the WRES import (/import). */
export function ReportsPage() {
  return (
    <Switch>
      <Route path="/board">
        <BoardReportPage />
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
