import { ReportsHomeView } from './reports-home-view';
import { useReportsHome } from './use-reports-home';

/**
 * Reports: the board report (a printable page and a workbook), the publication pack for the
 * trust's website with small numbers suppressed, the actions as CSV, and the WRES year files.
 * Every file is made here in the browser; nothing is sent anywhere.
 */
export function ReportsHome() {
  return <ReportsHomeView {...useReportsHome()} />;
}
