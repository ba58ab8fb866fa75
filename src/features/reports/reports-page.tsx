import { Route, Switch } from 'wouter';
import { BoardPaperPage } from './board-paper-page';
import { BoardReportPage } from './board-report-page';
import { ReportsHome } from './reports-home';

/** Reports: the exports, and the printable board report (/board, or /board/2024 for a year). */
export function ReportsPage() {
  return (
    <Switch>
      <Route path="/board">
        <BoardReportPage />
      </Route>
      <Route path="/board/:year">{(params) => <BoardReportPage year={Number(params.year)} />}</Route>
      <Route path="/paper">
        <BoardPaperPage />
      </Route>
      <Route>
        <ReportsHome />
      </Route>
    </Switch>
  );
}
